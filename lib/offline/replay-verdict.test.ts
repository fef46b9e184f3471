import { describe, expect, it } from "vitest";
import type { MailAction } from "@/lib/api/mail-action";
import { isOfflineFailure } from "@/lib/offline/is-offline-failure";
import { actionVerdict, sendVerdict } from "@/lib/offline/replay-verdict";

const remove: MailAction = { mailbox: "INBOX", target: { uids: [7] }, action: { type: "delete" } };
const fail = (code: string) => ({ ok: false as const, error: { code, message: "" } });

describe("actionVerdict", () => {
  it("is done when the server acted on the message", () => {
    expect(actionVerdict(remove, { ok: true, value: { uids: [7], destination: "Trash" } })).toBe(
      "done",
    );
  });

  it("is gone when the message is no longer in the mailbox", () => {
    expect(actionVerdict(remove, { ok: true, value: { uids: [], destination: "Trash" } })).toBe(
      "gone",
    );
    expect(actionVerdict(remove, fail("MAILBOX_NOT_FOUND"))).toBe("gone");
    expect(actionVerdict(remove, fail("UIDVALIDITY_CHANGED"))).toBe("gone");
  });

  it("waits on no answer or passing server trouble", () => {
    for (const code of ["NETWORK", "HTTP_502", "SERVER_UNREACHABLE", "UNAUTHENTICATED"])
      expect(actionVerdict(remove, fail(code))).toBe("wait");
  });

  it("drops what the server refuses", () => {
    expect(actionVerdict(remove, fail("ACTION_REFUSED"))).toBe("refused");
    expect(actionVerdict(remove, fail("HTTP_400"))).toBe("refused");
  });
});

describe("sendVerdict", () => {
  it("counts an earlier delivery of the same Message-ID as sent", () => {
    const value = {
      status: "alreadySent" as const,
      messageId: "<a@b>",
      sentMailbox: "Sent",
      rejected: [],
      warnings: [],
    };
    expect(sendVerdict({ ok: true, value })).toBe("sent");
  });

  it("waits when nothing was sent, fails when the server refused or cannot tell", () => {
    expect(sendVerdict(fail("SMTP_UNREACHABLE"))).toBe("wait");
    expect(sendVerdict(fail("NETWORK"))).toBe("wait");
    expect(sendVerdict(fail("SMTP_REJECTED"))).toBe("failed");
    expect(sendVerdict(fail("SEND_STATE_UNKNOWN"))).toBe("failed");
  });
});

describe("isOfflineFailure", () => {
  it("is a failed fetch, or a foreign answer while the browser is offline", () => {
    expect(isOfflineFailure("NETWORK", true)).toBe(true);
    expect(isOfflineFailure("HTTP_503", false)).toBe(true);
    expect(isOfflineFailure("HTTP_503", true)).toBe(false);
    expect(isOfflineFailure("ACTION_REFUSED", false)).toBe(false);
  });
});
