import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { Mailbox } from "@/lib/mail/types";

/** Special mailboxes get their role's name in the UI language (the server may call Sent "Sent Items"). */
export function mailboxDisplayName(mailbox: Pick<Mailbox, "role" | "name">, lang: Lang): string {
  return mailbox.role ? t(lang).roles[mailbox.role] : mailbox.name;
}
