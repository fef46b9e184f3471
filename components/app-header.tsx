import Form from "next/form";
import Link from "next/link";
import type { ReactNode } from "react";
import { BackToMailboxes } from "@/components/back-to-mailboxes";
import { LanguageSwitch } from "@/components/language-switch";
import { SignOutForm } from "@/components/outbox/sign-out-form";
import { NotificationSwitch } from "@/components/push/notification-switch";
import { RegisterServiceWorker } from "@/components/pwa/register-service-worker";
import { SearchBox } from "@/components/search/search-box";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { settingsLabels } from "@/lib/i18n/settings-labels";

/**
 * The top bar: app name, Back on phones, Search mail, the live status (`status`), Compose,
 * language, Settings, the signed-in address and Sign out.
 */
export function AppHeader({
  email,
  lang,
  signOutAction,
  status = null,
}: {
  email: string;
  lang: Lang;
  signOutAction: () => Promise<void>;
  /** The connection notice and action outcomes (a role="status" region). */
  status?: ReactNode;
}) {
  const m = t(lang);
  return (
    <header className="pt-safe shrink-0 border-b border-gray-200 bg-white">
      {/* Phones wrap Search mail onto a row of its own, below the rest. */}
      <div className="flex min-h-14 flex-wrap items-center gap-x-1 gap-y-1.5 px-2 py-1.5 md:h-12 md:min-h-0 md:flex-nowrap md:gap-2 md:px-4 md:py-0">
        <BackToMailboxes label={m.back} />
        <p className="ml-1 flex items-baseline gap-1.5 font-semibold tracking-tight md:ml-0">
          <span className="text-gray-900">{m.appName}</span>
          <span lang="ja" className="text-seal-600 hidden text-sm font-medium sm:inline">
            手紙
          </span>
        </p>
        <SearchBox lang={lang} />
        <div className="ml-1 flex min-w-0 flex-1 items-center md:ml-0">{status}</div>
        <div className="flex min-w-0 items-center gap-1 md:gap-3">
          {/* A GET form: a real button (the UI contract's "Compose") that works before hydration. */}
          <Form action="/compose">
            <button
              type="submit"
              title={m.compose.compose}
              className="bg-ink-600 hover:bg-ink-700 inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md px-2 text-sm font-medium text-white md:min-h-8 md:px-3"
            >
              <Icon name="drafts" />
              <span className="sr-only sm:not-sr-only">{m.compose.compose}</span>
            </button>
          </Form>
          <RegisterServiceWorker />
          <NotificationSwitch lang={lang} />
          <LanguageSwitch lang={lang} />
          <Link
            href="/settings"
            title={settingsLabels(lang).heading}
            className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md px-2 text-sm text-gray-700 hover:bg-gray-100 md:min-h-8"
          >
            <Icon name="settings" />
            <span className="sr-only lg:not-sr-only">{settingsLabels(lang).heading}</span>
          </Link>
          <p
            className="hidden max-w-64 min-w-0 truncate text-sm text-gray-600 sm:block"
            title={email}
          >
            <span className="sr-only">{m.header.account} </span>
            {email}
          </p>
          <SignOutForm action={signOutAction}>
            <button
              type="submit"
              className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md px-2 text-sm text-gray-700 hover:bg-gray-100 md:min-h-8"
            >
              <Icon name="sign-out" />
              <span className="sr-only sm:not-sr-only">{m.header.signOut}</span>
            </button>
          </SignOutForm>
        </div>
      </div>
    </header>
  );
}
