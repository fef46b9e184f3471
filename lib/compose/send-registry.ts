import "server-only";
import type { SendResult } from "@/lib/api/compose-contract";

// Exactly once, inside one process: every send is registered under (user, Message-ID) before
// anything goes out, so a double click or a retry joins the send already running, or gets the
// outcome it had. Definite failures (nothing was sent) are forgotten, so the user can try
// again; SEND_STATE_UNKNOWN is remembered, so a retry never sends blindly (the client makes a
// new Message-ID if the user decides to send anyway). Across processes, the look into \Sent
// before submitting is the guard.

const keepMs = 24 * 60 * 60 * 1000;
const maxEntries = 10_000;

interface Entry {
  outcome: Promise<SendResult>;
  at: number;
}

const globalRegistry = globalThis as typeof globalThis & { __tegamiSends?: Map<string, Entry> };
const sends: Map<string, Entry> = (globalRegistry.__tegamiSends ??= new Map());

export const sendKey = (user: string, messageId: string) => `${user.toLowerCase()}\0${messageId}`;

function sweep(now: number): void {
  for (const [key, entry] of sends) {
    if (now - entry.at > keepMs || sends.size > maxEntries) sends.delete(key);
    else break;
  }
}

/** True while a send of this message runs in this process, or after it went (or may have). */
export function isSendRegistered(key: string): boolean {
  return sends.has(key);
}

/**
 * Runs `send` once per key: concurrent and later calls get the same promise. `forget` tells
 * which failures leave no trace (nothing was sent).
 */
export function sendOnce(
  key: string,
  send: () => Promise<SendResult>,
  forget: (error: unknown) => boolean,
): Promise<SendResult> {
  const now = Date.now();
  sweep(now);
  const existing = sends.get(key);
  if (existing) return existing.outcome;
  const outcome = send().catch((error: unknown) => {
    if (forget(error)) sends.delete(key);
    throw error;
  });
  sends.set(key, { outcome, at: now });
  return outcome;
}
