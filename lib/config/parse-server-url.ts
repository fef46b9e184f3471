// One server URL of the configuration (IMAP_URL, SMTP_URL, an entry of TEGAMI_DOMAINS), and the
// error that names the variable a wrong value came from. Pure: unit-tested without a server.

export interface MailServer {
  protocol: "imap" | "imaps" | "smtp" | "smtps";
  host: string;
  port: number;
  /** Implicit TLS from the first byte (imaps://, smtps://). */
  secure: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = "ConfigError";
  }
}

const defaultPorts = { imap: 143, imaps: 993, smtp: 587, smtps: 465 } as const;

/** `where` prefixes the reason when the URL sits inside another variable (TEGAMI_DOMAINS). */
export function parseServerUrl(
  variable: string,
  value: string | undefined,
  kind: "imap" | "smtp",
  where = "",
): MailServer {
  const fail = (reason: string) => new ConfigError(variable, `${where}${reason}`);
  if (!value) throw fail(`is required (e.g. ${kind}s://mail.example.com)`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail(`"${value}" is not a URL (e.g. ${kind}s://mail.example.com)`);
  }
  const protocol = url.protocol.replace(/:$/, "");
  if (protocol !== kind && protocol !== `${kind}s`) {
    throw fail(`must start with ${kind}:// or ${kind}s://, not ${url.protocol}//`);
  }
  if (!url.hostname) throw fail("has no host name");
  if (url.username || url.password) {
    throw fail("must not contain credentials: every user signs in with their own");
  }
  const scheme = protocol as MailServer["protocol"];
  const port = url.port ? Number(url.port) : defaultPorts[scheme];
  // URL keeps IPv6 hosts bracketed; sockets want them bare.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return { protocol: scheme, host, port, secure: scheme.endsWith("s") } satisfies MailServer;
}
