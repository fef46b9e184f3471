"use client";

import { useCallback, useEffect, useState } from "react";
import { getJson } from "@/lib/api/get-json";
import type { PushKeyResult, PushSubscribeResult } from "@/lib/api/push-contract";
import { readAnswer } from "@/lib/api/post-json";

/** Where this browser stands; `busy` while a switch is under way. */
export type PushState = "unsupported" | "blocked" | "off" | "on" | "busy";

const route = "/api/push/subscriptions";

function supported(): boolean {
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

async function send(method: "POST" | "DELETE", body: unknown): Promise<boolean> {
  const response = await fetch(route, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  }).catch(() => null);
  return !!response && (await readAnswer<PushSubscribeResult>(response)).ok;
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

async function turnOn(): Promise<PushState> {
  // Asked only here, on the user's click (browsers ignore or penalize unprompted requests).
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return permission === "denied" ? "blocked" : "off";
  const key = await getJson<PushKeyResult>(route);
  if (!key.ok) throw new Error(key.error.code);
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: key.value.publicKey,
  });
  if (await send("POST", subscription.toJSON())) return "on";
  await subscription.unsubscribe();
  throw new Error("not kept");
}

async function turnOff(): Promise<PushState> {
  const subscription = await currentSubscription();
  if (subscription) {
    await send("DELETE", { endpoint: subscription.endpoint });
    await subscription.unsubscribe();
  }
  return "off";
}

async function initialState(): Promise<PushState> {
  if (!supported()) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  return (await currentSubscription()) ? "on" : "off";
}

/** This browser's push subscription with Tegami, and a toggle that asks permission on click. */
export function usePushSubscription(): { state: PushState; failed: boolean; toggle: () => void } {
  const [state, setState] = useState<PushState>("busy");
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // Settled in a promise: what the browser says is read once, after the first render.
    initialState().then(setState, () => setState("off"));
  }, []);

  const toggle = useCallback(() => {
    if (state !== "on" && state !== "off") return;
    const wasOn = state === "on";
    setState("busy");
    setFailed(false);
    (wasOn ? turnOff() : turnOn()).then(setState).catch(() => {
      setFailed(true);
      setState(wasOn ? "on" : "off");
    });
  }, [state]);

  return { state, failed, toggle };
}
