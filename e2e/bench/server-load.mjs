// The server: resident memory idle, with 1 and with 50 signed-in users; IMAP connections per user
// as Dovecot counts them (doveadm who); requests per second for the message-list page under 50
// concurrent simulated users (loopback, bounded by time and by a request cap).
import { doveadm, passwordFor } from "../mailstack/lib.mjs";
import { residentMemory } from "./app-server.mjs";
import { newContext, signedInPage } from "./browser-session.mjs";
import { SIMULATED_USERS } from "./ensure-stack.mjs";
import { now, quantile, sleep } from "./stats.mjs";

/** IMAP connections per user right now, from `doveadm who -1` (one line per connection). */
function imapConnections(stack, users) {
  const counts = Object.fromEntries(users.map((u) => [u, 0]));
  for (const line of doveadm(stack, "who", "-1").split("\n").slice(1)) {
    const user = line.split(/\s+/)[0];
    if (user in counts) counts[user] += 1;
  }
  return counts;
}

/** The browser's cookies for `user` after a real sign-in; its context stays open. */
async function signInCookie(browser, url, user) {
  const context = await newContext(browser, url);
  const page = await signedInPage(context, user);
  const cookie = (await context.cookies(url)).map((c) => `${c.name}=${c.value}`).join("; ");
  return { cookie, context, page };
}

const unescapeHtml = (v) => v.replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/**
 * Signs in without a browser, as the sign-in form does without JavaScript: its hidden server-action
 * fields plus email and password, posted to /login; returns the session's Cookie header.
 */
async function signInOverHttp(url, user) {
  const page = `${url}/login?callbackUrl=%2Fmail%2FINBOX`;
  const html = await (await fetch(page)).text();
  const form = new FormData();
  const body = html.slice(html.indexOf("<form"), html.indexOf("</form>"));
  for (const [input] of body.matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) form.set(unescapeHtml(name), unescapeHtml(/value="([^"]*)"/.exec(input)?.[1] ?? ""));
  }
  form.set("email", user);
  form.set("password", passwordFor(user));
  const res = await fetch(page, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { origin: url },
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (res.status !== 303 || !cookie.some((c) => c.startsWith("authjs.session-token=")))
    throw new Error(`sign-in of ${user} over HTTP answered ${res.status}`);
  return cookie.join("; ");
}

/** A simulated user with its list open: the list page once, then the live event stream held open. */
async function openList(url, cookie, signal) {
  const page = await fetch(`${url}/mail/INBOX`, { headers: { cookie }, signal });
  await page.arrayBuffer();
  const events = await fetch(`${url}/api/events`, {
    headers: { cookie, accept: "text/event-stream" },
    signal,
  });
  if (!events.ok) throw new Error(`/api/events answered ${events.status}`);
  const reader = events.body.getReader();
  (async () => {
    for (;;) if ((await reader.read()).done) return;
  })().catch(() => {});
}

async function loadTest(url, cookies, seconds, maxRequests) {
  const latencies = [];
  const statuses = {};
  const until = now() + seconds * 1000;
  const t0 = now();
  const worker = async (cookie) => {
    while (now() < until && latencies.length < maxRequests) {
      const started = now();
      const res = await fetch(`${url}/mail/INBOX`, {
        headers: { cookie, "accept-encoding": "gzip, deflate, br" },
      });
      await res.arrayBuffer();
      latencies.push(now() - started);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    }
  };
  await Promise.all(cookies.map(worker));
  const elapsed = (now() - t0) / 1000;
  const r = (x) => Math.round(x * 10) / 10;
  return {
    users: cookies.length,
    seconds: r(elapsed),
    requests: latencies.length,
    statuses,
    requestsPerSecond: r(latencies.length / elapsed),
    median: r(quantile(latencies, 0.5)),
    p95: r(quantile(latencies, 0.95)),
  };
}

export async function measureServer(browser, stack, server, opts, log) {
  const out = {};
  await sleep(2000);
  out.rssIdle = residentMemory(server.pid);
  const [first, ...rest] = SIMULATED_USERS;
  const one = await signInCookie(browser, server.url, first);
  await sleep(2000);
  out.rssOneUser = residentMemory(server.pid);
  out.imapOneTab = imapConnections(stack, [first])[first];
  for (let i = 0; i < 2; i += 1) {
    const tab = await one.context.newPage();
    await tab.goto("/mail/INBOX");
    await tab.getByRole("grid", { name: "Messages" }).waitFor();
  }
  await sleep(2000);
  out.imapThreeTabs = imapConnections(stack, [first])[first];

  log(`  signing in ${rest.length} more users (HTTP, as the form posts without JavaScript)`);
  const cookies = [one.cookie];
  for (let i = 0; i < rest.length; i += 5)
    cookies.push(
      ...(await Promise.all(rest.slice(i, i + 5).map((u) => signInOverHttp(server.url, u)))),
    );
  const streams = new AbortController();
  await Promise.all(cookies.slice(1).map((c) => openList(server.url, c, streams.signal)));
  await sleep(3000);
  out.rssFiftyUsers = residentMemory(server.pid);
  const counts = Object.values(imapConnections(stack, SIMULATED_USERS));
  out.imapFiftyUsers = {
    users: counts.length,
    total: counts.reduce((s, n) => s + n, 0),
    mean: Math.round((counts.reduce((s, n) => s + n, 0) / counts.length) * 100) / 100,
    max: Math.max(...counts),
  };

  log(`  load: ${cookies.length} concurrent users for ${opts.loadSeconds} s`);
  out.listLoad = await loadTest(server.url, cookies, opts.loadSeconds, opts.loadMaxRequests);
  out.rssAfterLoad = residentMemory(server.pid);
  streams.abort();
  await one.context.close();
  return out;
}
