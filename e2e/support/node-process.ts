// A process a spec starts itself (server.mjs, npm run demo), with its output collected, a wait
// for a line, and a stop by signal that measures how long the exit took. It runs in a process
// group of its own, so a stop can signal the whole group the way Ctrl-C in a terminal does
// (npm and the node it runs), and nothing else.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface NodeProcess {
  child: ChildProcess;
  /** Everything written so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the process exits. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Whether any process of the child's process group is still running. */
  groupAlive(): boolean;
  /**
   * Sends `signal` to the process (or, with `group`, to its whole process group, as a terminal's
   * Ctrl-C does) and resolves with the exit code and the milliseconds until the exit.
   */
  stop(
    signal: NodeJS.Signals,
    options?: { group?: boolean },
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

const root = fileURLToPath(new URL("../..", import.meta.url));

/** `command` is "node" (with args as script and flags) or another program such as npm. */
export function startNodeProcess(
  args: string[],
  env: Record<string, string | undefined>,
  command = process.execPath,
): NodeProcess {
  const child = spawn(command, args, {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let text = "";
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const wake of waiters) wake();
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const wake of waiters) wake();
  });

  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${text}`));
      }, timeoutMs);
      const check = () => {
        const match = text.match(pattern);
        if (!match && !gone) return;
        clearTimeout(timer);
        waiters.delete(check);
        if (match) resolve(match);
        else reject(new Error(`exited before ${pattern}; output:\n${text}`));
      };
      waiters.add(check);
      check();
    });

  const stop = async (signal: NodeJS.Signals, options: { group?: boolean } = {}) => {
    const began = Date.now();
    // A negative PID names the process group this spec created for the child (see detached).
    if (!gone) process.kill(options.group ? -child.pid! : child.pid!, signal);
    const code = await exited;
    return { code, signal: child.signalCode, ms: Date.now() - began };
  };

  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };

  return { child, output: () => text, waitFor, exited, stop, groupAlive };
}

/** The environment of this run without the app's configuration, plus `extra`. */
export function cleanEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of [
    "IMAP_URL",
    "SMTP_URL",
    "TEGAMI_DOMAINS",
    "MAIL_TLS_CA",
    "AUTH_SECRET",
    "PORT",
    "HOST",
    "TEGAMI_LOG_LEVEL",
  ]) {
    delete env[name];
  }
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}
