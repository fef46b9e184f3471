import "server-only";
import type { SearchObject } from "imapflow";
import { fetchThreadMessages } from "@/lib/imap/fetch-thread-messages";
import { searchUids } from "@/lib/imap/search-uids";
import { toUidSet } from "@/lib/imap/uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import type { ThreadClues } from "@/lib/thread/thread-clues";
import type { ThreadMessage } from "@/lib/thread/thread-message";

/** The most messages fetched per mailbox for the threads of one page or one conversation. */
export const memberLimit = 300;

/**
 * One UID SEARCH for every message that is an ancestor, names a root in References or
 * answers a parent in In-Reply-To (HEADER is a substring match, RFC 3501 §6.4.4, which the
 * threading then checks), plus SUBJECT for the subject fallback.
 */
function memberCriteria({ ancestors, roots, parents, subjects }: ThreadClues): SearchObject[] {
  const header =
    (name: string) =>
    (id: string): SearchObject => ({ header: { [name]: id } });
  return [
    ...ancestors.map(header("message-id")),
    ...roots.map(header("references")),
    ...parents.map(header("in-reply-to")),
    ...subjects.map((subject): SearchObject => ({ subject })),
  ];
}

/**
 * The messages of the locked mailbox that may belong to the threads of `clues`, except the
 * `known` UIDs, newest first and at most `memberLimit`. `within` narrows the search to a UID
 * or date window: Dovecot checks such index criteria before it reads any header, so the
 * scan covers the window, not the mailbox. Without BODYSTRUCTURE: no attachment hint.
 */
export async function collectThreadMembers(
  locked: LockedMailbox,
  clues: ThreadClues,
  known: Set<number>,
  within: SearchObject = {},
): Promise<ThreadMessage[]> {
  const criteria = memberCriteria(clues);
  if (!criteria.length) return [];
  // A one-element `or` compiles to its operand: the window and the criteria are ANDed.
  const uids = (await searchUids(locked, { ...within, or: criteria }))
    .filter((uid) => !known.has(uid))
    .sort((a, b) => b - a)
    .slice(0, memberLimit);
  if (!uids.length) return [];
  return fetchThreadMessages(locked, toUidSet({ uids }), true, true);
}
