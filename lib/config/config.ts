import "server-only";
import { readFileSync } from "node:fs";
import { parseConfig, type Config } from "@/lib/config/parse-config";

let cached: Config | null = null;

/** The configuration, parsed and validated on first use; a wrong value throws a ConfigError. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env, (path) => readFileSync(path, "utf8"));
  return cached;
}
