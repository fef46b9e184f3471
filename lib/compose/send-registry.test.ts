import { describe, expect, it } from "vitest";
import type { SendResult } from "@/lib/api/compose-contract";
import { withComposeLock } from "@/lib/compose/with-compose-lock";
import { isSendRegistered, sendKey, sendOnce } from "@/lib/compose/send-registry";

const result: SendResult = {
  status: "sent",
  messageId: "<a@x>",
  sentMailbox: "Sent",
  rejected: [],
  warnings: [],
};

describe("sendOnce", () => {
  it("runs one send per key and hands every caller its outcome", async () => {
    let runs = 0;
    const send = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return result;
    };
    const key = sendKey("Carol@example.test", "<once@x>");
    const outcomes = await Promise.all([
      sendOnce(key, send, () => true),
      sendOnce(key, send, () => true),
    ]);
    expect(outcomes).toEqual([result, result]);
    expect(await sendOnce(sendKey("carol@example.test", "<once@x>"), send, () => true)).toBe(
      result,
    );
    expect(runs).toBe(1);
  });

  it("forgets a failure that sent nothing, remembers one that may have", async () => {
    const key = sendKey("carol@example.test", "<fail@x>");
    await expect(
      sendOnce(
        key,
        async () => Promise.reject(new Error("refused")),
        () => true,
      ),
    ).rejects.toThrow();
    expect(isSendRegistered(key)).toBe(false);
    const unclear = sendKey("carol@example.test", "<unclear@x>");
    await expect(
      sendOnce(
        unclear,
        async () => Promise.reject(new Error("lost")),
        () => false,
      ),
    ).rejects.toThrow();
    expect(isSendRegistered(unclear)).toBe(true);
    await expect(
      sendOnce(
        unclear,
        async () => result,
        () => false,
      ),
    ).rejects.toThrow("lost");
  });
});

describe("withComposeLock", () => {
  it("runs holders of one key one after another, other keys alongside", async () => {
    const order: string[] = [];
    const task = (name: string, ms: number) => async () => {
      order.push(`${name}:start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      order.push(`${name}:end`);
    };
    await Promise.all([
      withComposeLock("k", task("a", 20)),
      withComposeLock("k", task("b", 1)),
      withComposeLock("other", task("c", 1)),
    ]);
    expect(order.indexOf("b:start")).toBeGreaterThan(order.indexOf("a:end"));
    expect(order.indexOf("c:end")).toBeLessThan(order.indexOf("a:end"));
  });

  it("goes on after a holder failed", async () => {
    await expect(withComposeLock("f", async () => Promise.reject(new Error("x")))).rejects.toThrow(
      "x",
    );
    expect(await withComposeLock("f", async () => 42)).toBe(42);
  });
});
