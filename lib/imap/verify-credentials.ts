import "server-only";
import type { MailServer } from "@/lib/config/parse-server-url";
import { createImapClient, type ImapCredentials } from "@/lib/imap/create-imap-client";
import { adoptImapClient } from "@/lib/imap/session-pool";
import { toMailError } from "@/lib/imap/to-mail-error";
import { logImapEvent } from "@/lib/log/log-imap-event";

/**
 * Checks the credentials with an IMAP LOGIN; throws a MailError otherwise. With `keep`, the
 * authenticated connection becomes the user's pooled one (the sign-in's next page uses it);
 * without, it logs out at once. `clientAddress` is the browser's, passed on in IMAP ID
 * (x-originating-ip).
 */
export async function verifyCredentials(
  credentials: ImapCredentials,
  {
    server,
    clientAddress,
    keep = false,
  }: { server?: MailServer; clientAddress?: string; keep?: boolean } = {},
): Promise<void> {
  let client;
  try {
    client = createImapClient(credentials, { verifyOnly: !keep, server, clientAddress });
  } catch (error) {
    // No server for the address's domain: logged like a refused LOGIN, never reaching a server.
    // A failed sign-in is logged without the address: people type passwords into that field.
    logImapEvent("error", "signin", null, null, { error });
    throw error;
  }
  client.on("error", () => {});
  try {
    await client.connect();
    logImapEvent("open", "signin", credentials.user, client);
  } catch (error) {
    client.close();
    const mailError = toMailError(error);
    logImapEvent("error", "signin", null, client, { error: mailError });
    throw mailError;
  }
  if (keep) adoptImapClient(credentials, client);
  else client.close();
}
