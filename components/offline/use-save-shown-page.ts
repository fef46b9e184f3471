import { useEffect } from "react";
import type { CachedPage } from "@/components/message-list/envelope-cache";
import { loadDeviceStore } from "@/components/offline/load-device-store";

/**
 * Keeps the list page shown on the device, each time it changes (a refetch, a live flag
 * change): the envelope cache's persistent half. A stale page waits for its refetch.
 */
export function useSaveShownPage(shown: CachedPage | undefined): void {
  useEffect(() => {
    if (!shown || shown.stale || !("indexedDB" in window)) return;
    void loadDeviceStore().then((store) => store.savePage(shown.page, shown.fetchedAt));
  }, [shown]);
}
