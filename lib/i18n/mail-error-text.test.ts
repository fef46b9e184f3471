import { describe, expect, it } from "vitest";
import { mailErrorText } from "@/lib/i18n/mail-error-text";

describe("mailErrorText", () => {
  it("keeps the route's own words in English", () => {
    const error = { code: "ACTION_REFUSED", message: "The mailbox INBOX is read-only." };
    expect(mailErrorText(error, "en")).toBe("The mailbox INBOX is read-only.");
    expect(mailErrorText({ code: "HTTP_502", message: "" }, "en")).toBeNull();
  });

  it("says what the code means in Japanese, never the English message", () => {
    const error = { code: "ACTION_REFUSED", message: "The mailbox INBOX is read-only." };
    expect(mailErrorText(error, "ja")).toBe("メールサーバーがこの操作を拒否しました。");
    expect(mailErrorText({ code: "NETWORK", message: "" }, "ja")).toMatch(/接続/);
  });

  it("leaves codes it does not know to the caller", () => {
    expect(mailErrorText({ code: "HTTP_502", message: "Bad Gateway" }, "ja")).toBeNull();
    expect(mailErrorText({ code: "toString", message: "x" }, "ja")).toBeNull();
  });
});
