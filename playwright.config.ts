// End-to-end tests in Debian's Chromium against `npm start` (server.mjs) and the test mail stack.
// `npm test` (e2e/test-all.sh) exports the environment; run alone, `npx playwright test` works
// after `npm run mailstack:start` + `node e2e/mailstack/seed-test-data.mjs` + `npm run build`.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium.mjs";
import { REMOTE_IMAGE_PORT } from "./e2e/support/image-server";
import { TEST_PUSH_PORT } from "./e2e/support/test-push-port";

const port = Number(process.env.E2E_PORT || process.env.PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** The second app process (E2E_SECOND_PORT, default the first + 1); specs read it from the env. */
const secondPort = Number(process.env.E2E_SECOND_PORT || port + 1);
process.env.E2E_SECOND_URL = `http://127.0.0.1:${secondPort}`;
const mailstackBase = process.env.MAILSTACK_BASE || "/tmp/tegami-mailstack";

/** Ports from the running stack's stack.json, else start.sh's defaults. */
function stackPorts(): { imap: number; submission: number } {
  try {
    const stack = JSON.parse(fs.readFileSync(path.join(mailstackBase, "stack.json"), "utf8"));
    return { imap: stack.ports.imap, submission: stack.ports.submission };
  } catch {
    return { imap: 31143, submission: 31587 };
  }
}
const ports = stackPorts();

// Read once here (the main process starts the server), so the server and tests agree.
const serverEnv = {
  IMAP_URL: process.env.IMAP_URL || `imap://127.0.0.1:${ports.imap}`,
  SMTP_URL: process.env.SMTP_URL || `smtp://127.0.0.1:${ports.submission}`,
  MAIL_TLS_CA: process.env.MAIL_TLS_CA || path.join(mailstackBase, "ssl", "cert.pem"),
  AUTH_SECRET: (process.env.AUTH_SECRET ||= randomBytes(32).toString("base64")),
  PORT: String(port),
  MAILSTACK_BASE: mailstackBase,
  NEXT_TELEMETRY_DISABLED: "1",
  // A JSON line per request would bury the test output; warnings and errors still show.
  TEGAMI_LOG_LEVEL: "warn",
  // The test stack's own name in Authentication-Results (e2e/phishing-help.spec.ts).
  TEGAMI_AUTHSERV_ID: "mx.example.test",
  // The "remote" image server of the specs (e2e/support/image-server.ts) is on loopback, which
  // the image proxy refuses unless allowed.
  TEGAMI_IMAGE_PROXY_ALLOW: `127.0.0.1:${REMOTE_IMAGE_PORT}`,
  // The test push service (e2e/support/test-push-service.ts) is plain http on loopback; the VAPID
  // keys and push subscriptions of both app processes live in one data directory per port.
  TEGAMI_PUSH_ALLOW: `127.0.0.1:${TEST_PUSH_PORT}`,
  TEGAMI_DATA_DIR: (process.env.TEGAMI_DATA_DIR ||= path.join(os.tmpdir(), `tegami-e2e-${port}`)),
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/global-setup.ts",
  // One worker: the specs share alice's and bob's mailboxes, and a wrong-password test slows
  // the next login from 127.0.0.1 (Dovecot auth penalty), so file and test order matter.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: "chromium",
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  // Two app processes on two ports, sharing AUTH_SECRET and nothing else: the live-state spec
  // checks that a change made through one shows in a browser of the other (through IMAP).
  webServer: [port, secondPort].map((p) => ({
    // What `npm start` runs, without npm in between: killing npm could leave the server behind.
    command: "node server.mjs",
    url: `http://127.0.0.1:${p}/login`,
    env: { ...serverEnv, PORT: String(p), HOST: "127.0.0.1" },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  })),
});
