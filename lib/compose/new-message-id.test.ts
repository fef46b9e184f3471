import { describe, expect, it } from "vitest";
import { messageIdSchema } from "@/lib/api/compose-contract";
import { newMessageId } from "@/lib/compose/new-message-id";

describe("newMessageId", () => {
  it("makes unique ids the contract accepts, on the sender's domain", () => {
    const a = newMessageId("carol@example.test");
    expect(a).toMatch(/^<[0-9a-f-]{36}@example\.test>$/);
    expect(messageIdSchema.safeParse(a).success).toBe(true);
    expect(newMessageId("carol@example.test")).not.toBe(a);
    expect(newMessageId("taro@例え.jp")).toMatch(/@xn--r8jz45g\.jp>$/);
    expect(newMessageId("nobody")).toMatch(/@tegami\.invalid>$/);
  });
});
