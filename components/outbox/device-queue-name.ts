// The name of the account's queue database on this device: "tegami-queue-" and an opaque key
// derived from the address, so the database list does not name who uses the browser.

export const deviceQueuePrefix = "tegami-queue-";

/** FNV-1a, 64 bits as two 32-bit halves: only where SubtleCrypto is missing (plain http). */
function fnv(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const byte of new TextEncoder().encode(text)) {
    a = Math.imul(a ^ byte, 0x01000193) >>> 0;
    b = Math.imul(b ^ byte, 0x811c9dc5) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

export async function deviceQueueName(account: string): Promise<string> {
  const input = `tegami-device-queue:${account.trim().toLowerCase()}`;
  if (!globalThis.crypto?.subtle) return deviceQueuePrefix + fnv(input);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(input));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return deviceQueuePrefix + hex.slice(0, 32);
}
