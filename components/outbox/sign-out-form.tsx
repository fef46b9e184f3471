"use client";

import { useRef, type ReactNode } from "react";
import { clearDeviceQueues } from "@/components/outbox/device-queue-db";

// A deletion another tab keeps blocked (an open connection) must not keep the user signed in:
// past this, the sign-out goes ahead (the next account to sign in here deletes what is left).
const clearWaitMs = 1500;

function clearAtMost(ms: number): Promise<void> {
  return Promise.race([
    clearDeviceQueues(),
    new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ]);
}

/**
 * Sign out: first the queues this device keeps for the account (actions and Outbox belong to
 * one user), then the session. Before hydration it is the plain server-action post.
 */
export function SignOutForm({
  action,
  children,
}: {
  action: () => Promise<void>;
  children: ReactNode;
}) {
  const cleared = useRef(false);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (cleared.current) return;
        // The action navigates away: clear first, then submit again for real.
        event.preventDefault();
        const form = event.currentTarget;
        void clearAtMost(clearWaitMs).finally(() => {
          cleared.current = true;
          form.requestSubmit();
        });
      }}
    >
      {children}
    </form>
  );
}
