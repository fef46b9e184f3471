import "server-only";
import type { ComposeSource } from "@/lib/api/compose-contract";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchFlags } from "@/lib/imap/fetch-flags";
import { setFlags } from "@/lib/imap/set-flags";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import type { MailEvent } from "@/lib/realtime/mail-event";

/**
 * Marks the original \Answered (RFC 3501 §2.3.2) after a reply, $Forwarded (the keyword of
 * RFC 5788's registry) after a forward. Returns the live event for the new flags.
 */
export function flagOriginal(
  credentials: ImapCredentials,
  source: ComposeSource,
): Promise<MailEvent[]> {
  const flag = source.mode === "forward" ? "$Forwarded" : "\\Answered";
  return withMailbox(credentials, source.mailbox, async (locked) => {
    const outcome = await setFlags(locked, String(source.uid), "add", [flag]);
    if (!outcome.ok)
      throw new MailError(
        "ACTION_REFUSED",
        `The mail server did not let Tegami set ${flag} (${outcome.reason}).`,
      );
    const flags =
      outcome.changed.get(source.uid) ?? (await fetchFlags(locked, [source.uid])).get(source.uid);
    return flags ? [{ type: "flags", mailbox: locked.path, uid: source.uid, flags }] : [];
  });
}
