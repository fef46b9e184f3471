// A minimal raw IMAP client for bulk seeding: LOGIN, then commands with non-synchronizing
// literals ({n+}, RFC 7888 LITERAL+) pipelined without waiting for each tagged reply.
import net from "node:net";

export const quoteImap = (s) => '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';

/** INTERNALDATE for APPEND (RFC 3501 date-time), UTC. */
export function imapDate(ts) {
  const d = new Date(ts * 1000);
  const M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}-${M[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function rawImapConnect(host, port) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, host);
    let buf = "";
    let tag = 0;
    let greeted = false;
    const waiting = new Map();
    const wakers = [];
    s.setNoDelay(true);
    s.on("error", reject);
    s.on("data", (d) => {
      buf += d.toString("latin1");
      let nl;
      while ((nl = buf.indexOf("\r\n")) !== -1) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        if (!greeted) {
          greeted = true;
          resolve(api);
          continue;
        }
        const m = /^(T\d+) (OK|NO|BAD)/.exec(line);
        if (m && waiting.has(m[1])) {
          const w = waiting.get(m[1]);
          waiting.delete(m[1]);
          if (m[2] === "OK") w.ok(line);
          else w.fail(new Error(line));
          wakers.splice(0).forEach((f) => f());
        }
      }
    });
    const api = {
      /** Sends one command (with an optional literal); returns the reply promise and write backpressure. */
      cmd(text, literal) {
        const t = `T${++tag}`;
        const p = new Promise((ok, fail) => waiting.set(t, { ok, fail }));
        let flushed;
        if (literal) {
          s.write(`${t} ${text} {${literal.length}+}\r\n`);
          s.write(literal);
          flushed = s.write("\r\n");
        } else flushed = s.write(`${t} ${text}\r\n`);
        return { p, flushed };
      },
      drain: () => new Promise((r) => s.once("drain", r)),
      inflight: () => waiting.size,
      nextDone: () => new Promise((r) => wakers.push(r)),
      close: () => s.end(),
    };
  });
}
