import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { setFlags } from "@/lib/imap/set-flags";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";

/** Just enough of an imapflow client: a selected mailbox and a scripted STORE. */
function locked(options: {
  stored: boolean;
  readOnly?: boolean;
  permanentFlags?: string[];
  usable?: boolean;
  report?: { uid: number; flags: string[] }[];
}): LockedMailbox {
  const client = Object.assign(new EventEmitter(), {
    usable: options.usable ?? true,
    mailbox: {
      path: "INBOX",
      readOnly: options.readOnly ?? false,
      permanentFlags: new Set(options.permanentFlags ?? ["\\Seen", "\\Flagged", "\\*"]),
    },
    messageFlagsAdd: vi.fn(async () => {
      for (const { uid, flags } of options.report ?? []) {
        client.emit("flags", { path: "INBOX", seq: uid, uid, flags: new Set(flags) });
      }
      return options.stored;
    }),
    messageFlagsRemove: vi.fn(async () => options.stored),
  });
  return { client, path: "INBOX", uidValidity: "1", exists: 3 } as unknown as LockedMailbox;
}

describe("setFlags", () => {
  it("collects the flags the server reports, without \\Recent", async () => {
    const mailbox = locked({ stored: true, report: [{ uid: 7, flags: ["\\Seen", "\\Recent"] }] });
    expect(await setFlags(mailbox, "7:8", "add", ["\\Seen"])).toEqual({
      ok: true,
      changed: new Map([[7, ["\\Seen"]]]),
    });
    expect(mailbox.client.listenerCount("flags")).toBe(0);
  });

  it("tells a read-only mailbox and a flag the mailbox does not keep apart from a NO", async () => {
    expect(
      await setFlags(locked({ stored: true, readOnly: true }), "1", "add", ["\\Seen"]),
    ).toEqual({
      ok: false,
      reason: "read-only",
    });
    const noKeywords = locked({ stored: true, permanentFlags: ["\\Seen"] });
    expect(await setFlags(noKeywords, "1", "add", ["\\Flagged"])).toEqual({
      ok: false,
      reason: "not-permitted",
    });
    expect(await setFlags(noKeywords, "1", "remove", ["\\Flagged"])).toMatchObject({ ok: true });
    expect(await setFlags(locked({ stored: false }), "1", "add", ["\\Seen"])).toEqual({
      ok: false,
      reason: "refused",
    });
  });

  it("reports a lost connection as such, so the pool can reconnect and retry", async () => {
    await expect(
      setFlags(locked({ stored: false, usable: false }), "1", "add", ["\\Seen"]),
    ).rejects.toMatchObject({ code: "SERVER_UNREACHABLE" });
  });
});
