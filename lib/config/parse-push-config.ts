// The push-notification part of the configuration (issue #7): where Tegami keeps its small
// embedded store, its own VAPID key pair when the operator sets one, and which push services may
// be reached without TLS. Pure, so it is unit-tested with the rest of parseConfig.
import { ConfigError } from "@/lib/config/parse-server-url";

export interface VapidKeys {
  /** The uncompressed P-256 point (65 bytes), base64url: the browser's applicationServerKey. */
  publicKey: string;
  /** The private scalar (32 bytes), base64url. */
  privateKey: string;
}

export interface PushConfig {
  /** TEGAMI_DATA_DIR: the directory of the embedded store (VAPID keys, push subscriptions). */
  dataDir: string;
  /** TEGAMI_VAPID_PUBLIC_KEY + TEGAMI_VAPID_PRIVATE_KEY; null: generated on first start, kept. */
  vapid: VapidKeys | null;
  /** TEGAMI_VAPID_SUBJECT: how a push service reaches the operator (RFC 8292 §2.1). */
  subject: string;
  /** TEGAMI_PUSH_ALLOW: `host:port` push services reachable over plain http (a test service). */
  allowHttp: string[];
}

const base64url = /^[A-Za-z0-9_-]+$/;

function keyBytes(variable: string, value: string, length: number): Buffer {
  const bytes = base64url.test(value) ? Buffer.from(value, "base64url") : Buffer.alloc(0);
  if (bytes.length !== length) {
    throw new ConfigError(
      variable,
      `is not a base64url key of ${length} bytes (see docs/configuration.md)`,
    );
  }
  return bytes;
}

function parseVapid(env: Record<string, string | undefined>): VapidKeys | null {
  const publicKey = env.TEGAMI_VAPID_PUBLIC_KEY?.trim() ?? "";
  const privateKey = env.TEGAMI_VAPID_PRIVATE_KEY?.trim() ?? "";
  if (!publicKey && !privateKey) return null;
  if (!publicKey)
    throw new ConfigError("TEGAMI_VAPID_PUBLIC_KEY", "is required with TEGAMI_VAPID_PRIVATE_KEY");
  if (!privateKey)
    throw new ConfigError("TEGAMI_VAPID_PRIVATE_KEY", "is required with TEGAMI_VAPID_PUBLIC_KEY");
  // An uncompressed point starts with 0x04 (SEC 1 §2.3.3), the form RFC 8292 §3.2 asks for.
  if (keyBytes("TEGAMI_VAPID_PUBLIC_KEY", publicKey, 65)[0] !== 4) {
    throw new ConfigError(
      "TEGAMI_VAPID_PUBLIC_KEY",
      "is not an uncompressed P-256 point (it must start with 0x04)",
    );
  }
  keyBytes("TEGAMI_VAPID_PRIVATE_KEY", privateKey, 32);
  return { publicKey, privateKey };
}

function parseSubject(value: string | undefined, publicUrl: URL | null): string {
  const subject = value?.trim();
  if (!subject)
    return publicUrl?.protocol === "https:" ? publicUrl.origin : "mailto:postmaster@localhost";
  if (!/^mailto:[^\s@]+@[^\s@]+$/.test(subject) && !/^https:\/\/\S+$/.test(subject)) {
    throw new ConfigError(
      "TEGAMI_VAPID_SUBJECT",
      `"${subject}" is neither a mailto: nor an https: URL`,
    );
  }
  return subject;
}

export function parsePushConfig(
  env: Record<string, string | undefined>,
  publicUrl: URL | null,
): PushConfig {
  const allowHttp = (env.TEGAMI_PUSH_ALLOW ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of allowHttp) {
    if (!/^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(entry)) {
      throw new ConfigError(
        "TEGAMI_PUSH_ALLOW",
        `"${entry}" is not a host:port pair (e.g. 127.0.0.1:8080)`,
      );
    }
  }
  return {
    dataDir: env.TEGAMI_DATA_DIR?.trim() || ".tegami-data",
    vapid: parseVapid(env),
    subject: parseSubject(env.TEGAMI_VAPID_SUBJECT, publicUrl),
    allowHttp,
  };
}
