import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConversationViewSetting } from "@/components/settings/conversation-view-setting";
import { LanguageSetting } from "@/components/settings/language-setting";
import { SettingsPageFrame } from "@/components/settings/settings-page-frame";
import { SettingsSection } from "@/components/settings/settings-section";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { requestLanguageChoice } from "@/lib/i18n/request-language-choice";
import { requestLang } from "@/lib/i18n/request-lang";
import { settingsLabels } from "@/lib/i18n/settings-labels";
import { requestListView } from "@/lib/settings/request-list-view";
import { setLanguageAction } from "./actions";
import { setListViewAction } from "./list-view-action";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: settingsLabels(await requestLang()).heading };
}

// /settings: one section component per setting, each with its own heading.
export default async function SettingsPage() {
  if (!(await getMailSession())) redirect("/login?callbackUrl=%2Fsettings");
  const [lang, { choice, browser }, view] = await Promise.all([
    requestLang(),
    requestLanguageChoice(),
    requestListView(),
  ]);
  const s = settingsLabels(lang);
  return (
    <SettingsPageFrame lang={lang}>
      <LanguageSetting lang={lang} choice={choice} browser={browser} action={setLanguageAction} />
      <SettingsSection id="settings-list" heading={s.list.heading}>
        <ConversationViewSetting view={view} lang={lang} action={setListViewAction} />
      </SettingsSection>
      <SettingsSection
        id="settings-mailboxes"
        heading={s.mailboxes.heading}
        description={s.mailboxes.description}
      >
        <Link
          href="/settings/mailboxes"
          className="text-ink-700 inline-flex min-h-11 items-center text-sm font-medium underline md:min-h-8"
        >
          {s.mailboxes.manage}
        </Link>
      </SettingsSection>
    </SettingsPageFrame>
  );
}
