"use client";

import { useRouter } from "next/navigation";
import { startTransition, useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { isLang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

const retryDelaysMs = [1_000, 3_000, 9_000];

const never = () => () => {};
/** The page's language, from <html lang> (the root layout sets it from the request). */
function usePageLang() {
  const lang = useSyncExternalStore(
    never,
    () => document.documentElement.lang,
    () => "en",
  );
  return isLang(lang) ? lang : "en";
}

// Shown when the mail server fails while rendering a mail page (unreachable, refused, …).
// A dropped IMAP connection is usually back within a second, so it retries by itself a few
// times, refetching the page from the server, before it leaves the user with the button.
export default function MailError({ reset }: { error: Error; reset: () => void }) {
  const router = useRouter();
  const m = t(usePageLang()).loadError;
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    startTransition(() => {
      router.refresh();
      reset();
    });
  }, [router, reset]);

  useEffect(() => {
    const delay = retryDelaysMs[attempt];
    if (delay === undefined) return;
    const timer = setTimeout(() => {
      setAttempt((n) => n + 1);
      retry();
    }, delay);
    return () => clearTimeout(timer);
  }, [attempt, retry]);

  return (
    <section className="mx-auto max-w-md p-8">
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
        <p className="font-semibold">{m.title}</p>
        <p className="mt-1 text-sm">{m.body}</p>
      </div>
      <button
        type="button"
        onClick={retry}
        className="mt-4 rounded-md bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 focus-visible:ring-2 focus-visible:ring-blue-500 focus-visible:outline-none"
      >
        {m.retry}
      </button>
    </section>
  );
}
