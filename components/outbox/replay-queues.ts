// Posts what was kept on the device while offline, in order: the queued mail actions first,
// then the Outbox. One tab at a time (a Web Lock), and one run at a time in a tab.
import { postMailAction } from "@/components/actions/post-mail-action";
import { queuedActions, removeQueuedAction } from "@/components/outbox/action-queue";
import {
  outboxMessages,
  removeFromOutbox,
  updateOutboxMessage,
} from "@/components/outbox/outbox-store";
import { postCompose } from "@/components/compose/post-compose";
import { announceQueue } from "@/components/outbox/queue-channel";
import type { SaveDraftResult, SendResult } from "@/lib/api/compose-contract";
import type { OutboxMessage } from "@/lib/offline/outbox-message";
import { actionVerdict, sendVerdict } from "@/lib/offline/replay-verdict";

export type ReplayEnd = "empty" | "wait";

const lockName = "tegami-queue-replay";
let running: Promise<ReplayEnd> | null = null;

/** Posts queued actions until the queue is empty or the server cannot take them yet. */
async function replayActions(account: string): Promise<ReplayEnd | "progress"> {
  const [entry] = await queuedActions(account);
  if (!entry) return "empty";
  const answer = await postMailAction(entry.request);
  const verdict = actionVerdict(entry.request, answer);
  if (verdict === "wait") return "wait";
  await removeQueuedAction(account, entry.seq);
  announceQueue({ type: "replayed", id: entry.id, verdict });
  return "progress";
}

/** A refused message is also saved to \Drafts, so it can be edited there. */
async function saveAsDraft(message: OutboxMessage): Promise<OutboxMessage["savedDraft"]> {
  const answer = await postCompose<SaveDraftResult>("/api/compose/drafts", {
    ...message.draft,
    draftUid: null,
  });
  return answer.ok ? { mailbox: answer.value.mailbox, uid: answer.value.uid } : null;
}

/** Sends the next waiting message with its own Message-ID: the server sends it at most once. */
async function replayOutbox(account: string): Promise<ReplayEnd | "progress"> {
  const message = (await outboxMessages(account)).find((item) => item.state === "waiting");
  if (!message) return "empty";
  const answer = await postCompose<SendResult>("/api/compose/send", message.draft);
  const verdict = sendVerdict(answer);
  if (verdict === "wait") return "wait";
  const subject = message.draft.subject;
  if (answer.ok) {
    await removeFromOutbox(account, message.messageId);
    announceQueue({ type: "sent", subject, rejected: answer.value.rejected });
  } else {
    const savedDraft = await saveAsDraft(message);
    await updateOutboxMessage(account, {
      ...message,
      state: "failed",
      error: answer.error,
      savedDraft,
    });
    announceQueue({ type: "notSent", subject });
  }
  return "progress";
}

async function run(account: string): Promise<ReplayEnd> {
  for (;;) {
    const step = await replayActions(account);
    if (step === "wait") return "wait";
    if (step === "progress") continue;
    const sent = await replayOutbox(account);
    if (sent !== "progress") return sent;
  }
}

/**
 * Replays the account's queues. A tab that finds another tab replaying leaves it to that one
 * (it reads the queues again until they are empty, so nothing queued meanwhile is left).
 */
export function replayQueues(account: string): Promise<ReplayEnd> {
  running ??= (async () => {
    try {
      if (!navigator.locks) return await run(account);
      return await navigator.locks.request(lockName, { ifAvailable: true }, (lock) =>
        lock ? run(account) : ("empty" as const),
      );
    } finally {
      running = null;
    }
  })();
  return running;
}
