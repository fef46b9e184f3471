// The test stack's Dovecot log, read as an operator would: who logged in from which address.
import fs from "node:fs";
import path from "node:path";
import { testStack } from "./test-imap";

const logFile = () => path.join(testStack().base, "log", "dovecot.log");

/** Where the log ends now: pass it to `dovecotLogSince` to read only what comes after. */
export function dovecotLogOffset(): number {
  return fs.statSync(logFile()).size;
}

/** The log lines written since `offset`. */
export function dovecotLogSince(offset: number): string[] {
  const handle = fs.openSync(logFile(), "r");
  try {
    const length = Math.max(0, fs.fstatSync(handle).size - offset);
    const buffer = Buffer.alloc(length);
    fs.readSync(handle, buffer, 0, length, offset);
    return buffer.toString("utf8").split("\n").filter(Boolean);
  } finally {
    fs.closeSync(handle);
  }
}

/** Successful IMAP logins of `user` from `address` (the rip Dovecot saw) since `offset`. */
export function loginsFrom(offset: number, user: string, address: string): string[] {
  return dovecotLogSince(offset).filter(
    (line) => line.includes(`Login: user=<${user}>`) && line.includes(`rip=${address},`),
  );
}
