import "server-only";
import { readTextPart } from "@/lib/imap/read-text-part";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { inlinePartHref } from "@/lib/mail/mail-urls";
import type { MessagePartPlan } from "@/lib/mime/plan-message-parts";
import { messageFrameDocument } from "@/lib/sanitize/message-frame-document";
import { sanitizeMailHtml } from "@/lib/sanitize/sanitize-mail-html";

export interface RenderedHtmlBody {
  /** A complete document for the sandboxed frame. */
  document: string;
  remoteBlocked: number;
  /** Tracking pixels removed (never loaded, not even with remote content allowed). */
  trackers: number;
}

/** Downloads the HTML part, sanitizes it by allowlist and wraps it as the frame's document. */
export async function renderHtmlBody(
  locked: LockedMailbox,
  uid: number,
  plan: MessagePartPlan,
  allowRemote: boolean,
): Promise<RenderedHtmlBody | null> {
  if (plan.body?.kind !== "html") return null;
  const raw = await readTextPart(locked, uid, plan.body.part);
  const { html, remoteBlocked, trackers } = sanitizeMailHtml(raw, {
    allowRemote,
    // TODO(wire proxy): the image proxy's URL for `url`; until then remote images are dropped.
    remoteImageUrl: () => null,
    inlineImageUrl: (contentId) => {
      const image = plan.inlineImages[contentId];
      return image ? inlinePartHref(locked.path, uid, image.part) : null;
    },
  });
  return { document: messageFrameDocument(html, {}), remoteBlocked, trackers };
}
