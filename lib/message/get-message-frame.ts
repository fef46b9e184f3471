import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchMessage } from "@/lib/imap/fetch-message";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { frameCacheKey, getCachedFrame, setCachedFrame } from "@/lib/message/frame-cache";
import { renderHtmlBody, type FrameRequest } from "@/lib/message/render-html-body";
import { planMessageParts } from "@/lib/mime/plan-message-parts";

/** The sanitized HTML document of a message, for its sandboxed frame. */
export function getMessageFrame(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
  options: Omit<FrameRequest, "user">,
): Promise<string> {
  const frame: FrameRequest = { ...options, user: credentials.user };
  return withMailbox(credentials, mailbox, async (locked) => {
    const key = frameCacheKey(frame, locked.path, locked.uidValidity, uid);
    const cached = getCachedFrame(key);
    if (cached) return cached;
    const fetched = await fetchMessage(locked, uid);
    const plan = planMessageParts(fetched.bodyStructure ?? { type: "text/plain" });
    const rendered = await renderHtmlBody(locked, uid, plan, frame);
    if (!rendered) throw new MailError("PART_NOT_FOUND", "This message has no HTML body.");
    setCachedFrame(key, rendered.document);
    return rendered.document;
  });
}
