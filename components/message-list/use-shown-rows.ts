import { useMemo } from "react";
import { useLiveState } from "@/components/live/live-context";
import { messageKey } from "@/components/live/overlay";
import type { Envelope } from "@/lib/mail/types";

export interface ShownRow {
  uid: number;
  unread: boolean;
  flagged: boolean;
}

/** The page's rows still shown (not moved away), with their flags as shown. */
export function useShownRows(
  mailbox: string,
  envelopes: Pick<Envelope, "uid" | "flags">[],
): ShownRow[] {
  const overlay = useLiveState((state) => state.overlay);
  return useMemo(
    () =>
      envelopes.flatMap(({ uid, flags }) => {
        const key = messageKey(mailbox, uid);
        if (overlay.hidden.has(key)) return [];
        const patch = overlay.flags.get(key);
        return [
          {
            uid,
            unread: !(patch?.seen ?? flags.includes("\\Seen")),
            flagged: patch?.flagged ?? flags.includes("\\Flagged"),
          },
        ];
      }),
    [mailbox, envelopes, overlay],
  );
}
