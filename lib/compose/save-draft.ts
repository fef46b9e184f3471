import "server-only";
import type { AttachmentRef, Draft, SaveDraftResult } from "@/lib/api/compose-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { announceChanges } from "@/lib/compose/announce-changes";
import { composeOutgoing } from "@/lib/compose/compose-outgoing";
import { withComposeLock } from "@/lib/compose/with-compose-lock";
import { removeDraftVersions } from "@/lib/compose/remove-draft-versions";
import { isSendRegistered, sendKey } from "@/lib/compose/send-registry";
import { appendMessage } from "@/lib/imap/append-message";
import { ensureSpecialMailbox } from "@/lib/imap/ensure-special-mailbox";
import { fetchMessage } from "@/lib/imap/fetch-message";
import { findByMessageId } from "@/lib/imap/find-by-message-id";
import { withImapClient } from "@/lib/imap/session-pool";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { buildMessage } from "@/lib/mime/build-message";
import { planMessageParts } from "@/lib/mime/plan-message-parts";
import type { MailEvent } from "@/lib/realtime/mail-event";
import { writeLog } from "@/server/log-line.mjs";

/** The new version's uid (APPENDUID, or the highest one with this Message-ID) and its attachment parts, in order. */
async function locateSaved(
  session: MailSession,
  path: string,
  appendedUid: number | null,
  messageId: string,
): Promise<{ uid: number; parts: string[] }> {
  return withMailbox(session.credentials, path, async (locked) => {
    const uid = appendedUid ?? (await findByMessageId(locked, messageId)).at(-1);
    if (!uid)
      throw new MailError("IMAP_ERROR", "The draft was saved but cannot be found in Drafts.");
    const fetched = await fetchMessage(locked, uid);
    const plan = planMessageParts(fetched.bodyStructure ?? { type: "text/plain" });
    return { uid, parts: plan.attachments.map((a) => a.part) };
  });
}

/** Refs to the attachments inside the saved version; the old ones if the structure surprises us. */
function repoint(
  refs: AttachmentRef[],
  path: string,
  uid: number,
  parts: string[],
): AttachmentRef[] {
  if (parts.length !== refs.length) return refs;
  return parts.map((part) => ({ kind: "part", mailbox: path, uid, part }));
}

/**
 * Saves a draft version: APPEND the new one to \Drafts (\Draft \Seen, Bcc kept), then delete
 * the older versions with the same Message-ID. In that order, a failure never loses the text;
 * at worst two versions remain until the next save. ALREADY_SENT once the message is sent.
 */
export async function saveDraft(session: MailSession, draft: Draft): Promise<SaveDraftResult> {
  const key = sendKey(session.email, draft.messageId);
  const refuseIfSent = () => {
    if (isSendRegistered(key))
      throw new MailError(
        "ALREADY_SENT",
        "This message has been sent; its draft is no longer kept.",
      );
  };
  refuseIfSent();
  return withComposeLock(key, async () => {
    refuseIfSent();
    const outgoing = await composeOutgoing(session, draft, "draft");
    const raw = await buildMessage(outgoing.build);
    const appended = await withImapClient(session.credentials, async (client) => {
      const drafts = await ensureSpecialMailbox(client, "\\Drafts", "Drafts");
      return appendMessage(client, drafts.path, raw, ["\\Draft", "\\Seen"]);
    });
    const saved = await locateSaved(session, appended.path, appended.uid, draft.messageId);
    const events: MailEvent[] = [{ type: "added", mailbox: appended.path, uids: [saved.uid] }];
    try {
      const options = { drafts: appended.path, keepFrom: saved.uid };
      events.push(...(await removeDraftVersions(session.credentials, draft.messageId, options)));
    } catch (error) {
      // The new version is safe; the next save (or the send) removes the older ones.
      writeLog("warn", "draft.cleanup-failed", { error: (error as Error)?.message });
    }
    await announceChanges(session, events);
    return {
      mailbox: appended.path,
      uid: saved.uid,
      attachments: repoint(draft.attachments, appended.path, saved.uid, saved.parts),
    };
  });
}
