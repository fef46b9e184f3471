import { describe, expect, it } from "vitest";
import { withoutBccHeader } from "@/lib/mime/without-bcc-header";

describe("withoutBccHeader", () => {
  it("removes the Bcc field with its folded lines, and nothing else", () => {
    const raw = Buffer.from(
      "From: a@x.test\r\nBcc: b@x.test,\r\n c@x.test\r\nSubject: Bcc: in the subject\r\n\r\nBcc: in the body\r\n",
    );
    expect(withoutBccHeader(raw).toString()).toBe(
      "From: a@x.test\r\nSubject: Bcc: in the subject\r\n\r\nBcc: in the body\r\n",
    );
  });

  it("leaves a message without Bcc as it was", () => {
    const raw = Buffer.from("From: a@x.test\r\nTo: b@x.test\r\n\r\nhello\r\n");
    expect(withoutBccHeader(raw).equals(raw)).toBe(true);
  });
});
