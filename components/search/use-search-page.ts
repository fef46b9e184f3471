import { useEffect, useState } from "react";
import { getJson } from "@/lib/api/get-json";
import type { SearchPage } from "@/lib/search/search-page";

// The tab's last answers, so going back to a search paints at once (and is then re-run).
const maxAnswers = 30;
const answers = new Map<string, SearchPage>();
/** Every page the server rendered that is in `answers` already (or was overtaken since). */
const seen = new WeakSet<SearchPage>();

function remember(key: string, page: SearchPage): void {
  seen.add(page);
  answers.delete(key);
  answers.set(key, page);
  for (const oldest of answers.keys()) {
    if (answers.size <= maxAnswers) break;
    answers.delete(oldest);
  }
}

/** A page the server rendered with the layout, for the search at `href`. */
export interface RenderedSearch {
  href: string;
  page: SearchPage;
}

export interface SearchState {
  /** The hits: the server's newest render, else this run's, else the tab's last answer. */
  page: SearchPage | null;
  /** The hits shown are this search's own (rendered or fetched), not only remembered. */
  done: boolean;
  error: { code: string; message: string } | null;
  retry: () => void;
}

/**
 * The search at `href` (GET /api/search; null: none). A page the layout rendered (`rendered`,
 * again after every live refresh) is the server's truth and needs no fetch; any other search
 * (the URL changed in place) is fetched. Keyed by account like the list's cache.
 */
export function useSearchPage(
  account: string,
  href: string | null,
  rendered: RenderedSearch | null = null,
): SearchState {
  const key = href && `${account}\u0000${href}`;
  const fromServer = rendered && rendered.href === href ? rendered.page : null;
  const [answer, setAnswer] = useState<{ key: string; error: SearchState["error"] } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key && fromServer) remember(key, fromServer);
  }, [key, fromServer]);
  useEffect(() => {
    if (!key || !href || fromServer) return;
    const controller = new AbortController();
    void getJson<SearchPage>(href, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) remember(key, result.value);
      setAnswer({ key, error: result.ok ? null : result.error });
    });
    return () => controller.abort();
  }, [key, href, fromServer, attempt]);
  const fetched = answer !== null && answer.key === key;
  const newest = fromServer && !seen.has(fromServer) ? fromServer : null;
  return {
    page: newest ?? ((key && answers.get(key)) || null),
    done: fromServer !== null || fetched,
    error: fetched ? answer.error : null,
    retry: () => setAttempt((n) => n + 1),
  };
}
