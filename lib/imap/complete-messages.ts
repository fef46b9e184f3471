import type { FetchMessageObject } from "imapflow";

/**
 * One message per UID, each with its envelope. While the FETCH runs, the server may report
 * another session's flag change as an untagged FETCH of FLAGS alone (RFC 3501 §7.4.2), which
 * arrives among the answers: its flags are the newer ones, the envelope comes from the answer.
 */
export function completeMessages(messages: FetchMessageObject[]): FetchMessageObject[] {
  const byUid = new Map<number, FetchMessageObject>();
  for (const message of messages) {
    const known = byUid.get(message.uid);
    if (!known) byUid.set(message.uid, message);
    else if (message.envelope)
      byUid.set(message.uid, { ...message, flags: message.flags ?? known.flags });
    else if (message.flags) byUid.set(message.uid, { ...known, flags: message.flags });
  }
  return [...byUid.values()].filter((message) => message.envelope);
}
