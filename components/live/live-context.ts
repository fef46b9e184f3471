import { createContext, use, useSyncExternalStore } from "react";
import type { LiveMailbox } from "@/components/live/live-mailbox";
import { initialLiveState, type LiveState, type LiveStore } from "@/components/live/live-store";
import { messageKey } from "@/components/live/overlay";
import type { Lang } from "@/lib/i18n/lang";
import type { Flag } from "@/lib/mail/types";

export interface LiveContextValue {
  store: LiveStore;
  mailboxes: LiveMailbox[];
  lang: Lang;
  /** Asks for a (debounced) re-render of the server components. */
  scheduleRefresh: () => void;
}

export const LiveContext = createContext<LiveContextValue | null>(null);

export function useLive(): LiveContextValue {
  const live = use(LiveContext);
  if (!live) throw new Error("Live components must be rendered inside <LiveProvider>");
  return live;
}

/** A slice of the live state; `select` must return a stored value or a primitive. */
export function useLiveState<T>(select: (state: LiveState) => T): T {
  const { store } = useLive();
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getSnapshot()),
    () => select(initialLiveState),
  );
}

export interface MessagePresence {
  /** Moved or deleted: not shown any more. */
  hidden: boolean;
  /** The move or delete is confirmed by the server (not only optimistic). */
  gone: boolean;
}

export function useMessagePresence(mailbox: string, uid: number): MessagePresence {
  const hidden = useLiveState((state) => state.overlay.hidden.get(messageKey(mailbox, uid)));
  return {
    hidden: hidden !== undefined,
    gone: hidden !== undefined && Number.isFinite(hidden.stamp),
  };
}

export interface MessageState extends MessagePresence {
  unread: boolean;
  flagged: boolean;
}

/** A message's flags as shown: the overlay's when it has any, else the server's. */
export function useMessageState(mailbox: string, uid: number, serverFlags: Flag[]): MessageState {
  const flags = useLiveState((state) => state.overlay.flags.get(messageKey(mailbox, uid)));
  return {
    unread: !(flags?.seen ?? serverFlags.includes("\\Seen")),
    flagged: flags?.flagged ?? serverFlags.includes("\\Flagged"),
    ...useMessagePresence(mailbox, uid),
  };
}

const noSubscribe = () => () => {};

/**
 * How many messages a mailbox holds as shown: the last live count (another device may have
 * filled Trash since the page rendered), else the server's. Outside the live mail screens (the
 * folder manager), the server's.
 */
export function useMessageCount(mailbox: string, serverMessages: number): number {
  const store = use(LiveContext)?.store;
  const live = useSyncExternalStore(
    store?.subscribe ?? noSubscribe,
    () => store?.getSnapshot().overlay.counts.get(mailbox)?.messages,
    () => undefined,
  );
  return live ?? serverMessages;
}

/** A mailbox's unread count as shown. */
export function useUnseen(mailbox: string, serverUnseen: number): number {
  return useLiveState((state) => state.overlay.counts.get(mailbox)?.unseen) ?? serverUnseen;
}
