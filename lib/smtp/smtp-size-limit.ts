import "server-only";
import { openSmtpSession } from "@/lib/smtp/open-smtp-session";

/** When the server names no SIZE (or cannot be asked): what most providers accept. */
export const defaultSizeLimit = 25 * 1024 * 1024;

/** Room for headers, the text and HTML parts and MIME boundaries around the attachments. */
const overhead = 256 * 1024;

interface SizeState {
  known: number | null;
  asking: Promise<number | null> | null;
}

const globalSize = globalThis as typeof globalThis & { __tegamiSmtpSize?: SizeState };
const state: SizeState = (globalSize.__tegamiSmtpSize ??= { known: null, asking: null });

/** Every EHLO tells the SIZE again; the send pipeline passes on what it saw. */
export function rememberSmtpSizeLimit(size: number): void {
  state.known = size;
}

/**
 * The largest message the SMTP server takes (RFC 1870: SIZE in its EHLO reply), learned once per
 * process by connecting without logging in; null when it names none or cannot be reached (then
 * asked again next time).
 */
export async function smtpSizeLimit(): Promise<number | null> {
  if (state.known) return state.known;
  state.asking ??= openSmtpSession(null)
    .then((session) => {
      session.close();
      if (session.maxSize) state.known = session.maxSize;
      return session.maxSize;
    })
    .catch(() => null)
    .finally(() => (state.asking = null));
  return state.asking;
}

/**
 * The largest file one attachment may be: base64 turns 3 bytes into 4 characters plus CRLF per
 * 76 (RFC 2045 §6.8), so a file may use about 73% of the message size.
 */
export function maxAttachmentBytes(sizeLimit: number | null): number {
  const limit = sizeLimit ?? defaultSizeLimit;
  return Math.max(0, Math.floor(((limit - overhead) * 3 * 76) / (4 * 78)));
}
