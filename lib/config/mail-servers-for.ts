import "server-only";
import { getConfig } from "@/lib/config/config";
import type { DomainServers } from "@/lib/config/parse-domain-map";
import { serversForAddress } from "@/lib/config/servers-for-address";
import { MailError } from "@/lib/mail/mail-error";

/**
 * The IMAP and SMTP servers of the signed-in address. An address no server serves fails like a
 * wrong password, so sign-in never tells which half of the pair was wrong.
 */
export function mailServersFor(address: string): DomainServers {
  const servers = serversForAddress(getConfig(), address);
  if (!servers) throw new MailError("AUTH_FAILED", "The email address or password is not correct.");
  return servers;
}
