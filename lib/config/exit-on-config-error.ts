import "server-only";
import { getConfig } from "@/lib/config/config";
import { ConfigError } from "@/lib/config/parse-server-url";

/** Validates the configuration at start-up; a wrong value ends the process with its reason. */
export function exitOnConfigError(): void {
  try {
    getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Tegami cannot start: ${error.message}`);
    process.exit(1);
  }
}
