// The test stack's Dovecot, administered as an operator would (doveadm -c <its config>).
import { execFileSync } from "node:child_process";
import { testStack } from "./test-imap";

function doveadm(...args: string[]): string {
  const config = `${testStack().base}/dovecot/dovecot.conf`;
  return execFileSync("doveadm", ["-c", config, ...args], { encoding: "utf8" });
}

/** Disconnects every IMAP session of the user (exit 68 means there was nobody to kick). */
export function kickUser(user: string): void {
  try {
    doveadm("kick", user);
  } catch (error) {
    if ((error as { status?: number }).status !== 68) throw error;
  }
}

/** IMAP connections Dovecot holds for a user right now, as the server itself counts them. */
export function imapConnections(user: string): number {
  const line = doveadm("who", user)
    .split("\n")
    .find((l) => l.startsWith(user));
  return line ? Number(line.split(/\s+/)[1]) : 0;
}
