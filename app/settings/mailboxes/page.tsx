import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadMail } from "@/app/mail/load-mail";
import { MailboxManager } from "@/components/mailbox/mailbox-manager";
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
    <div className="h-dvh overflow-y-auto bg-gray-50 md:px-4 md:py-6">
      <main className="mx-auto max-w-2xl bg-white md:rounded-xl md:border md:border-gray-200 md:shadow-sm">
        <header className="border-b border-gray-200 p-4">
          <Link
            href="/mail/INBOX"
            className="text-ink-700 inline-flex min-h-11 items-center text-sm hover:underline md:min-h-8"
          >
            ← {m.backToMail}
          </Link>
          <h1 className="mt-1 text-lg font-semibold text-gray-900">{m.manage}</h1>
          <p className="mt-1 text-sm text-gray-600">{m.manageIntro}</p>
        </header>
        <MailboxManager
          tree={buildMailboxTree(mailboxes)}
          lang={lang}
          delimiter={mailboxes.find((box) => box.delimiter)?.delimiter ?? "/"}
        />
      </main>
    </div>
  );
}
