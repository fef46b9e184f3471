import { ConfigError } from "@/lib/config/parse-server-url";

/** REDIS_URL: redis:// or rediss://, with an optional database number; unset is null. */
export function parseRedisUrl(value: string | undefined): string | null {
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
