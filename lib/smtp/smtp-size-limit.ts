import "server-only";
import { openSmtpSession, smtpServerOf } from "@/lib/smtp/open-smtp-session";

/** When the server names no SIZE (or cannot be asked): what most providers accept. */
export const defaultSizeLimit = 25 * 1024 * 1024;

/** Room for headers, the text and HTML parts and MIME boundaries around the attachments. */
const overhead = 256 * 1024;

interface SizeState {
  /** Per SMTP server (host:port): each domain of TEGAMI_DOMAINS may have its own. */
  known: Map<string, number>;
  asking: Map<string, Promise<number | null>>;
}

const globalSize = globalThis as typeof globalThis & { __tegamiSmtpSizes?: SizeState };
const state: SizeState = (globalSize.__tegamiSmtpSizes ??= { known: new Map(), asking: new Map() });

function serverKey(user: string | null): string {
  const { host, port } = smtpServerOf(user);
  return `${host}:${port}`;
}

/** Every EHLO tells the SIZE again; the send pipeline passes on what it saw. */
export function rememberSmtpSizeLimit(user: string, size: number): void {
  state.known.set(serverKey(user), size);
}

/**
 * The largest message the user's SMTP server takes (RFC 1870: SIZE in its EHLO reply), learned
 * once per process and server by connecting without logging in; null when it names none or
 * cannot be reached (then asked again next time).
 */
export async function smtpSizeLimit(user: string | null = null): Promise<number | null> {
  const key = serverKey(user);
  const known = state.known.get(key);
  if (known) return known;
  let asking = state.asking.get(key);
  if (!asking) {
    asking = openSmtpSession(null, { server: smtpServerOf(user) })
      .then((session) => {
        session.close();
        if (session.maxSize) state.known.set(key, session.maxSize);
        return session.maxSize;
      })
      .catch(() => null)
      .finally(() => state.asking.delete(key));
    state.asking.set(key, asking);
  }
  return asking;
}

/**
 * The largest file one attachment may be: base64 turns 3 bytes into 4 characters plus CRLF per
 * 76 (RFC 2045 §6.8), so a file may use about 73% of the message size.
 */
export function maxAttachmentBytes(sizeLimit: number | null): number {
  const limit = sizeLimit ?? defaultSizeLimit;
  return Math.max(0, Math.floor(((limit - overhead) * 3 * 76) / (4 * 78)));
}
