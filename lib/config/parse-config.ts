// Parses Tegami's environment once into a typed configuration. Pure (no I/O besides the
// optional CA file read through the injected reader), so it is unit-tested without a server.
import { z } from "zod";

export interface MailServer {
  protocol: "imap" | "imaps" | "smtp" | "smtps";
  host: string;
  port: number;
  /** Implicit TLS from the first byte (imaps://, smtps://). */
  secure: boolean;
}

export interface Config {
  imap: MailServer;
  smtp: MailServer;
  /** Extra CA certificates (PEM) trusted for IMAP and SMTP besides the system ones. */
  tlsCa: string | null;
  authSecret: string;
  port: number;
  publicUrl: URL | null;
  /** Whether Tegami APPENDs sent mail to \Sent: `auto` skips servers known to do it themselves. */
  saveSent: "auto" | "always" | "never";
  /**
   * Reverse proxies in front of Tegami that append to X-Forwarded-For (TEGAMI_TRUSTED_PROXIES,
   * default 1): the client address is the entry this many places from the right.
   */
  trustedProxies: number;
  /**
   * `host:port` pairs the image proxy may fetch from although they are private or loopback
   * addresses (TEGAMI_IMAGE_PROXY_ALLOW, comma-separated): an intranet image server.
   */
  imageProxyAllow: string[];
  /**
   * The authserv-ids of the mail servers whose Authentication-Results headers are believed
   * (TEGAMI_AUTHSERV_ID, comma-separated): the receiving server's own name in those headers.
   */
  authservIds: string[];
  /**
   * REDIS_URL: the Redis that several Tegami processes share (one live watcher per user, live
   * events, sign-in limits); null runs everything inside this process.
   */
  redisUrl: string | null;
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

function parseServerUrl(variable: string, value: string | undefined, kind: "imap" | "smtp") {
  if (!value) throw new ConfigError(variable, `is required (e.g. ${kind}s://mail.example.com)`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, `"${value}" is not a URL (e.g. ${kind}s://mail.example.com)`);
  }
  const protocol = url.protocol.replace(/:$/, "");
  if (protocol !== kind && protocol !== `${kind}s`) {
    throw new ConfigError(
      variable,
      `must start with ${kind}:// or ${kind}s://, not ${url.protocol}//`,
    );
  }
  if (!url.hostname) throw new ConfigError(variable, "has no host name");
  if (url.username || url.password) {
    throw new ConfigError(
      variable,
      "must not contain credentials: every user signs in with their own",
    );
  }
  const scheme = protocol as MailServer["protocol"];
  const port = url.port ? Number(url.port) : defaultPorts[scheme];
  // URL keeps IPv6 hosts bracketed; sockets want them bare.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return { protocol: scheme, host, port, secure: scheme.endsWith("s") } satisfies MailServer;
}

function parseRedisUrl(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigError("REDIS_URL", `"${value}" is not a URL (e.g. redis://127.0.0.1:6379)`);
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") {
    throw new ConfigError(
      "REDIS_URL",
      `must start with redis:// or rediss://, not ${url.protocol}//`,
    );
  }
  if (!url.hostname) throw new ConfigError("REDIS_URL", "has no host name");
  const db = url.pathname.replace(/^\//, "");
  if (db && !/^\d{1,2}$/.test(db)) {
    throw new ConfigError(
      "REDIS_URL",
      `"/${db}" is not a database number (e.g. redis://host:6379/0)`,
    );
  }
  return url.toString();
}

const portSchema = z.coerce.number().int().min(1).max(65535);

export type ReadFile = (path: string) => string;

export function parseConfig(env: Record<string, string | undefined>, readFile: ReadFile): Config {
  const imap = parseServerUrl("IMAP_URL", env.IMAP_URL, "imap");
  const smtp = parseServerUrl("SMTP_URL", env.SMTP_URL, "smtp");

  let tlsCa: string | null = null;
  if (env.MAIL_TLS_CA) {
    try {
      tlsCa = readFile(env.MAIL_TLS_CA);
    } catch (error) {
      throw new ConfigError(
        "MAIL_TLS_CA",
        `cannot read ${env.MAIL_TLS_CA} (${(error as Error).message})`,
      );
    }
    if (!tlsCa.includes("-----BEGIN CERTIFICATE-----")) {
      throw new ConfigError("MAIL_TLS_CA", `${env.MAIL_TLS_CA} holds no PEM certificate`);
    }
  }

  const authSecret = env.AUTH_SECRET ?? "";
  if (authSecret.length < 32) {
    throw new ConfigError(
      "AUTH_SECRET",
      authSecret
        ? "is too short: use 32 or more random bytes (openssl rand -base64 32)"
        : "is required: set it to 32 or more random bytes (openssl rand -base64 32)",
    );
  }

  const port = portSchema.safeParse(env.PORT ?? "3000");
  if (!port.success) throw new ConfigError("PORT", `"${env.PORT}" is not a port number (1-65535)`);

  let publicUrl: URL | null = null;
  if (env.PUBLIC_URL) {
    try {
      publicUrl = new URL(env.PUBLIC_URL);
    } catch {
      throw new ConfigError(
        "PUBLIC_URL",
        `"${env.PUBLIC_URL}" is not a URL (e.g. https://mail.example.com)`,
      );
    }
    if (publicUrl.protocol !== "https:" && publicUrl.protocol !== "http:") {
      throw new ConfigError("PUBLIC_URL", "must be an http:// or https:// URL");
    }
  }

  const saveSent = env.TEGAMI_SAVE_SENT?.trim().toLowerCase() || "auto";
  if (saveSent !== "auto" && saveSent !== "always" && saveSent !== "never") {
    throw new ConfigError(
      "TEGAMI_SAVE_SENT",
      `"${env.TEGAMI_SAVE_SENT}" is not auto, always or never`,
    );
  }

  const trustedProxies = z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .safeParse(env.TEGAMI_TRUSTED_PROXIES?.trim() || "1");
  if (!trustedProxies.success) {
    throw new ConfigError(
      "TEGAMI_TRUSTED_PROXIES",
      `"${env.TEGAMI_TRUSTED_PROXIES}" is not a number of proxies (0-10)`,
    );
  }

  const imageProxyAllow = (env.TEGAMI_IMAGE_PROXY_ALLOW ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of imageProxyAllow) {
    if (!/^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(entry)) {
      throw new ConfigError(
        "TEGAMI_IMAGE_PROXY_ALLOW",
        `"${entry}" is not a host:port pair (e.g. intranet.example.com:443)`,
      );
    }
  }

  const authservIds = (env.TEGAMI_AUTHSERV_ID ?? "")
    .split(",")
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);

  const redisUrl = parseRedisUrl(env.REDIS_URL);

  return {
    imap,
    smtp,
    tlsCa,
    authSecret,
    port: port.data,
    publicUrl,
    saveSent,
    trustedProxies: trustedProxies.data,
    imageProxyAllow,
    authservIds,
    redisUrl,
  };
}
