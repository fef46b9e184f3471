// Mailbox paths as the hierarchy sees them (RFC 3501 §5.1.1: levels split at the server's
// delimiter): which mailbox holds which, and where one ends up after a rename or a move.
// Client-safe.

/** The path one level up, or null at the top level. */
export function parentPath(path: string, delimiter: string): string | null {
  const at = delimiter ? path.lastIndexOf(delimiter) : -1;
  return at > 0 ? path.slice(0, at) : null;
}

/** The last level: "2026" of "プロジェクト/2026". */
export function lastLevel(path: string, delimiter: string): string {
  const parent = parentPath(path, delimiter);
  return parent === null ? path : path.slice(parent.length + delimiter.length);
}

/** `name` under `parent` (null: at the top level). */
export function joinMailboxPath(parent: string | null, name: string, delimiter: string): string {
  return parent === null ? name : `${parent}${delimiter}${name}`;
}

/** Is `path` the mailbox `ancestor` or somewhere beneath it? */
export function isWithinMailbox(path: string, ancestor: string, delimiter: string): boolean {
  return path === ancestor || (delimiter !== "" && path.startsWith(ancestor + delimiter));
}

/**
 * Where the mailbox shown at `shown` is after `from` became `to` (its children move along),
 * or null when the change did not touch it.
 */
export function pathAfterMove(
  shown: string,
  from: string,
  to: string,
  delimiter: string,
): string | null {
  if (!isWithinMailbox(shown, from, delimiter)) return null;
  return to + shown.slice(from.length);
}

/**
 * The parents `path` can move under: every other mailbox except its own children (a loop)
 * and the parent it has now (a move to where it is). The top level is offered apart.
 */
export function moveTargets(paths: readonly string[], path: string, delimiter: string): string[] {
  const current = parentPath(path, delimiter);
  return paths.filter(
    (candidate) => candidate !== current && !isWithinMailbox(candidate, path, delimiter),
  );
}
