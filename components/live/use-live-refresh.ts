import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition } from "react";
import type { LiveStore } from "@/components/live/live-store";

// Events arrive in bursts (a move expunges many messages): one refresh for the burst.
const debounceMs = 40;
// A refresh that never reports back must not stop the next ones.
const stuckMs = 15_000;

/**
 * Re-renders the server components (list, counts, open message) from the server's truth, one
 * refresh at a time; when one has rendered, the overlay entries it includes are dropped.
 * A hidden tab waits until it is shown, an offline one until it is back online.
 */
export function useLiveRefresh(store: LiveStore): () => void {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const run = useRef({
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    startedAt: null as number | null,
    startedTime: 0,
    again: false,
    whenBack: false,
  });

  const start = useCallback(() => {
    const state = run.current;
    // Offline, a failed refresh falls back to a full page load (the browser's error page).
    if (document.visibilityState === "hidden" || !navigator.onLine) {
      state.whenBack = true;
    } else if (state.startedAt !== null && Date.now() - state.startedTime < stuckMs) {
      state.again = true;
    } else {
      state.startedAt = store.tick();
      state.startedTime = Date.now();
      startTransition(() => router.refresh());
    }
  }, [router, store]);

  const schedule = useCallback(() => {
    clearTimeout(run.current.timer);
    run.current.timer = setTimeout(start, debounceMs);
  }, [start]);

  useEffect(() => {
    const state = run.current;
    if (refreshing || state.startedAt === null) return;
    store.settle(state.startedAt);
    state.startedAt = null;
    if (state.again) {
      state.again = false;
      schedule();
    }
  }, [refreshing, schedule, store]);

  useEffect(() => {
    const state = run.current;
    const shown = () => {
      if (document.visibilityState === "visible" && navigator.onLine && state.whenBack) {
        state.whenBack = false;
        schedule();
      }
    };
    document.addEventListener("visibilitychange", shown);
    window.addEventListener("online", shown);
    return () => {
      document.removeEventListener("visibilitychange", shown);
      window.removeEventListener("online", shown);
      clearTimeout(state.timer);
    };
  }, [schedule]);

  return schedule;
}
