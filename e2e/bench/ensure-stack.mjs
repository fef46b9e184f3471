// Makes sure the test mail stack runs and knows the bench users; starts it (start.sh) if not.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_BASE, imapClient, loadStack } from "../mailstack/lib.mjs";

export const BENCH_USER = "bench@example.test";
export const SIMULATED_USERS = Array.from({ length: 50 }, (_, i) => `bench${i + 1}@example.test`);

async function canSignIn(stack, user) {
  const client = imapClient(stack, user);
  client.on("error", () => {});
  try {
    await client.connect();
    await client.logout();
    return true;
  } catch {
    return false;
  }
}

/** The stack's stack.json, after starting the stack (or adding the bench users) when needed. */
export async function ensureStack(log) {
  const base = process.env.MAILSTACK_BASE || DEFAULT_BASE;
  const ready = fs.existsSync(path.join(base, "READY"));
  if (ready) {
    const stack = loadStack(base);
    const last = SIMULATED_USERS.at(-1);
    if ((await canSignIn(stack, BENCH_USER)) && (await canSignIn(stack, last))) return stack;
  }
  log("starting the test mail stack (e2e/mailstack/start.sh)");
  const script = new URL("../mailstack/start.sh", import.meta.url).pathname;
  execFileSync("bash", [script, base], { stdio: ["ignore", "ignore", "inherit"] });
  const stack = loadStack(base);
  if (!(await canSignIn(stack, BENCH_USER)))
    throw new Error(`cannot sign in to IMAP as ${BENCH_USER} after start.sh`);
  return stack;
}
