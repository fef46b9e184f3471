import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LanguageSetting } from "@/components/settings/language-setting";
import { SettingsPageFrame } from "@/components/settings/settings-page-frame";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { requestLanguageChoice } from "@/lib/i18n/request-language-choice";
import { requestLang } from "@/lib/i18n/request-lang";
import { settingsLabels } from "@/lib/i18n/settings-labels";
import { setLanguageAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: settingsLabels(await requestLang()).heading };
}

// /settings: one section component per setting, each with its own heading.
export default async function SettingsPage() {
  if (!(await getMailSession())) redirect("/login?callbackUrl=%2Fsettings");
  const [lang, { choice, browser }] = await Promise.all([requestLang(), requestLanguageChoice()]);
  return (
    <SettingsPageFrame lang={lang}>
      <LanguageSetting lang={lang} choice={choice} browser={browser} action={setLanguageAction} />
    </SettingsPageFrame>
  );
}
