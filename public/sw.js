// Tegami's service worker, served at /sw.js with scope "/" (next.config.mjs sets its headers).
// A plain script in sections, one per concern: the shell cache, lifecycle, fetch, saved message
// bodies, push, notification clicks. No build step; it imports only /sw-build.js.
/* eslint-env serviceworker */
"use strict";

// ── Shell cache (issue #7) ──────────────────────────────────────────────────────────────
// /sw-build.js (app/sw-build.js/route.ts) names this build and lists its shell: the offline
// page and every file under /_next/static. A new build changes that script, so the browser
// installs a new worker, which fills a cache of its own ("tegami-shell-<build id>") and, once
// active, deletes every other build's: a page is never put together from two builds. Only the
// app's own files go in Cache Storage; mail lives in the account's IndexedDB (the device store).
let shell = null;
try {
  importScripts("/sw-build.js");
  shell = self.tegamiShell || null;
} catch {
  // No build to name (development, or the server gone mid-update): no shell cache.
}
const shellPrefix = "tegami-shell-";
const shellCache = shell ? shellPrefix + shell.build : null;
const offlinePage = "/offline";

async function precacheShell() {
  if (!shellCache) return;
  const cache = await caches.open(shellCache);
  // All or nothing: a failed file fails the install, and the worker before stays in charge.
  await cache.addAll(shell.assets);
}

async function deleteOtherShells() {
  const names = await caches.keys();
  const others = names.filter((name) => name.startsWith(shellPrefix) && name !== shellCache);
  await Promise.all(others.map((name) => caches.delete(name)));
}

// ── Lifecycle ────────────────────────────────────────────────────────────────────────────
// A new worker takes over at once, once its build's shell is cached whole.
self.addEventListener("install", (event) => {
  addRoutes(event);
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) =>
  event.waitUntil(deleteOtherShells().then(() => self.clients.claim())),
);

// ── Routes ───────────────────────────────────────────────────────────────────────────────
// Only pages (navigations, the body frame included) and the build's static files need this
// worker; every other request (the list and message fetches a click makes, API calls, the event
// stream) skips it through the browser's static routing (Chromium 123+), instead of waiting for
// a stopped worker to start just to be let through. First match wins. Where the API is missing
// the fetch handler lets those requests through all the same.
function addRoutes(event) {
  if (typeof event.addRoutes !== "function" || typeof URLPattern !== "function") return;
  const routes = [
    { condition: { requestMode: "navigate" }, source: "fetch-event" },
    {
      condition: { urlPattern: new URLPattern({ pathname: "/_next/static/*" }) },
      source: "fetch-event",
    },
    { condition: { requestMethod: "GET" }, source: "network" },
    { condition: { requestMethod: "POST" }, source: "network" },
  ];
  // A browser that knows the API but not one of these conditions keeps the fetch handler.
  event.waitUntil(event.addRoutes(routes).catch(() => undefined));
}

// ── Fetch ────────────────────────────────────────────────────────────────────────────────
// Pages go to the network first, always: the server's page is the truth. When the network
// fails, a mail or compose address gets the offline page, which shows the device store's mail.
// A message's body frame falls back to the copy the device store kept. The build's static
// files come from its cache. Everything else, the event stream and API calls above all, is
// left to the browser untouched.
const offlineAddress = (path) =>
  path === "/" || path === "/mail" || path.startsWith("/mail/") || path === "/compose";
const bodyFramePath = /^\/api\/mail\/([^/]+)\/([1-9]\d{0,9})\/body$/;

// A reverse proxy answers for a Tegami that is down: its gateway errors mean "unreachable" too.
const unreachable = (response) => [502, 503, 504].includes(response.status);

async function offlinePageFor(url) {
  if (!shellCache || !offlineAddress(url.pathname)) return null;
  return (await caches.match(offlinePage, { cacheName: shellCache })) || null;
}

async function pageOrOfflinePage(request, url) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const cached = await offlinePageFor(url);
    if (cached) return cached;
    throw error;
  }
  return (unreachable(response) && (await offlinePageFor(url))) || response;
}

async function shellFile(request) {
  const cached = await caches.match(request, { cacheName: shellCache });
  return cached || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && request.destination === "iframe") {
    const body = bodyFramePath.exec(url.pathname);
    if (body && !url.search) event.respondWith(bodyOrSavedBody(request, body[1], body[2]));
    return;
  }
  if (request.mode === "navigate") return event.respondWith(pageOrOfflinePage(request, url));
  if (shellCache && url.pathname.startsWith("/_next/static/"))
    event.respondWith(shellFile(request));
});

// ── Saved message bodies (the device store, components/offline/device-store.ts) ─────────
// The account's mail store is the one "tegami-mail-" database on this browser (signing in as
// another account deletes the other's); with none, or two, there is nothing to answer with.
const frameCsp =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; font-src data:; " +
  "form-action 'none'; frame-ancestors 'self'; base-uri 'none'; " +
  "sandbox allow-popups allow-popups-to-escape-sandbox allow-same-origin";

function idbResult(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function readSavedBody(mailbox, uid) {
  const names = (await indexedDB.databases()).map((info) => info.name);
  const stores = names.filter(
    (name) => typeof name === "string" && name.startsWith("tegami-mail-"),
  );
  if (stores.length !== 1) return null;
  const db = await idbResult(indexedDB.open(stores[0]));
  try {
    if (!db.objectStoreNames.contains("bodies")) return null;
    const key = `${mailbox}\u0000${uid}`;
    return (await idbResult(db.transaction("bodies").objectStore("bodies").get(key))) || null;
  } finally {
    db.close();
  }
}

async function bodyOrSavedBody(request, mailboxSegment, uid) {
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await readSavedBody(decodeURIComponent(mailboxSegment), uid).catch(() => null);
    if (!saved) throw error;
    return new Response(saved.html, {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": saved.csp || frameCsp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      },
    });
  }
}

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
