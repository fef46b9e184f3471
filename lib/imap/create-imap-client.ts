import "server-only";
import { isIP } from "node:net";
import { rootCertificates } from "node:tls";
import { ImapFlow } from "imapflow";
import { getConfig } from "@/lib/config/config";
import { mailServersFor } from "@/lib/config/mail-servers-for";
import type { MailServer } from "@/lib/config/parse-server-url";

export interface ImapCredentials {
  user: string;
  pass: string;
}

const loopbackHosts = new Set(["127.0.0.1", "::1", "localhost"]);

/** Loopback traffic never leaves the machine, so a test server may skip TLS there. */
export function isLoopback(host: string): boolean {
  return loopbackHosts.has(host) || host.startsWith("127.");
}

let trustedCas: string[] | null = null;

/** The system CAs plus MAIL_TLS_CA: Node's `ca` option replaces the defaults, so both are named. */
export function tlsCaList(ca: string | null): string[] | undefined {
  if (!ca) return undefined;
  trustedCas ??= [...rootCertificates, ca];
  return trustedCas;
}

function startTlsMode(server: MailServer): boolean | undefined {
  if (server.secure) return undefined;
  // Never send a password in the clear across a network: require STARTTLS off loopback.
  return isLoopback(server.host) ? undefined : true;
}

// RFC 2971 ID, sent before LOGIN. Servers that trust Tegami's address (Dovecot's
// login_trusted_networks) then log and penalize the browser's address instead of Tegami's.
function originatingIp(address: string | undefined): { "x-originating-ip"?: string } {
  return address && isIP(address) ? { "x-originating-ip": address } : {};
}

/** The only place an IMAP client is constructed; the pool and sign-in both come through here. */
export function createImapClient(
  credentials: ImapCredentials,
  options: {
    verifyOnly?: boolean;
    server?: MailServer;
    /** Start IDLE after this many ms without commands (imapflow's default is 15 s). */
    autoIdleDelay?: number;
    /** The browser's address, for the server's logs and its failed-login penalty. */
    clientAddress?: string;
    /** Names the live-update connection in IMAP ID, so operators can tell it from request ones. */
    role?: "watcher";
  } = {},
) {
  const imap = options.server ?? mailServersFor(credentials.user).imap;
  const { tlsCa } = getConfig();
  return new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    doSTARTTLS: startTlsMode(imap),
    tls: { ca: tlsCaList(tlsCa), minVersion: "TLSv1.2" },
    auth: { user: credentials.user, pass: credentials.pass },
    clientInfo: {
      name: "Tegami",
      vendor: "Tegami",
      ...originatingIp(options.clientAddress),
      ...(options.role ? { "x-tegami-role": options.role } : {}),
    },
    // RFC 7162: ask for UIDs and MODSEQ on every change, which later live updates build on.
    qresync: true,
    logger: false,
    verifyOnly: options.verifyOnly,
    autoIdleDelay: options.autoIdleDelay,
    // Only the watcher, which asks for an IDLE delay, waits in IDLE (RFC 2177): a request
    // connection in IDLE gets pushes nobody reads, and adds an IDLE per user and process.
    disableAutoIdle: options.autoIdleDelay === undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 5 * 60_000,
  });
}

export type ImapClient = ImapFlow;
