// Keeps the offline queue short and idempotent: a flag set on a message replaces what an
// earlier queued change of the same flag said about it. Client-safe, pure.
import type { MailAction } from "@/lib/api/mail-action";
import type { QueuedAction } from "@/lib/offline/queued-action";

function isFlagChange(request: MailAction): boolean {
  return request.action.type === "seen" || request.action.type === "flagged";
}

/** The UIDs of `earlier` that `later` decides again, or "all" when it decides every one. */
function overridden(earlier: MailAction, later: MailAction): Set<number> | "all" | null {
  if (earlier.mailbox !== later.mailbox || earlier.action.type !== later.action.type) return null;
  if ("all" in later.target) return "all";
  return new Set(later.target.uids);
}

/**
 * The queue after `next` is added. Earlier changes of the same flag on the same messages are
 * dropped (the last word wins; flags are set or cleared on replay, never toggled). A move or
 * delete in that mailbox is a barrier: UIDs before it may name other messages after it.
 */
export function coalesceActions(
  queue: readonly QueuedAction[],
  next: QueuedAction,
): QueuedAction[] {
  if (!isFlagChange(next.request)) return [...queue, next];
  const kept = [...queue];
  for (let i = kept.length - 1; i >= 0; i -= 1) {
    const entry = kept[i];
    if (!entry) continue;
    const { request } = entry;
    if (request.mailbox === next.request.mailbox && !isFlagChange(request)) break;
    const uids = overridden(request, next.request);
    if (uids === null) continue;
    if (uids === "all") {
      kept.splice(i, 1);
      continue;
    }
    if ("all" in request.target) continue;
    const left = request.target.uids.filter((uid) => !uids.has(uid));
    if (left.length === 0) kept.splice(i, 1);
    else if (left.length < request.target.uids.length)
      kept[i] = { ...entry, request: { ...request, target: { uids: left } } };
  }
  return [...kept, next];
}
