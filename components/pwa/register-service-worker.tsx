"use client";

import { useEffect } from "react";

/**
 * Registers Tegami's service worker (public/sw.js) from the mail pages: a module of the nonced
 * bundle, so the strict page CSP needs no inline script. `updateViaCache: "none"` makes every
 * update check fetch sw.js itself, so a new build's worker is found on the next navigation.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(() => {
      // No worker (private mode, blocked by policy): Tegami works without one, uninstallable.
    });
  }, []);
  return null;
}
