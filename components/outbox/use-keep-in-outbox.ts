import { useCallback, useEffect, useRef, useState } from "react";
import { putInOutbox } from "@/components/outbox/outbox-store";
import type { Draft } from "@/lib/api/compose-contract";

/**
 * Send with no connection: the draft goes to the Outbox. Still online (the request alone was
 * lost) the composer closes at once; offline it stays, locked, saying so, and closes when the
 * connection returns (leaving needs the server until the app shell works offline).
 */
export function useKeepInOutbox({
  account,
  close,
}: {
  account: string;
  /** `kept`: whether the screen it returns to is to say "Saved to Outbox". */
  close: (announce: boolean) => void;
}) {
  const [kept, setKept] = useState(false);
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });

  const keep = useCallback(
    async (draft: Draft) => {
      try {
        await putInOutbox(account, draft);
      } catch {
        return false;
      }
      if (navigator.onLine) closeRef.current(true);
      else setKept(true);
      return true;
    },
    [account],
  );

  useEffect(() => {
    if (!kept) return;
    const leave = () => closeRef.current(false);
    window.addEventListener("online", leave);
    return () => window.removeEventListener("online", leave);
  }, [kept]);

  return { kept, keep };
}
