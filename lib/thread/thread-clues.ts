// What to search for to find the rest of the threads of some messages. Client-safe.
import type { ThreadMessage } from "@/lib/thread/thread-message";
import { threadSubject } from "@/lib/thread/thread-subject";

/** What to look for, each kind in the header where it appears. */
export interface ThreadClues {
  /** Ids of messages to find themselves (HEADER Message-ID): roots and parents. */
  ancestors: string[];
  /** Thread roots: every later message names them in References (RFC 5322 §3.6.4). */
  roots: string[];
  /** Ids whose direct replies may carry only In-Reply-To. */
  parents: string[];
  /** Base subjects of replies that name no parent (the subject fallback). */
  subjects: string[];
}

/**
 * The clues of some messages: each one's root (its first reference, or itself), its parent
 * (its last reference) or, with `allReferences` (an opened conversation), every id it
 * references and its base subject; and itself as a parent. Few criteria per message keep the
 * server's SEARCH short.
 */
export function threadClues(messages: ThreadMessage[], allReferences = false): ThreadClues {
  const ancestors = new Set<string>();
  const roots = new Set<string>();
  const parents = new Set<string>();
  const subjects = new Set<string>();
  for (const { references, messageId, subject } of messages) {
    const root = references[0] ?? messageId;
    if (root) roots.add(root);
    if (messageId) parents.add(messageId);
    for (const id of allReferences ? references : [references[0], references.at(-1)]) {
      if (id) ancestors.add(id);
    }
    const base = threadSubject(subject);
    // An opened conversation also finds replies that name no parent (they join by subject).
    const orphanReply = !references.length && base.isReply;
    if (base.key && (orphanReply || allReferences)) subjects.add(base.key);
  }
  return {
    ancestors: [...ancestors],
    roots: [...roots],
    parents: [...parents],
    subjects: [...subjects],
  };
}
