import "server-only";
import { getConfig } from "@/lib/config/config";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchMessage } from "@/lib/imap/fetch-message";
import { readTextPart } from "@/lib/imap/read-text-part";
import { toAddresses, toEnvelope } from "@/lib/imap/to-envelope";
import { withMailbox, type LockedMailbox } from "@/lib/imap/with-mailbox";
import { summarizeAuthentication } from "@/lib/mail/authentication-results";
import type { MessageBody, MessageView } from "@/lib/mail/types";
import { frameCacheKey, setCachedFrame } from "@/lib/message/frame-cache";
import { renderHtmlBody, type FrameRequest } from "@/lib/message/render-html-body";
import { planMessageParts } from "@/lib/mime/plan-message-parts";

export interface OpenedMessage {
  message: MessageView;
  /** Remote images, backgrounds and styles held back until the user allows them. */
  remoteBlocked: number;
  /** Tracking pixels removed from the HTML body, whether or not remote content is allowed. */
  trackers: number;
  /** Remote images were loaded (through the proxy): asked for, or the sender is trusted. */
  remoteAllowed: boolean;
  /** The reader chose to always load remote images from this message's sender. */
  senderTrusted: boolean;
}

export interface OpenMessageOptions extends Omit<FrameRequest, "user"> {
  /** Whether the reader always loads remote images from this sender's address. */
  trustsSender?: (address: string) => boolean;
}

/**
 * Opens a message: ENVELOPE, FLAGS and BODYSTRUCTURE first, then only the one part to show
 * (never the whole message). It does not set \Seen: the browser does, once per view, so a
 * live refresh never marks read again what another device has just marked unread.
 */
export function openMessage(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
  options: OpenMessageOptions,
): Promise<OpenedMessage> {
  return withMailbox(credentials, mailbox, (locked) =>
    openLockedMessage(locked, credentials, uid, options),
  );
}

/** openMessage in a mailbox the caller holds already (a conversation opens several at once). */
export async function openLockedMessage(
  locked: LockedMailbox,
  credentials: ImapCredentials,
  uid: number,
  { trustsSender, ...options }: OpenMessageOptions,
): Promise<OpenedMessage> {
  const fetched = await fetchMessage(locked, uid, { headers: ["authentication-results"] });
  const envelope = toEnvelope(fetched);
  const sender = envelope.from[0]?.address;
  const senderTrusted = sender !== undefined && (trustsSender?.(sender) ?? false);
  const frame: FrameRequest = {
    ...options,
    allowRemote: options.allowRemote || senderTrusted,
    user: credentials.user,
  };
  const plan = planMessageParts(fetched.bodyStructure ?? { type: "text/plain" });
  let body: MessageBody = { kind: "none" };
  let remoteBlocked = 0;
  let trackers = 0;
  if (plan.body?.kind === "text") {
    body = {
      kind: "text",
      part: plan.body.part,
      text: await readTextPart(locked, uid, plan.body.part),
    };
  } else if (plan.body?.kind === "html") {
    const rendered = await renderHtmlBody(locked, uid, plan, frame);
    if (rendered) {
      setCachedFrame(frameCacheKey(frame, locked.path, locked.uidValidity, uid), rendered.document);
      remoteBlocked = rendered.remoteBlocked;
      trackers = rendered.trackers;
    }
    body = { kind: "html", part: plan.body.part, remoteContent: remoteBlocked > 0 };
  }

  const message: MessageView = {
    mailbox: locked.path,
    uidValidity: locked.uidValidity,
    uid,
    messageId: envelope.messageId,
    subject: envelope.subject,
    from: envelope.from,
    to: envelope.to,
    cc: envelope.cc,
    replyTo: toAddresses(fetched.envelope?.replyTo),
    date: envelope.date,
    flags: envelope.flags,
    body,
    attachments: plan.attachments,
    authentication: summarizeAuthentication(
      fetched.headers?.toString("latin1") ?? "",
      getConfig().authservIds,
    ),
  };
  return { message, remoteBlocked, trackers, remoteAllowed: frame.allowRemote, senderTrusted };
}
