import "server-only";
import { readTextPart } from "@/lib/imap/read-text-part";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { proxiedImageUrl } from "@/lib/image-proxy/proxy-url";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
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

/** Who is reading, and how: everything besides the message that shapes its frame document. */
export interface FrameRequest {
  user: string;
  /** Load remote images (through Tegami's image proxy). */
  allowRemote: boolean;
  /** The reader's UI language, for the warnings written into the document. */
  lang: Lang;
}

/** Downloads the HTML part, sanitizes it by allowlist and wraps it as the frame's document. */
export async function renderHtmlBody(
  locked: LockedMailbox,
  uid: number,
  plan: MessagePartPlan,
  { user, allowRemote, lang }: FrameRequest,
): Promise<RenderedHtmlBody | null> {
  if (plan.body?.kind !== "html") return null;
  const raw = await readTextPart(locked, uid, plan.body.part);
  const { html, remoteBlocked, trackers } = sanitizeMailHtml(raw, {
    allowRemote,
    // Remote images load only through the proxy, signed for this reader (never directly).
    remoteImageUrl: (url) => proxiedImageUrl(url, user),
    linkMismatchLabel: t(lang).message.linkMismatch,
    inlineImageUrl: (contentId) => {
      const image = plan.inlineImages[contentId];
      return image ? inlinePartHref(locked.path, uid, image.part) : null;
    },
  });
  return { document: messageFrameDocument(html, {}), remoteBlocked, trackers };
}
