import { useEffect, useState } from "react";
import { deviceStore, type SavedAccount } from "@/components/offline/device-store";
import type { MailboxNode } from "@/lib/mail/types";

export interface SavedMail {
  account: SavedAccount;
  mailboxes: MailboxNode[];
}

/** The account and mailboxes kept on this device: undefined while reading, null when none. */
export function useSavedMail(): SavedMail | null | undefined {
  const [saved, setSaved] = useState<SavedMail | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void (async () => {
      const found = "indexedDB" in window && (await deviceStore.openSaved());
      const mail = found ? await deviceStore.readAccount() : null;
      if (current) setSaved(mail);
    })();
    return () => {
      current = false;
    };
  }, []);
  return saved;
}

/** A read from the device store, done again when `key` changes: undefined while reading. */
export function useDeviceRead<T>(key: string, read: () => Promise<T>): T | undefined {
  const [result, setResult] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    let current = true;
    void read().then((value) => {
      if (current) setResult({ key, value });
    });
    return () => {
      current = false;
    };
    // `read` is a new closure each render; `key` names what it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result?.key === key ? result.value : undefined;
}
