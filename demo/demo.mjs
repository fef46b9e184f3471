// `npm run demo` (production build) and `npm run dev` (hot reload): Tegami on 127.0.0.1:PORT.
// With neither IMAP_URL, SMTP_URL nor TEGAMI_DOMAINS set, it also starts the demo mail servers
// (one in-memory IMAP server per demo user, one SMTP server delivering between them), seeds
// them, and prints how to sign in. Ctrl-C stops everything. Tegami itself runs unchanged: only
// its configuration (TEGAMI_DOMAINS) points at the demo servers.
//   --dev        next dev instead of the production build
//   --no-build   never build; fail when there is no build (tests use the build they made)
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startDemoImapServer } from "./demo-imap-server.mjs";
import { aoiMailboxes, hanakoMailboxes } from "./demo-mailboxes.mjs";
import { startDemoSmtpServer } from "./demo-smtp-server.mjs";
import { demoUsers, domainOf } from "./demo-users.mjs";
import { build, buildNeeded } from "./ensure-build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const noBuild = process.argv.includes("--no-build");
const stateDir = path.resolve(root, process.env.TEGAMI_DEMO_DIR || ".tegami-demo");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "127.0.0.1";
const say = (line = "") => process.stdout.write(`${line}\n`);

/** The demo keeps one AUTH_SECRET, so sign-ins survive a restart of the demo. */
function demoSecret() {
  const file = path.join(stateDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function startDemoMail() {
  const [aoi, hanako] = demoUsers;
  const stores = [await aoiMailboxes(aoi, hanako), await hanakoMailboxes(hanako, aoi)];
  const imap = await Promise.all(demoUsers.map((user, i) => startDemoImapServer(user, stores[i])));
  const mailboxes = new Map(
    demoUsers.map((user, i) => [
      user.address,
      { password: user.password, deliver: (raw) => imap[i].deliver(raw) },
    ]),
  );
  const smtp = await startDemoSmtpServer(mailboxes);
  const domains = Object.fromEntries(
    demoUsers.map((user, i) => [
      domainOf(user.address),
      { imap: `imap://127.0.0.1:${imap[i].port}`, smtp: `smtp://127.0.0.1:${smtp.port}` },
    ]),
  );
  return {
    domains,
    imapPorts: imap.map((server) => server.port),
    smtpPort: smtp.port,
    close: () => Promise.all([smtp.close(), ...imap.map((server) => server.close())]),
  };
}

async function main() {
  const external = Boolean(
    process.env.IMAP_URL || process.env.SMTP_URL || process.env.TEGAMI_DOMAINS,
  );
  if (!dev) {
    const reason = buildNeeded(root);
    if (reason && noBuild && reason === "no build yet") {
      throw new Error('no production build: run "npm run build" (or drop --no-build)');
    }
    if (reason && !noBuild) {
      say(`Building Tegami (${reason}); this takes a minute or two the first time…`);
      build(root);
    }
  }
  process.env.AUTH_SECRET ||= demoSecret();
  // The demo terminal shows the sign-in, not a log line per request.
  process.env.TEGAMI_LOG_LEVEL ||= "warn";
  const mail = external ? null : await startDemoMail();
  if (mail) process.env.TEGAMI_DOMAINS = JSON.stringify(mail.domains);

  const { startTegami } = await import("../server/start-tegami.mjs");
  const tegami = await startTegami({ dir: root, dev, host, port });

  say();
  say(`  Tegami ${dev ? "(next dev, hot reload)" : "demo"} is running.`);
  say(`  Open      ${tegami.url}`);
  if (mail) {
    for (const user of demoUsers) say(`  Sign in   ${user.address} / ${user.password}`);
    say();
    say("  Mail between the two demo users arrives; nothing leaves this machine.");
    demoUsers.forEach((user, i) =>
      say(`  Demo IMAP ${user.address}: 127.0.0.1:${mail.imapPorts[i]}`),
    );
    say(`  Demo SMTP 127.0.0.1:${mail.smtpPort} (mail lives in memory until you stop the demo)`);
  } else {
    say("  Signing in to the mail servers of IMAP_URL/SMTP_URL/TEGAMI_DOMAINS.");
  }
  say("  Press Ctrl-C to stop.");
  say();

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    say(`\n  Stopping (${signal})…`);
    setTimeout(() => process.exit(1), 10_000).unref();
    await tegami.close(signal);
    await mail?.close();
    say("  Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  process.stderr.write(`Tegami demo cannot start: ${error?.message ?? error}\n`);
  process.exit(1);
});
