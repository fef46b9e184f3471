// A message as the threading code sees it: its place, its envelope, its links. Client-safe.
import type { ConversationMessage } from "@/lib/thread/conversation";
import type { ThreadInput } from "@/lib/thread/build-threads";

export interface ThreadMessage extends ThreadInput, ConversationMessage {}

/** The key buildThreads needs unique: a message is (mailbox, uid) within one uidValidity. */
export function threadKey(mailbox: string, uid: number): string {
  return `${mailbox}\0${uid}`;
}
