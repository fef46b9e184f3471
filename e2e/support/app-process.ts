// Tegami servers (`npm start`) that a spec starts itself (not playwright.config's webServer), on
// 127.0.0.1, each in a process group of its own so that the spec can SIGKILL one like a
// crashed machine, and stop the rest by their ids afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { testStack } from "./test-imap";

export interface AppProcess {
  url: string;
  port: number;
  /** The process group (the server process's pid). */
  pid: number;
  /** False once the process has exited (or was killed). */
  readonly alive: boolean;
  /** Whether `pid` (e.g. a lease holder's) belongs to this app: its own or one of its group. */
  owns(pid: number): boolean;
  /** The last lines it printed, for a failure message. */
  output(): string;
  /** SIGKILLs the whole group, as a crash would, and waits until the main process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after 10 s; waits until it is gone. */
  stop(): Promise<void>;
}

/** The environment of playwright.config.ts's servers, from the running test stack. */
export function appEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const stack = testStack();
  return {
    ...process.env,
    IMAP_URL: stack.imapUrl,
    SMTP_URL: stack.smtpUrl,
    MAIL_TLS_CA: path.join(stack.base, "ssl", "cert.pem"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

function processGroupOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
  } catch {
    return null;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Starts `npm start`'s server on 127.0.0.1:port; resolves once it listens and answers /login.
 * `script`: another build's server.mjs (e.g. a copy of .next/standalone), else this one's.
 */
export async function startApp(
  port: number,
  env: NodeJS.ProcessEnv,
  script = "server.mjs",
): Promise<AppProcess> {
  // `node server.mjs` is what `npm start` runs (without npm between, so the PID is the server's).
  const child = spawn(process.execPath, [script], {
    // "info": the server says {"event":"listening"} at that level.
    env: { ...env, HOST: "127.0.0.1", PORT: String(port), TEGAMI_LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid!;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  const app: AppProcess = {
    url,
    port,
    pid,
    get alive() {
      return child.exitCode === null && child.signalCode === null;
    },
    owns: (other) => other === pid || processGroupOf(other) === pid,
    output: () => output,
    async kill() {
      signalGroup("SIGKILL");
      await exited(child);
    },
    async stop() {
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
      await exited(child);
      clearTimeout(timer);
      signalGroup("SIGKILL");
    },
  };

  // The server logs {"event":"listening"} once it listens; its exit or a minute of silence fails.
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server on ${port} is not ready after 60 s: ${output}`)),
        60_000,
      );
      const onData = () => {
        if (!/"event":"listening"/.test(output)) return;
        clearTimeout(timer);
        child.off("exit", onExit);
        child.stdout!.off("data", onData);
        resolve();
      };
      const onExit = () => {
        clearTimeout(timer);
        reject(new Error(`the server on ${port} exited: ${output}`));
      };
      child.stdout!.on("data", onData);
      child.once("exit", onExit);
    });
  } catch (error) {
    await app.stop();
    throw error;
  }
  const probe = await fetch(`${url}/login`);
  if (!probe.ok) {
    await app.stop();
    throw new Error(`the server on ${port} answered /login with ${probe.status}`);
  }
  return app;
}
