import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadMail } from "@/app/mail/load-mail";
import { MailboxManager } from "@/components/mailbox/mailbox-manager";
import { SettingsPageFrame } from "@/components/settings/settings-page-frame";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";
import { requestLang } from "@/lib/i18n/request-lang";
import { listMailboxes } from "@/lib/imap/list-mailboxes";
import { buildMailboxTree } from "@/lib/mail/mailbox-tree";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: mailboxLabels(await requestLang()).manage };
}

// /settings/mailboxes: every mailbox (LIST, not only the subscribed), to subscribe, rename, move or delete.
export default async function ManageMailboxesPage() {
  const session = await getMailSession();
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent("/settings/mailboxes")}`);
  const [lang, mailboxes] = await Promise.all([
    requestLang(),
    loadMail(() => listMailboxes(session.credentials)),
  ]);
  const m = mailboxLabels(lang);
  return (
    <SettingsPageFrame lang={lang} heading={m.manage} intro={m.manageIntro}>
      <MailboxManager
        tree={buildMailboxTree(mailboxes)}
        lang={lang}
        delimiter={mailboxes.find((box) => box.delimiter)?.delimiter ?? "/"}
      />
    </SettingsPageFrame>
  );
}
