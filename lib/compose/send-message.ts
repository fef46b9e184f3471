import "server-only";
import type { Draft, SendResult, SendWarning } from "@/lib/api/compose-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { announceChanges } from "@/lib/compose/announce-changes";
import { composeOutgoing } from "@/lib/compose/compose-outgoing";
import { withComposeLock } from "@/lib/compose/with-compose-lock";
import { flagOriginal } from "@/lib/compose/flag-original";
import { removeDraftVersions } from "@/lib/compose/remove-draft-versions";
import { saveSentCopy } from "@/lib/compose/save-sent-copy";
import { sendKey, sendOnce } from "@/lib/compose/send-registry";
import { removeUploads } from "@/lib/compose/upload-store";
import { getConfig } from "@/lib/config/config";
import { findByMessageId } from "@/lib/imap/find-by-message-id";
import { findSpecialMailbox } from "@/lib/imap/find-special-mailbox";
import { withImapClient } from "@/lib/imap/session-pool";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { buildMessage } from "@/lib/mime/build-message";
import { withoutBccHeader } from "@/lib/mime/without-bcc-header";
import type { MailEvent } from "@/lib/realtime/mail-event";
import { shouldSaveSent } from "@/lib/smtp/should-save-sent";
import { smtpServerOf, type SmtpOptions } from "@/lib/smtp/open-smtp-session";
import { submitMessage } from "@/lib/smtp/submit-message";
import { writeLog } from "@/server/log-line.mjs";

// The send pipeline, one named step each: check → (already in Sent?) → build → submit →
// save to Sent → flag the original → remove the draft → announce. Before submit, any failure
// means nothing was sent and the draft is untouched. After submit, the mail went: later
// failures become warnings of a successful answer, never a resend.

export interface SendOptions {
  /** A test's SMTP server instead of SMTP_URL. */
  smtp?: SmtpOptions;
  /** Overrides TEGAMI_SAVE_SENT for this send. */
  saveSent?: boolean;
}

interface Aftermath {
  events: MailEvent[];
  warnings: SendWarning[];
}

/** The path of \Sent, and whether this message is already there (sent before, by any process). */
async function lookInSent(
  session: MailSession,
  messageId: string,
): Promise<{ path: string | null; found: boolean }> {
  const path = await withImapClient(session.credentials, (client) =>
    findSpecialMailbox(client, "\\Sent"),
  );
  if (!path) return { path: null, found: false };
  const uids = await withMailbox(session.credentials, path, (locked) =>
    findByMessageId(locked, messageId),
  );
  return { path, found: uids.length > 0 };
}

/** A step after submit: its failure is a warning, the send stands. */
async function afterSubmit(
  aftermath: Aftermath,
  warning: SendWarning,
  step: () => Promise<MailEvent[]>,
): Promise<boolean> {
  try {
    aftermath.events.push(...(await step()));
    return true;
  } catch (error) {
    writeLog("warn", "send.warning", { warning, error: (error as Error)?.message });
    aftermath.warnings.push(warning);
    return false;
  }
}

/** Flag the original and remove the draft: after a send, and after finding it already sent. */
async function finish(session: MailSession, draft: Draft, aftermath: Aftermath): Promise<void> {
  const { source } = draft;
  if (source)
    await afterSubmit(aftermath, "originalNotFlagged", () =>
      flagOriginal(session.credentials, source),
    );
  const key = sendKey(session.email, draft.messageId);
  // Waits for a draft save of this message that is still running, so it cannot outlive the send.
  await afterSubmit(aftermath, "draftNotRemoved", () =>
    withComposeLock(key, () => removeDraftVersions(session.credentials, draft.messageId)),
  );
  const uploads = draft.attachments.flatMap((ref) => (ref.kind === "upload" ? [ref.id] : []));
  await removeUploads(session.email, uploads).catch(() => {});
  await announceChanges(session, aftermath.events);
}

async function runSend(
  session: MailSession,
  draft: Draft,
  options: SendOptions,
): Promise<SendResult> {
  const aftermath: Aftermath = { events: [], warnings: [] };
  // First: a message sent by another process has already lost its uploads.
  const sent = await lookInSent(session, draft.messageId);
  if (sent.found) {
    await finish(session, draft, aftermath);
    return {
      status: "alreadySent",
      messageId: draft.messageId,
      sentMailbox: sent.path,
      rejected: [],
      warnings: aftermath.warnings,
    };
  }

  const outgoing = await composeOutgoing(session, draft, "send");
  const raw = await buildMessage(outgoing.build);
  const submitted = await submitMessage(
    session.credentials,
    outgoing.envelope,
    withoutBccHeader(raw),
    options.smtp,
  );

  const config = getConfig();
  const save =
    options.saveSent ??
    shouldSaveSent(config.saveSent, smtpServerOf(session.email, options.smtp ?? {}).host);
  let sentMailbox: string | null = null;
  if (save) {
    await afterSubmit(aftermath, "sentCopyFailed", async () => {
      const copy = await saveSentCopy(session.credentials, raw);
      sentMailbox = copy.path;
      return copy.uid
        ? [{ type: "added", mailbox: copy.path, uids: [copy.uid] }]
        : [{ type: "resync", mailbox: copy.path }];
    });
  }
  await finish(session, draft, aftermath);
  return {
    status: "sent",
    messageId: draft.messageId,
    sentMailbox,
    rejected: submitted.rejected,
    warnings: aftermath.warnings,
  };
}

/** Failures that leave no trace: the user may simply try again with the same Message-ID. */
function nothingWasSent(error: unknown): boolean {
  return !(error instanceof MailError && error.code === "SEND_STATE_UNKNOWN");
}

/**
 * Sends a draft exactly once per Message-ID: a second call while the first runs, or after it
 * succeeded, answers the same outcome; a message found in \Sent is `alreadySent` and not sent
 * again. Throws a MailError (SMTP_UNREACHABLE, SMTP_REJECTED, TOO_LARGE, SEND_STATE_UNKNOWN, …).
 */
export function sendMessage(
  session: MailSession,
  draft: Draft,
  options: SendOptions = {},
): Promise<SendResult> {
  return sendOnce(
    sendKey(session.email, draft.messageId),
    () => runSend(session, draft, options),
    nothingWasSent,
  );
}
