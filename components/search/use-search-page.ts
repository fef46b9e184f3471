import { useEffect, useState } from "react";
import { getJson } from "@/lib/api/get-json";
import type { SearchPage } from "@/lib/search/search-page";

// The tab's last answers, so going back to a search paints at once (and is then re-run).
const maxAnswers = 30;
const answers = new Map<string, SearchPage>();

function remember(key: string, page: SearchPage): void {
  answers.delete(key);
  answers.set(key, page);
  for (const oldest of answers.keys()) {
    if (answers.size <= maxAnswers) break;
    answers.delete(oldest);
  }
}

export interface SearchState {
  /** The hits: this run's, else the tab's last answer to the same search. */
  page: SearchPage | null;
  /** This run has answered (with hits or an error). */
  done: boolean;
  error: string | null;
  retry: () => void;
}

/** Runs GET /api/search at `href` (null: nothing to run), keyed by account like the list cache. */
export function useSearchPage(account: string, href: string | null): SearchState {
  const key = href && `${account}\u0000${href}`;
  const [answer, setAnswer] = useState<{ key: string; error: string | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!key || !href) return;
    const controller = new AbortController();
    void getJson<SearchPage>(href, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) remember(key, result.value);
      setAnswer({ key, error: result.ok ? null : result.error.message || result.error.code });
    });
    return () => controller.abort();
  }, [key, href, attempt]);
  const done = answer !== null && answer.key === key;
  return {
    page: (key && answers.get(key)) || null,
    done,
    error: done ? answer.error : null,
    retry: () => setAttempt((n) => n + 1),
  };
}
