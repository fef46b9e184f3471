import Link from "next/link";
import { ConversationViewSetting } from "@/components/settings/conversation-view-setting";
import { conversationLabels } from "@/lib/i18n/conversation-labels";
import { requestLang } from "@/lib/i18n/request-lang";
import { mailboxHref } from "@/lib/mail/mail-urls";
import { requestListView } from "@/lib/settings/request-list-view";
import { requireMailSession } from "../mail/load-mail";
import { setListViewAction } from "./list-view-action";

export const dynamic = "force-dynamic";

// /settings: the display preferences (a minimal page; the full settings page replaces it).
export default async function SettingsPage() {
  await requireMailSession();
  const [lang, view] = await Promise.all([requestLang(), requestListView()]);
  const m = conversationLabels(lang);
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-6">
      <Link href={mailboxHref("INBOX")} className="text-ink-700 text-sm underline">
        {m.backToMail}
      </Link>
      <h1 className="mt-4 mb-2 text-xl font-semibold text-gray-900">{m.settings}</h1>
      <ConversationViewSetting view={view} lang={lang} action={setListViewAction} />
    </main>
  );
}
