// Tells every tab of this browser (and this tab) what happened to the account's queues: the
// Outbox count in each tab follows, and the tab that queued an action learns how it ended.
import type { ActionVerdict } from "@/lib/offline/replay-verdict";

export type QueueNews =
  /** Something was queued or removed: read the queues again. */
  | { type: "changed" }
  /** A queued action was posted again (or dropped), by whichever tab replayed it. */
  | { type: "replayed"; id: string; verdict: Exclude<ActionVerdict, "wait"> }
  /** An Outbox message went (or had gone before: the server keys sends by Message-ID). */
  | { type: "sent"; subject: string; rejected: string[] }
  /** The server refused an Outbox message; it stays there, marked failed. */
  | { type: "notSent"; subject: string };

const name = "tegami-queue";
const local = new Set<(news: QueueNews) => void>();
let channel: BroadcastChannel | null = null;

function shared(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  if (!channel) {
    channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<QueueNews>) => {
      for (const listener of local) listener(event.data);
    };
  }
  return channel;
}

export function announceQueue(news: QueueNews): void {
  shared()?.postMessage(news);
  for (const listener of local) listener(news);
}

export function onQueueNews(listener: (news: QueueNews) => void): () => void {
  shared();
  local.add(listener);
  return () => local.delete(listener);
}
