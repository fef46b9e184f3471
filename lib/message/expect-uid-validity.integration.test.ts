// Integration: a replayed action names the UIDVALIDITY its UIDs were read under; against the
// real Dovecot (e2e/mailstack), as oscar, in a scratch mailbox of its own.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textMessage } from "@/e2e/support/mail-fixtures";
import { messageFlags, testStack, useTestStackEnv, withImap } from "@/e2e/support/test-imap";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { closeImapSessions } from "@/lib/imap/session-pool";
import { applyMailAction } from "@/lib/message/apply-mail-action";
import { MailError } from "@/lib/mail/mail-error";

const stack = testStack();
const oscar = { user: "oscar@example.test", pass: stack.password("oscar@example.test") };
const session: MailSession = { email: oscar.user, credentials: oscar };
const mailbox = `Replay ${randomUUID().slice(0, 8)}`;
let uid = 0;
let uidValidity = "";

beforeAll(async () => {
  useTestStackEnv(stack);
  await closeImapSessions(oscar.user);
  await withImap(oscar.user, async (client) => {
    await client.mailboxCreate(mailbox);
    const added = await client.append(
      mailbox,
      textMessage({ subject: "Replayed", to: oscar.user, text: "x\n" }),
    );
    uid = added ? (added.uid ?? 0) : 0;
    const status = await client.status(mailbox, { uidValidity: true });
    if (!status) throw new Error(`STATUS ${mailbox} failed`);
    uidValidity = String(status.uidValidity);
  });
});

afterAll(async () => {
  await closeImapSessions(oscar.user);
  await withImap(oscar.user, (client) => client.mailboxDelete(mailbox).then(() => undefined));
});

describe("a replayed action's UIDVALIDITY", () => {
  it("is refused, changing nothing, when the mailbox's UIDVALIDITY is another", async () => {
    const other = String(BigInt(uidValidity) + 1n);
    const replay = applyMailAction(session, {
      mailbox,
      uidValidity: other,
      target: { uids: [uid] },
      action: { type: "flagged", value: true },
    });
    await expect(replay).rejects.toSatisfy(
      (error) => error instanceof MailError && error.code === "UIDVALIDITY_CHANGED",
    );
    expect(await messageFlags(oscar.user, mailbox, uid)).not.toContain("\\Flagged");
  });

  it("is applied when it is the mailbox's own", async () => {
    const result = await applyMailAction(session, {
      mailbox,
      uidValidity,
      target: { uids: [uid] },
      action: { type: "flagged", value: true },
    });
    expect(result.uids).toEqual([uid]);
    expect(await messageFlags(oscar.user, mailbox, uid)).toContain("\\Flagged");
  });
});
