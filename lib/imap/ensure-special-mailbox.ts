import "server-only";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import {
  findSpecialMailbox,
  forgetSpecialMailboxes,
  type SpecialUse,
} from "@/lib/imap/find-special-mailbox";
import { MailError } from "@/lib/mail/mail-error";

export interface SpecialMailbox {
  path: string;
  /** True when Tegami just created it (the mailbox list changed). */
  created: boolean;
}

// imapflow's mailboxCreate() has no way to pass CREATE's USE parameter, so this one command
// goes through its internal exec(), which every built-in command uses.
interface RawExec {
  exec(command: string, attributes: unknown[]): Promise<{ next(): void }>;
}

/** CREATE name (USE (\Archive)) (RFC 6154 §3); false when the server would not. */
async function createWithSpecialUse(
  client: ImapClient,
  path: string,
  use: SpecialUse,
): Promise<boolean> {
  const raw = client as unknown as Partial<RawExec>;
  // Only plain ASCII names are sent raw: anything else needs imapflow's modified UTF-7.
  if (typeof raw.exec !== "function" || !/^[\x20-\x7e]+$/.test(path) || path.includes("&")) {
    return false;
  }
  try {
    const response = await raw.exec("CREATE", [
      { type: "STRING", value: path },
      [{ type: "ATOM", value: "USE" }, [{ type: "ATOM", value: use }]],
    ]);
    response.next();
  } catch (error) {
    // NO [USEATTR] and friends: a plain CREATE below still gives the user the mailbox.
    if ((error as { responseStatus?: string }).responseStatus === "NO") return false;
    throw error;
  }
  await client.mailboxSubscribe(path);
  return true;
}

/**
 * The mailbox carrying `use`, created as `name` (under the personal namespace prefix) when
 * the account has none: with the attribute where the server has CREATE-SPECIAL-USE, plain
 * CREATE otherwise (a mailbox named "Archive" or "Trash" is then found by its name).
 */
export async function ensureSpecialMailbox(
  client: ImapClient,
  use: SpecialUse,
  name: string,
): Promise<SpecialMailbox> {
  const found = await findSpecialMailbox(client, use);
  if (found) return { path: found, created: false };
  const prefix = client.namespace?.prefix ?? "";
  const path = name.startsWith(prefix) ? name : prefix + name;
  try {
    if (client.capabilities.has("CREATE-SPECIAL-USE")) {
      if (await createWithSpecialUse(client, path, use)) return { path, created: true };
    }
    const result = await client.mailboxCreate(path);
    return { path: result.path, created: result.created };
  } catch (error) {
    if ((error as { responseStatus?: string }).responseStatus !== "NO") throw error;
    throw new MailError("ACTION_REFUSED", `The mail server did not let Tegami create ${name}.`, {
      cause: error,
    });
  } finally {
    forgetSpecialMailboxes(client);
  }
}
