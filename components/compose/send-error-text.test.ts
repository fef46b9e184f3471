import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { sendErrorText } from "./send-error-text";

const en = messages.en.compose;
const ja = messages.ja.compose;

describe("sendErrorText", () => {
  it("always says to check Sent when the outcome is unclear, whatever the server said", () => {
    const error = { code: "SEND_STATE_UNKNOWN", message: "Connection lost after DATA" };
    expect(sendErrorText(error, "en", en)).toBe(
      "We could not confirm whether your message was sent. Check your Sent mailbox before sending again.",
    );
    expect(sendErrorText(error, "ja", ja)).toBe(ja.sendUnknown);
  });

  it("shows the server's message in English, ours for a known code in Japanese", () => {
    const error = { code: "SMTP_REJECTED", message: "550 5.1.1 No such user" };
    expect(sendErrorText(error, "en", en)).toBe("550 5.1.1 No such user");
    expect(sendErrorText(error, "ja", ja)).toBe(ja.sendErrors.SMTP_REJECTED);
  });

  it("falls back to our words when the server said nothing", () => {
    expect(sendErrorText({ code: "NETWORK", message: "" }, "en", en)).toBe(en.sendErrors.NETWORK);
    expect(sendErrorText({ code: "HTTP_502", message: "" }, "en", en)).toBe(en.sendFailed);
    expect(sendErrorText({ code: "HTTP_502", message: "" }, "ja", ja)).toBe(ja.sendFailed);
  });
});
