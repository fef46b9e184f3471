// The device store's code, loaded on first use. Online pages only write to the store, from
// effects after they have rendered, so its code (IndexedDB schema, bounds, eviction) stays out
// of the scripts a mail page needs to show; the offline views import the store directly.
// Not deferred further: a change queued offline must reach the store before the offline views
// read it back.
import type { deviceStore } from "@/components/offline/device-store";

export type DeviceStore = typeof deviceStore;

let loading: Promise<DeviceStore> | null = null;

export function loadDeviceStore(): Promise<DeviceStore> {
  loading ??= import("@/components/offline/device-store")
    .then((module) => module.deviceStore)
    .catch((error: unknown) => {
      // A chunk that failed to load (the server went away mid-deploy) is asked for again next time.
      loading = null;
      throw error;
    });
  return loading;
}
