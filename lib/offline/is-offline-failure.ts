// Which failed requests mean "no connection" (keep the work for later) rather than "the server
// said no" (tell the user). Client-safe, pure.

/**
 * NETWORK: fetch itself failed, so no server answered. While the browser says it is offline, an
 * answer that is not our contract's (HTTP_<status>) came from something on the way, such as a
 * service worker's offline fallback. Any typed answer from Tegami is the server's word.
 */
export function isOfflineFailure(code: string, onLine: boolean): boolean {
  return code === "NETWORK" || (!onLine && code.startsWith("HTTP_"));
}
