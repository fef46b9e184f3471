import Link from "next/link";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { settingsLabels } from "@/lib/i18n/settings-labels";

/**
 * A settings page around its content: the way back to the mail, the page's heading ("Settings"
 * unless told) with an optional line under it, and the content on a card.
 */
export function SettingsPageFrame({
  lang,
  heading,
  intro,
  children,
}: {
  lang: Lang;
  heading?: string;
  intro?: string;
  children: ReactNode;
}) {
  const s = settingsLabels(lang);
  return (
    <div className="px-safe pt-safe pb-safe min-h-dvh bg-gray-50">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex min-h-14 max-w-2xl items-center gap-2 px-2 md:min-h-12 md:px-4">
          <Link
            href="/mail/INBOX"
            className="inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-sm text-gray-700 hover:bg-gray-100 md:min-h-8"
          >
            <Icon name="chevron-left" className="size-5" />
            {s.backToMail}
          </Link>
          <p className="ml-auto flex items-baseline gap-1.5 pr-2 font-semibold tracking-tight">
            <span className="text-gray-900">{t(lang).appName}</span>
            <span lang="ja" className="text-seal-600 text-sm font-medium">
              手紙
            </span>
          </p>
        </div>
      </header>
      <main className="mx-auto max-w-2xl px-4 py-6">
        <h1 className="text-xl font-semibold text-gray-900">{heading ?? s.heading}</h1>
        {intro && <p className="mt-1 text-sm text-gray-600">{intro}</p>}
        <div className="mt-2 rounded-xl border border-gray-200 bg-white px-4 md:px-6">
          {children}
        </div>
      </main>
    </div>
  );
}
