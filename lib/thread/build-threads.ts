// Threads computed by Tegami itself, so conversations work on any IMAP server (imapflow has
// no THREAD, RFC 5256). The links follow JWZ's algorithm (https://www.jwz.org/doc/threading.html):
// containers per Message-ID, parents from References then In-Reply-To, never a loop; the
// subject joins a thread only for a reply that names no parent at all. Client-safe.
import { threadSubject } from "@/lib/thread/thread-subject";

export interface ThreadInput {
  /** Unique per message, e.g. `${mailbox}\0${uid}`. */
  key: string;
  messageId: string | null;
  /** References ids (root first), then In-Reply-To when References does not end with it. */
  references: string[];
  subject: string;
  /** Milliseconds since the epoch. */
  date: number;
}

export interface Thread<T extends ThreadInput> {
  /** A stable id: the Message-ID at the thread's root, else the root's key with NUL as "#". */
  id: string;
  /** Oldest first. */
  messages: T[];
}

interface Container<T> {
  id: string;
  message: T | null;
  parent: Container<T> | null;
  children: Set<Container<T>>;
}

class ContainerTable<T extends ThreadInput> {
  readonly byId = new Map<string, Container<T>>();

  get(id: string): Container<T> {
    let container = this.byId.get(id);
    if (!container) {
      container = { id, message: null, parent: null, children: new Set() };
      this.byId.set(id, container);
    }
    return container;
  }

  /** Would making `parent` the parent of `child` close a loop? */
  private reaches(child: Container<T>, parent: Container<T>): boolean {
    for (let node: Container<T> | null = parent; node; node = node.parent) {
      if (node === child) return true;
    }
    return false;
  }

  link(parent: Container<T>, child: Container<T>, override: boolean): void {
    if (child.parent === parent || (child.parent && !override) || this.reaches(child, parent))
      return;
    child.parent?.children.delete(child);
    child.parent = parent;
    parent.children.add(child);
  }

  add(message: T): void {
    // A second message with the same Message-ID (a copy in Sent and INBOX, a re-send) gets a
    // container of its own and hangs under the first, so neither is lost (JWZ step 1A).
    let own = message.messageId ? this.get(message.messageId) : null;
    let duplicateOf: Container<T> | null = null;
    if (!own || own.message) {
      duplicateOf = own;
      own = this.get(`\0${message.key}`);
    }
    own.message = message;
    let previous: Container<T> | null = null;
    for (const id of message.references) {
      const ref = this.get(id);
      if (previous) this.link(previous, ref, false);
      previous = ref;
    }
    const parent = duplicateOf ?? previous;
    if (parent && parent !== own) this.link(parent, own, true);
  }
}

function rootOf<T>(container: Container<T>): Container<T> {
  let node = container;
  while (node.parent) node = node.parent;
  return node;
}

function collect<T>(container: Container<T>, into: T[]): T[] {
  if (container.message) into.push(container.message);
  for (const child of container.children) collect(child, into);
  return into;
}

/**
 * Groups messages into threads, newest thread first; each thread's messages oldest first.
 * Messages may come in any order; missing parents, loops and duplicate Message-IDs are safe.
 */
export function buildThreads<T extends ThreadInput>(messages: T[]): Thread<T>[] {
  const table = new ContainerTable<T>();
  for (const message of messages) table.add(message);

  const roots = new Set<Container<T>>();
  for (const container of table.byId.values()) {
    if (container.message) roots.add(rootOf(container));
  }
  const threads = [...roots].map((root) => ({
    // A root without a Message-ID is named by its key, made printable ("INBOX#12").
    id: root.id.replace(/^\0/, "").replace(/\0/g, "#"),
    root,
    messages: collect(root, []),
  }));
  const joined = joinBySubject(threads);
  return joined
    .map(({ id, messages: list }) => ({
      id,
      messages: [...list].sort((a, b) => a.date - b.date || a.key.localeCompare(b.key)),
    }))
    .sort((a, b) => newest(b.messages) - newest(a.messages));
}

function newest(messages: ThreadInput[]): number {
  return messages.reduce((max, message) => Math.max(max, message.date), -Infinity);
}

/**
 * JWZ step 5, made safe: a thread whose root message is a reply ("Re: Budget") with no
 * References or In-Reply-To joins the oldest thread of the same base subject that began no
 * later than it. Threads that are not replies never merge by subject ("Invoice" ≠ "Invoice").
 */
function joinBySubject<T extends ThreadInput>(
  threads: { id: string; root: Container<T>; messages: T[] }[],
): { id: string; messages: T[] }[] {
  const ordered = [...threads].sort((a, b) => oldest(a.messages) - oldest(b.messages));
  const bySubject = new Map<string, { id: string; messages: T[] }>();
  const result: { id: string; messages: T[] }[] = [];
  for (const thread of ordered) {
    const first = thread.root.message;
    const subject = threadSubject(first?.subject ?? thread.messages[0]?.subject ?? "");
    const orphanReply = first !== null && subject.isReply && first.references.length === 0;
    const target = subject.key ? bySubject.get(subject.key) : undefined;
    if (orphanReply && target) {
      target.messages.push(...thread.messages);
      continue;
    }
    const entry = { id: thread.id, messages: [...thread.messages] };
    result.push(entry);
    if (subject.key && !bySubject.has(subject.key)) bySubject.set(subject.key, entry);
  }
  return result;
}

function oldest(messages: ThreadInput[]): number {
  return messages.reduce((min, message) => Math.min(min, message.date), Infinity);
}
