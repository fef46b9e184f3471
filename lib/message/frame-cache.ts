import "server-only";
import type { FrameRequest } from "@/lib/message/render-html-body";

// The message page sanitizes the HTML body to learn whether remote content was blocked; the
// iframe asks for the same document a moment later. Keeping it briefly saves a second
// download and sanitize. Keys include the user, so nobody reads another's entry.
const ttlMs = 60_000;
const maxEntries = 200;
const entries = new Map<string, { html: string; expires: number }>();

export function frameCacheKey(
  { user, allowRemote, lang }: FrameRequest,
  mailbox: string,
  uidValidity: string,
  uid: number,
): string {
  return JSON.stringify([user.toLowerCase(), mailbox, uidValidity, uid, allowRemote, lang]);
}

export function getCachedFrame(key: string): string | null {
  const entry = entries.get(key);
  if (!entry || entry.expires < Date.now()) {
    entries.delete(key);
    return null;
  }
  return entry.html;
}

export function setCachedFrame(key: string, html: string): void {
  if (entries.size >= maxEntries) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(key, { html, expires: Date.now() + ttlMs });
}
