// Which of a user's IMAP connections are Tegami's live-update watchers, as Dovecot sees them:
// `doveadm who -1` lists the connections (one imap process each), and the log (imap_id_log = *)
// shows the IMAP ID each one sent, where the watcher says x-tegami-role=watcher.
import { execFileSync } from "node:child_process";
import { dovecotLogSince } from "./dovecot-log";
import { testStack } from "./test-imap";

/** The pids of the user's IMAP processes right now. */
export function imapPids(user: string): number[] {
  const out = execFileSync(
    "doveadm",
    ["-c", `${testStack().base}/dovecot/dovecot.conf`, "who", "-1", user],
    { encoding: "utf8" },
  );
  return out
    .split("\n")
    .filter((line) => line.startsWith(`${user} `))
    .map((line) => Number(line.split(/\s+/)[2]));
}

/** The user's connections now open whose IMAP ID (logged since `logOffset`) names a watcher. */
export function watcherPids(user: string, logOffset: number): number[] {
  const lines = dovecotLogSince(logOffset);
  const sessions = new Map<number, string>();
  for (const line of lines) {
    const login = /Login: user=<([^>]+)>.*\bmpid=(\d+).*\bsession=<([^>]+)>/.exec(line);
    if (login && login[1] === user) sessions.set(Number(login[2]), login[3]!);
  }
  const watchers = new Set(
    lines
      .filter((line) => line.includes("ID sent:") && line.includes("x-tegami-role=watcher"))
      .flatMap((line) => [...line.matchAll(/session=<([^>]+)>|<\d+><([^>]+)>/g)])
      .map((match) => match[1] ?? match[2]),
  );
  return imapPids(user).filter((pid) => watchers.has(sessions.get(pid)));
}
