// Live-update latency: how long a change takes to show in another browser.
//   1. through Tegami: "Mark as read/unread" pressed in browser A -> the row flips in browser B;
//   2. from outside: another IMAP client's STORE \Seen -> the row flips in browser B.
// Needs the test mail stack running (npm run mailstack:start) and a build (npm run build).
// Starts its own `next start` on 127.0.0.1, prints median and 95th percentile, writes JSON.
//   node e2e/bench/live-latency.mjs [--runs 20] [--gap 1500] [--port 3400] [--out live-latency.json]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ImapFlow } from "imapflow";

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce(
      (pairs, arg, i, all) =>
        arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs,
      [],
    ),
);
const runs = Number(args.runs ?? 20);
const port = Number(args.port ?? 3400);
const out = args.out ?? "live-latency.json";
// Pause between outside changes so the watcher is back in IDLE, as it is when a user is idle:
// a change that lands while it is briefly out of IDLE is reported at once and would flatter us.
const gapMs = Number(args.gap ?? 1500);
const base = process.env.MAILSTACK_BASE ?? "/tmp/tegami-mailstack";
const stack = JSON.parse(fs.readFileSync(path.join(base, "stack.json"), "utf8"));
const user = "dave@example.test";
const pass = "secret-dave";
const url = `http://127.0.0.1:${port}`;

const imap = () =>
  new ImapFlow({
    host: stack.host,
    port: stack.ports.imap,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass },
    logger: false,
  });

async function prepareMailbox() {
  const client = imap();
  await client.connect();
  await client.mailboxOpen("INBOX");
  if (client.mailbox.exists) await client.messageDelete("1:*");
  const raw = `From: Bench <bench@example.test>\r\nTo: ${user}\r\nSubject: Latency probe\r\nDate: ${new Date().toUTCString()}\r\nMessage-ID: <${randomBytes(8).toString("hex")}@bench>\r\n\r\nProbe.\r\n`;
  const { uid } = await client.append("INBOX", raw, []);
  await client.logout();
  return uid;
}

function startServer() {
  const env = {
    ...process.env,
    IMAP_URL: `imap://127.0.0.1:${stack.ports.imap}`,
    SMTP_URL: `smtp://127.0.0.1:${stack.ports.submission}`,
    MAIL_TLS_CA: path.join(base, "ssl", "cert.pem"),
    AUTH_SECRET: randomBytes(32).toString("base64"),
  };
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk) => {
      if (String(chunk).includes("Ready")) resolve(server);
    });
    server.on("exit", (code) => reject(new Error(`next start exited with ${code}`)));
  });
}

async function signedInPage(browser) {
  const context = await browser.newContext({ baseURL: url, locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/login?callbackUrl=/mail/INBOX");
  await page.getByLabel("Email", { exact: true }).fill(user);
  await page.getByLabel("Password", { exact: true }).fill(pass);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/mail\/INBOX/);
  return page;
}

/** Resolves with Date.now() in the page when the row's data-unread becomes `value`. */
function whenRowUnread(page, uid, value) {
  return page.evaluate(
    ({ uid, value }) =>
      new Promise((resolve) => {
        const check = () => {
          const row = document.querySelector(`[data-uid="${uid}"]`);
          if (row?.getAttribute("data-unread") === value) {
            observer.disconnect();
            resolve(Date.now());
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ["data-unread"],
        });
        check();
      }),
    { uid, value },
  );
}

const quantile = (xs, q) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const summary = (xs) => ({
  runs: xs.length,
  median: quantile(xs, 0.5),
  p95: quantile(xs, 0.95),
  min: Math.min(...xs),
  max: Math.max(...xs),
});

const uid = await prepareMailbox();
const server = await startServer();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const a = await signedInPage(browser);
  const b = await signedInPage(browser);
  await a.goto(`/mail/INBOX/${uid}`);
  await a.getByRole("article").waitFor();
  await b.locator(`[data-uid="${uid}"][data-unread="false"]`).waitFor();

  const throughTegami = [];
  for (let i = 0; i < runs; i += 1) {
    const unread = i % 2 === 0;
    const shown = whenRowUnread(b, uid, String(unread));
    const name = unread ? "Mark as unread" : "Mark as read";
    const button = a.getByRole("article").getByRole("button", { name, exact: true });
    await button.waitFor();
    const started = await button.evaluate((el) => {
      const t = Date.now();
      el.click();
      return t;
    });
    throughTegami.push((await shown) - started);
  }

  const outside = [];
  const client = imap();
  await client.connect();
  await client.mailboxOpen("INBOX");
  for (let i = 0; i < runs; i += 1) {
    const unread = i % 2 === 0;
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    const shown = whenRowUnread(b, uid, String(unread));
    const started = Date.now();
    if (unread) await client.messageFlagsRemove(String(uid), ["\\Seen"], { uid: true });
    else await client.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
    outside.push((await shown) - started);
  }
  await client.logout();

  const result = {
    date: new Date().toISOString(),
    runs,
    throughTegami: summary(throughTegami),
    outsideImap: summary(outside),
  };
  console.table({
    "through Tegami (ms)": result.throughTegami,
    "outside IMAP client (ms)": result.outsideImap,
  });
  fs.writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
  console.log(`written to ${out}`);
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
