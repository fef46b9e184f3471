"use client";

import { useEffect, useState } from "react";
import { composeOutcomeEvent, takeComposeOutcome } from "@/components/compose/compose-outcome";

const shownMs = 6000;

/**
 * Says what the composer that just closed achieved ("Message sent") on the screen it returned
 * to: a polite live region of its own that is the visible toast itself.
 */
export function ComposeOutcomeToast() {
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    const show = () => {
      const outcome = takeComposeOutcome();
      if (outcome) setText(outcome);
    };
    // Said once the page has settled (a live region must exist before its text changes).
    const first = setTimeout(show, 50);
    window.addEventListener(composeOutcomeEvent, show);
    return () => {
      clearTimeout(first);
      window.removeEventListener(composeOutcomeEvent, show);
    };
  }, []);

  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(() => setText(null), shownMs);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-40 flex justify-center px-4"
    >
      {text && (
        <p className="max-w-[calc(100vw-2rem)] rounded-lg bg-gray-900 px-4 py-2.5 text-sm text-white shadow-lg">
          {text}
        </p>
      )}
    </div>
  );
}
