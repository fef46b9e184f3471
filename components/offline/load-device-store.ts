// The device store's code, loaded on first use and once the browser is idle. Online pages only
// write to the store, after they have rendered, so its code (IndexedDB schema, bounds,
// eviction) and its first writes never compete with showing the mail; the offline views import
// the store directly.
import type { deviceStore } from "@/components/offline/device-store";

export type DeviceStore = typeof deviceStore;

let loading: Promise<DeviceStore> | null = null;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    // Safari has no requestIdleCallback: a short timeout lets the page settle first.
    if ("requestIdleCallback" in window)
      window.requestIdleCallback(() => resolve(), { timeout: 3000 });
    else setTimeout(resolve, 300);
  });
}

export function loadDeviceStore(): Promise<DeviceStore> {
  loading ??= whenIdle()
    .then(() => import("@/components/offline/device-store"))
    .then((module) => module.deviceStore)
    .catch((error: unknown) => {
      // A chunk that failed to load (the server went away mid-deploy) is asked for again next time.
      loading = null;
      throw error;
    });
  return loading;
}
