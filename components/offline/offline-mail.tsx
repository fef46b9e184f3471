"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { NotAvailableOffline } from "@/components/offline/not-available-offline";
import { OfflineCompose } from "@/components/offline/offline-compose";
import { OfflineIndicator } from "@/components/offline/offline-indicator";
import { OfflineMailShell } from "@/components/offline/offline-mail-shell";
import { useSavedMail } from "@/components/offline/use-saved-mail";
import { pickLang, type Lang } from "@/lib/i18n/lang";
import { offlineLabels } from "@/lib/i18n/offline-labels";

/**
 * The offline views: what the service worker shows at a /mail/… or /compose address when the
 * server cannot be reached. The page itself is the same for everyone (it is cached per build);
 * the mail comes from the device store. Back online, the address is loaded from the server.
 */
export function OfflineMail({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const pathname = usePathname() ?? "/";
  const router = useRouter();
  const saved = useSavedMail();
  const lang: Lang = saved?.account.lang ?? pickLang(null, null, globalThis.navigator?.language);

  // Back online, the server renders this address in place: a refresh, not a reload, so what
  // runs in the tab (the action queue sending what was done offline) is not cut short.
  useEffect(() => {
    const refresh = () => router.refresh();
    window.addEventListener("online", refresh);
    return () => window.removeEventListener("online", refresh);
  }, [router]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  if (saved === undefined) return null;
  if (saved === null) {
    const m = offlineLabels(lang);
    return (
      <div className="flex h-dvh flex-col">
        <div className="flex justify-center p-2">
          <OfflineIndicator lang={lang} always roomy />
        </div>
        <NotAvailableOffline title={m.nothingSaved} hint={m.nothingSavedHint} />
      </div>
    );
  }
  if (pathname.startsWith("/compose"))
    return <OfflineCompose address={saved.account.address} lang={lang} />;
  return <OfflineMailShell saved={saved} lang={lang} signOutAction={signOutAction} />;
}
