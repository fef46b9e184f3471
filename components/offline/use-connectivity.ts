// Whether Tegami can reach its server: navigator.onLine says only that some network is up (a
// captive portal or a server gone away look "online"), so a fetch that failed for want of a
// network counts too, until the browser comes back online or a later fetch goes through.
// The action queue and the Outbox read the same state.
import { useSyncExternalStore } from "react";

let fetchFailed = false;
const listeners = new Set<() => void>();
/** While a failure stands, the server is asked now and then whether it is back (no reload needed). */
const probeEveryMs = 15_000;
let probe: ReturnType<typeof setTimeout> | null = null;

function probeServer(): void {
  probe = setTimeout(() => {
    probe = null;
    if (!fetchFailed) return;
    fetch("/api/health", { cache: "no-store" }).then(
      () => reportFetchSuccess(),
      () => probeServer(),
    );
  }, probeEveryMs);
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** A request to Tegami's server failed with a network error (not an HTTP error). */
export function reportFetchFailure(): void {
  if (fetchFailed) return;
  fetchFailed = true;
  if (!probe) probeServer();
  changed();
}

/** A request to Tegami's server was answered: the server is reachable again. */
export function reportFetchSuccess(): void {
  if (!fetchFailed) return;
  fetchFailed = false;
  changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const online = () => {
    fetchFailed = false;
    listener();
  };
  window.addEventListener("online", online);
  window.addEventListener("offline", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("online", online);
    window.removeEventListener("offline", listener);
  };
}

/** Whether the server is reachable as far as this tab knows (now, outside React). */
export function isOnline(): boolean {
  return navigator.onLine && !fetchFailed;
}

/** The same, as React state; the server renders "online" (it answered, after all). */
export function useConnectivity(): { online: boolean } {
  return { online: useSyncExternalStore(subscribe, isOnline, () => true) };
}
