import { domainToASCII } from "node:url";
import type { Config } from "@/lib/config/parse-config";
import type { DomainServers } from "@/lib/config/parse-domain-map";

/**
 * The servers an address signs in to: its domain's entry in TEGAMI_DOMAINS, else IMAP_URL and
 * SMTP_URL; null when neither serves it. Pure.
 */
export function serversForAddress(
  config: Pick<Config, "domains" | "fallback">,
  address: string,
): DomainServers | null {
  const at = address.lastIndexOf("@");
  // domainToASCII: an address typed with a Unicode domain finds its punycode entry.
  const domain =
    at < 0
      ? ""
      : domainToASCII(
          address
            .slice(at + 1)
            .trim()
            .replace(/\.$/, ""),
        );
  return (domain && config.domains.get(domain)) || config.fallback;
}
