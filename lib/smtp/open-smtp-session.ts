import "server-only";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import { getConfig } from "@/lib/config/config";
import { mailServersFor } from "@/lib/config/mail-servers-for";
import type { MailServer } from "@/lib/config/parse-server-url";
import { isLoopback, tlsCaList, type ImapCredentials } from "@/lib/imap/create-imap-client";
import { toSmtpError } from "@/lib/smtp/to-smtp-error";

// The only place an SMTP connection is made. Tegami drives nodemailer's SMTPConnection rather
// than a Transport: a Transport reports a lost connection the same way whether it died before
// the message left or while the server was deciding about it, and only the connection lets
// submitMessage tell those apart (see there).

export interface SmtpSession {
  connection: SMTPConnection;
  /** The SIZE the server announced in EHLO (RFC 1870 §4), or null when it named none. */
  maxSize: number | null;
  /** QUIT politely; never throws. */
  close(): void;
}

/** Where submissions go: the user's SMTP server (SMTP_URL or TEGAMI_DOMAINS), or one a test names. */
export interface SmtpOptions {
  server?: MailServer;
}

/** Private in nodemailer, and public in spirit: the EHLO SIZE value it checks envelopes against. */
interface EhloState {
  _maxAllowedSize?: number;
}

function createConnection(server: MailServer): SMTPConnection {
  return new SMTPConnection({
    host: server.host,
    port: server.port,
    secure: server.secure,
    // Never AUTH in the clear across a network: STARTTLS is required off loopback (RFC 3207).
    requireTLS: !server.secure && !isLoopback(server.host),
    tls: { ca: tlsCaList(getConfig().tlsCa), minVersion: "TLSv1.2" },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    // Postfix answers the final dot once the message is queued; a big message still needs time.
    socketTimeout: 120_000,
  });
}

/** `user` picks the server without logging in (a SIZE probe); null means the default one. */
export function smtpServerOf(user: string | null, options: SmtpOptions = {}): MailServer {
  if (options.server) return options.server;
  if (user) return mailServersFor(user).smtp;
  const { fallback, domains } = getConfig();
  const first = fallback ?? domains.values().next().value;
  if (!first) throw new Error("no SMTP server configured");
  return first.smtp;
}

/**
 * One step on the connection as a promise. nodemailer reports a failing connection (refused,
 * timed out, closed) as an 'error' or 'end' event, not through the step's callback.
 */
function step(
  connection: SMTPConnection,
  run: (done: (error?: Error | null) => void) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const onEnd = () =>
      reject(Object.assign(new Error("Connection closed"), { code: "ECONNECTION" }));
    const settle = (error?: Error | null) => {
      connection.off("error", reject);
      connection.off("end", onEnd);
      if (error) reject(error);
      else resolve();
    };
    connection.once("error", reject);
    connection.once("end", onEnd);
    run(settle);
  });
}

/**
 * Connects (TLS or STARTTLS, EHLO) and, with credentials, authenticates with the user's own
 * IMAP credentials: the submission server checks the same account. Throws a MailError; nothing
 * has been sent at this point, so every failure here is safe to retry.
 */
export async function openSmtpSession(
  credentials: ImapCredentials | null,
  options: SmtpOptions = {},
): Promise<SmtpSession> {
  const connection = createConnection(smtpServerOf(credentials?.user ?? null, options));
  // An 'error' event nobody listens to would crash the process (one may come after QUIT).
  connection.on("error", () => {});
  const close = () => {
    try {
      connection.quit();
    } catch {
      connection.close();
    }
  };
  try {
    await step(connection, (done) => connection.connect(done));
    if (credentials) {
      const auth = { user: credentials.user, pass: credentials.pass };
      await step(connection, (done) => connection.login(auth, done));
    }
  } catch (error) {
    connection.close();
    throw toSmtpError(error, { dataStarted: false });
  }
  const size = (connection as unknown as EhloState)._maxAllowedSize;
  return { connection, maxSize: size && size > 0 ? size : null, close };
}
