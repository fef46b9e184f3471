import "server-only";
import net from "node:net";
import tls from "node:tls";
import { getConfig } from "@/lib/config/config";
import type { MailServer } from "@/lib/config/parse-server-url";
import { tlsCaList } from "@/lib/imap/create-imap-client";
import type { ImapProbe } from "@/lib/health/health-status";

/**
 * Whether the server greets like an IMAP server (RFC 9051 §7.1: `* OK` or `* PREAUTH`) within
 * `timeoutMs`. Opens a connection and drops it: no credentials, no LOGIN.
 */
export function probeImapServer(server: MailServer, timeoutMs = 2_500): Promise<ImapProbe> {
  return new Promise((resolve) => {
    const options = { host: server.host, port: server.port };
    const socket = server.secure
      ? tls.connect({
          ...options,
          servername: net.isIP(server.host) ? undefined : server.host,
          ca: tlsCaList(getConfig().tlsCa),
        })
      : net.connect(options);
    let greeting = "";
    const finish = (reachable: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ reachable });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      greeting += chunk;
      if (greeting.includes("\n")) finish(/^\* (OK|PREAUTH)\b/i.test(greeting));
    });
    socket.on("error", () => finish(false));
    socket.on("close", () => finish(false));
  });
}
