// Shared helpers for the mail-stack scripts (seed.mjs, seed-test-data.mjs).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ImapFlow } from "imapflow";

export const DEFAULT_BASE = "/tmp/tegami-mailstack";

/** `--key value` and bare `--flag` (true) into an object over `defaults`. */
export function parseArgs(argv, defaults = {}) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith("--")) out[a.slice(2)] = true;
    else {
      out[a.slice(2)] = next;
      i++;
    }
  }
  return out;
}

/** stack.json is written by start.sh into BASE_DIR once every port answers. */
export function loadStack(base = process.env.MAILSTACK_BASE || DEFAULT_BASE) {
  const f = path.join(base, "stack.json");
  if (!fs.existsSync(f)) throw new Error(`${f} not found: run e2e/mailstack/start.sh first`);
  return JSON.parse(fs.readFileSync(f, "utf8"));
}

/** "alice" or "alice@example.test" -> "alice@example.test" */
export function fullUser(stack, user) {
  const u = String(user).toLowerCase();
  return u.includes("@") ? u : `${u}@${stack.domain}`;
}

export function passwordFor(user) {
  return "secret-" + user.split("@")[0];
}

/** mode: 'plain' (no TLS), 'starttls', 'tls' (implicit TLS on the IMAPS port). */
export function imapClient(stack, user, { mode = "plain", logger = false, ...extra } = {}) {
  return new ImapFlow({
    host: stack.host,
    port: mode === "tls" ? stack.ports.imaps : stack.ports.imap,
    secure: mode === "tls",
    doSTARTTLS: mode === "starttls" ? true : mode === "plain" ? false : undefined,
    tls: { rejectUnauthorized: false },
    auth: { user, pass: passwordFor(user) },
    logger,
    ...extra,
  });
}

/** doveadm against this stack's Dovecot instance (needs root). */
export function doveadm(stack, ...args) {
  return execFileSync("/usr/bin/doveadm", ["-c", stack.doveconf, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

export const now = () => Number(process.hrtime.bigint()) / 1e6; // ms, float
