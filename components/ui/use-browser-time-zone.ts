import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverTimeZone = () => "UTC";

/**
 * "UTC" on the server and during hydration, the browser's zone right after: dates render in UTC first,
 * then re-render in local time without a hydration mismatch or a setState-in-effect pass.
 */
export function useBrowserTimeZone(): string {
  return useSyncExternalStore(subscribe, browserTimeZone, serverTimeZone);
}
