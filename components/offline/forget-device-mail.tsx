"use client";

import { useEffect } from "react";
import { clearDeviceStores } from "@/components/offline/device-store-connection";

/**
 * On the sign-in page nobody is signed in: whatever mail the device store kept (the last
 * account's, after Sign out or an expired session) is deleted, so it never outlives the session
 * on a shared computer.
 */
export function ForgetDeviceMail() {
  useEffect(() => {
    if ("indexedDB" in window) void clearDeviceStores();
  }, []);
  return null;
}
