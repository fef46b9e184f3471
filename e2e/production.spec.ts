// Journey: an operator runs Tegami in production. `npm start` refuses a missing or wrong
// IMAP_URL with a message naming it; /api/health tells a load balancer whether IMAP is
// reachable (also from the standalone folder the Docker image runs); SIGTERM during an open
// event stream ends the process within seconds, with a reconnect hint on the stream and every
// IMAP session logged out as Dovecot itself counts them; the logs are JSON and hold no secret.
import net from "node:net";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { imapConnections } from "./support/doveadm";
import { cleanEnv, startNodeProcess, type NodeProcess } from "./support/node-process";
import { testStack } from "./support/test-imap";

const FRANK = "frank@example.test";
const FRANK_PASSWORD = "secret-frank";
// Ports of their own, beside playwright.config.ts's two app processes and the demo spec's.
const basePort = Number(process.env.E2E_PORT || 3100) + 30;
const authSecret = randomBytes(32).toString("base64");

function stackEnv(port: number, extra: Record<string, string> = {}) {
  const stack = testStack();
  return cleanEnv({
    IMAP_URL: stack.imapUrl,
    SMTP_URL: stack.smtpUrl,
    MAIL_TLS_CA: `${stack.base}/ssl/cert.pem`,
    AUTH_SECRET: authSecret,
    PORT: String(port),
    ...extra,
  });
}

/** A loopback port nobody listens on (taken from the system, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const started: NodeProcess[] = [];
function start(args: string[], env: Record<string, string | undefined>, command?: string) {
  const process = startNodeProcess(args, env, command);
  started.push(process);
  return process;
}

test.afterEach(async () => {
  // Only what a failed test left behind: every process here was started by this spec.
  for (const process of started.splice(0)) {
    if (process.child.exitCode === null && process.child.signalCode === null) {
      await process.stop("SIGKILL");
    }
  }
});

test.describe("production server", () => {
  test("npm start names IMAP_URL when it is missing or wrong", async () => {
    const missing = start(["start"], { ...stackEnv(basePort), IMAP_URL: undefined }, "npm");
    expect(await missing.exited).not.toBe(0);
    expect(missing.output()).toMatch(/IMAP_URL: is required/);

    const wrong = start(
      ["start"],
      stackEnv(basePort, { IMAP_URL: "http://mail.example.test" }),
      "npm",
    );
    expect(await wrong.exited).not.toBe(0);
    expect(wrong.output()).toMatch(/IMAP_URL: must start with imap:\/\/ or imaps:\/\//);
  });

  test("/api/health is ready with IMAP up and not ready when IMAP is unreachable", async ({
    request,
  }) => {
    // The standalone folder, as the Dockerfile runs it.
    const up = start([".next/standalone/server.mjs"], stackEnv(basePort + 1));
    const down = start(
      ["server.mjs"],
      stackEnv(basePort + 2, { IMAP_URL: `imap://127.0.0.1:${await closedPort()}` }),
    );
    await up.waitFor(/"event":"listening"/);
    await down.waitFor(/"event":"listening"/);

    const ready = await request.get(`http://127.0.0.1:${basePort + 1}/api/health`);
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      live: true,
      ready: true,
      imap: { reachable: 1, servers: 1 },
    });

    const notReady = await request.get(`http://127.0.0.1:${basePort + 2}/api/health`);
    expect(notReady.status()).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: "not-ready", live: true, ready: false });
    await expect(
      down.waitFor(/"event":"health.imap".*"reachable":false/, 5_000),
    ).resolves.toBeTruthy();

    for (const server of [up, down]) expect((await server.stop("SIGTERM")).code).toBe(0);
  });

  test("SIGTERM during an open event stream logs every IMAP session out within seconds", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const port = basePort + 3;
    const server = start(["server.mjs"], stackEnv(port));
    await server.waitFor(/"event":"listening"/);

    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    await page.goto("/mail/INBOX");
    await page.getByLabel("Email", { exact: true }).fill(FRANK);
    await page.getByLabel("Password", { exact: true }).fill(FRANK_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/mail\/INBOX$/);

    // A reader of its own on the event stream, to see how the stream ends.
    await page.evaluate(() => {
      const state = { text: "", done: false };
      Object.assign(window, { __stream: state });
      void fetch("/api/events").then(async (response) => {
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { done, value } = await reader
            .read()
            .catch(() => ({ done: true, value: undefined }));
          if (done) break;
          state.text += decoder.decode(value);
        }
        state.done = true;
      });
    });
    const stream = () =>
      page.evaluate(
        () => (window as unknown as { __stream: { text: string; done: boolean } }).__stream,
      );
    await expect.poll(async () => (await stream()).text).toContain("retry: 1000");
    // The request connection and the IDLE watcher, as Dovecot counts them.
    await expect.poll(() => imapConnections(FRANK), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

    const { code, ms } = await server.stop("SIGTERM");
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5_000);

    const ended = await stream();
    expect(ended.done).toBe(true);
    expect(ended.text).toMatch(/retry: \d{4}\n: shutting down\n\n$/);
    await expect.poll(() => imapConnections(FRANK), { timeout: 3_000 }).toBe(0);

    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"));
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const logouts = events.filter((e) => e.event === "imap.logout" && e.user === FRANK);
    expect(logouts.map((e) => e.kind).sort()).toEqual(["pool", "watcher"]);
    expect(events.some((e) => e.event === "request" && e.path === "/api/events")).toBe(true);
    expect(events.at(-1)).toMatchObject({ event: "shutdown.done" });
    const output = server.output();
    expect(output).not.toContain(FRANK_PASSWORD);
    expect(output).not.toContain(authSecret);
    const cookies = await context.cookies();
    for (const cookie of cookies) expect(output).not.toContain(cookie.value);
    await context.close();
  });
});
