// Which strings may be sent to the IMAP server as a mailbox name. The server decides what
// exists and what this user may open; this only refuses, before anything leaves Tegami, what
// no real mailbox is called and what a server that keeps mailboxes as directories could read
// as a path out of the user's own tree ("../bob/INBOX", "/var/mail/bob", "~bob/INBOX").
// Client-safe and free of zod (the search box imports it): the contracts' schema is in
// lib/api/mailbox-name-schema.ts.

/** RFC 3501 sets no limit; Dovecot itself refuses names much longer than this. */
export const maxMailboxNameLength = 1000;

const controlCharacter = /[\u0000-\u001f\u007f]/;
/** A component "." or ".." between path separators, or a name rooted at "/", "\" or "~". */
const pathLike = /(?:^|[/\\])\.{1,2}(?:$|[/\\])|^[/\\~]/;

export function isMailboxName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= maxMailboxNameLength &&
    !controlCharacter.test(name) &&
    !pathLike.test(name)
  );
}
