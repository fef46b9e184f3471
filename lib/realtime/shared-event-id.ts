// Event ids of the shared event log (Redis Streams ids, "<ms>-<seq>", RFC-free but totally
// ordered), marked so they are never confused with this process's own "<process>-<seq>" ids.
// Pure: used by the hub and unit-tested.

const prefix = "r.";

/** The SSE id for a stream entry id. */
export function sharedEventId(streamId: string): string {
  return `${prefix}${streamId}`;
}

/** The stream entry id inside a shared event id, or null when the id is not one. */
export function streamIdOf(eventId: string): string | null {
  if (!eventId.startsWith(prefix)) return null;
  const streamId = eventId.slice(prefix.length);
  return /^\d{1,16}-\d{1,16}$/.test(streamId) ? streamId : null;
}

/** Whether stream id `a` comes after `b` (Redis orders by milliseconds, then sequence). */
export function streamIdAfter(a: string, b: string): boolean {
  const [aMs = 0, aSeq = 0] = a.split("-").map(Number);
  const [bMs = 0, bSeq = 0] = b.split("-").map(Number);
  return aMs !== bMs ? aMs > bMs : aSeq > bSeq;
}
