// Tegami's service worker, served at /sw.js with scope "/" (next.config.mjs sets its headers).
// A plain script in sections, one per concern, so the offline cache (issue #7) is added as its
// own section: lifecycle, fetch, push, notification clicks. No build step, no imports.
/* eslint-env serviceworker */
"use strict";

// ── Lifecycle ────────────────────────────────────────────────────────────────────────────
// A new worker takes over at once: it holds no state an old page could depend on yet.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// ── Fetch ────────────────────────────────────────────────────────────────────────────────
// Navigations go to the network (the offline shell will answer from the cache when it fails).
// Everything else, the event stream and API calls above all, is left to the browser untouched.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.mode !== "navigate" || request.method !== "GET") return;
  event.respondWith(fetch(request));
});

// ── Push (RFC 8030) ──────────────────────────────────────────────────────────────────────
// The server sends { kind: "new", from, subject, mailbox, uid } for new mail in the Inbox and
// { kind: "read", mailbox, uid } once that message was read elsewhere (lib/push/push-payload.ts).
const tagOf = (mailbox, uid) => `${mailbox}/${uid}`;
const messageUrl = (mailbox, uid) => `/mail/${encodeURIComponent(mailbox)}/${uid}`;

async function showNewMail(push) {
  await self.registration.showNotification(push.from || "New mail", {
    body: push.subject || "",
    tag: tagOf(push.mailbox, push.uid),
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    data: { url: messageUrl(push.mailbox, push.uid) },
  });
}

async function withdraw(push) {
  const shown = await self.registration.getNotifications({ tag: tagOf(push.mailbox, push.uid) });
  for (const notification of shown) notification.close();
}

function readPush(event) {
  try {
    const push = event.data ? event.data.json() : null;
    const valid = push && typeof push.mailbox === "string" && Number.isInteger(push.uid);
    return valid ? push : null;
  } catch {
    return null;
  }
}

self.addEventListener("push", (event) => {
  const push = readPush(event);
  if (!push) return;
  event.waitUntil(push.kind === "read" ? withdraw(push) : showNewMail(push));
});

// ── Notification clicks ──────────────────────────────────────────────────────────────────
// Opens the message in a Tegami window already open (focused and navigated), else a new one.
// focus() is allowed only briefly after the click, so it is not kept waiting for navigate().
async function openFromNotification(path) {
  const url = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!open) return self.clients.openWindow(url);
  const [, navigated] = await Promise.allSettled([open.focus(), open.navigate(url)]);
  // navigate() works on windows this worker controls; any other gets a window of its own.
  if (navigated.status === "rejected") return self.clients.openWindow(url);
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = event.notification.data && event.notification.data.url;
  if (typeof path !== "string" || !path.startsWith("/mail/")) return;
  event.waitUntil(openFromNotification(path));
});
