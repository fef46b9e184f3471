import "server-only";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { withMailbox, type LockedMailbox } from "@/lib/imap/with-mailbox";

export interface OpenedStream<M> {
  meta: M;
  content: Readable;
}

/**
 * Streams data out of a locked mailbox. imapflow downloads in chunks (one FETCH per 64 KiB),
 * so the mailbox lock is held until the last byte is read or the reader goes away, never
 * just until the first chunk arrives.
 */
export function streamFromMailbox<M>(
  credentials: ImapCredentials,
  mailbox: string,
  open: (locked: LockedMailbox) => Promise<OpenedStream<M>>,
): Promise<{ meta: M; body: ReadableStream<Uint8Array> }> {
  return new Promise((resolve, reject) => {
    let opened = false;
    withMailbox(credentials, mailbox, async (locked) => {
      const { meta, content } = await open(locked);
      opened = true;
      resolve({ meta, body: Readable.toWeb(content) as ReadableStream<Uint8Array> });
      await finished(content).catch(() => {});
    }).catch((error: unknown) => {
      if (!opened) reject(error);
    });
  });
}
