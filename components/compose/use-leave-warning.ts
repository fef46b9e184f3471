import { useEffect, useRef } from "react";

/** The browser's "Leave site?" prompt while `unsafe()` says work would be lost. */
export function useLeaveWarning(unsafe: () => boolean): void {
  const check = useRef(unsafe);
  useEffect(() => {
    check.current = unsafe;
  });
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!check.current()) return;
      event.preventDefault();
      // Older Chromium and Safari still need returnValue set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);
}
