import type { OptimisticWrite } from "@/components/live/live-store";

/**
 * The optimistic writes of actions this tab queued, by queue entry id, until they are replayed
 * (by this tab or another): then confirmed, or taken back. Lost with the page, as the overlay is.
 */
export const heldWrites = new Map<string, OptimisticWrite>();
