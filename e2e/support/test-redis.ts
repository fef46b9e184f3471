// The tests' Redis: the one e2e/redis/start.sh runs (TEST_REDIS_URL, default
// redis://127.0.0.1:31379), and private redis-server processes for tests that take Redis away and
// bring it back. Not REDIS_URL: that would turn on scale-out in every app process of the suite.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";

export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL || "redis://127.0.0.1:31379";
}

/** A key prefix of its own per test run, so runs and suites never see each other's keys. */
export function testPrefix(name: string): string {
  return `tegami-test:${name}:${process.pid}-${Date.now().toString(36)}:`;
}

/** A plain client for checking what is in Redis behind the app's back. */
export function connectTestRedis(url = testRedisUrl()): Redis {
  const client = new Redis(url, { protocol: 2, maxRetriesPerRequest: 1 });
  // Its commands fail with the reason; the tests' own waits say to run e2e/redis/start.sh.
  client.on("error", () => {});
  return client;
}

/** A port nobody listens on right now (the kernel picks it on 127.0.0.1). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface OwnRedis {
  url: string;
  port: number;
  /** Starts (or starts again) the server on the same port; resolves once it answers PING. */
  start(): Promise<void>;
  /** SIGKILLs it (an outage, not a clean shutdown) and waits until it is gone. */
  kill(): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

/** A redis-server of the test's own, on 127.0.0.1, with nothing on disk. */
export async function ownRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "tegami-redis-"));
  let child: ChildProcess | null = null;
  const url = `redis://127.0.0.1:${port}`;

  const answers = async () => {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, protocol: 2 });
    probe.on("error", () => {});
    try {
      await probe.connect();
      return (await probe.ping()) === "PONG";
    } catch {
      return false;
    } finally {
      probe.disconnect();
    }
  };

  const own: OwnRedis = {
    url,
    port,
    async start() {
      child = spawn(
        "redis-server",
        ["--bind", "127.0.0.1", "--port", String(port), "--dir", dir, "--save", ""],
        { stdio: "ignore" },
      );
      const deadline = Date.now() + 5_000;
      while (!(await answers())) {
        if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not answer`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async kill() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGKILL");
      await exited;
    },
    async dispose() {
      await own.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await own.start();
  return own;
}

/** Polls `condition` until it holds, failing with `what` after `timeoutMs`. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
