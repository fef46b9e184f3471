import "server-only";
import type { MailServer } from "@/lib/config/parse-server-url";
import { createImapClient, type ImapCredentials } from "@/lib/imap/create-imap-client";
import { toMailError } from "@/lib/imap/to-mail-error";

/**
 * Checks the credentials with an IMAP LOGIN and logs out again; throws a MailError otherwise.
 * `clientAddress` is the browser's, passed on in IMAP ID (x-originating-ip).
 */
export async function verifyCredentials(
  credentials: ImapCredentials,
  { server, clientAddress }: { server?: MailServer; clientAddress?: string } = {},
): Promise<void> {
  const client = createImapClient(credentials, { verifyOnly: true, server, clientAddress });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw toMailError(error);
  } finally {
    client.close();
  }
}
