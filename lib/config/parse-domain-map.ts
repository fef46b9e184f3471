// TEGAMI_DOMAINS: which IMAP and SMTP servers each mail domain signs in to, so one Tegami serves
// several domains. Inline JSON, or the path of a JSON file:
//   {"example.com": {"imap": "imaps://mail.example.com", "smtp": "smtp://mail.example.com:587"}}
import { ConfigError, parseServerUrl, type MailServer } from "@/lib/config/parse-server-url";

/** The IMAP and SMTP servers of one mail domain. */
export interface DomainServers {
  imap: MailServer;
  smtp: MailServer;
}

const variable = "TEGAMI_DOMAINS";
const example =
  '{"example.com": {"imap": "imaps://mail.example.com", "smtp": "smtp://mail.example.com:587"}}';
// An ASCII (punycode) domain name: labels of letters, digits and inner hyphens.
const domainName =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function readSource(value: string, readFile: (path: string) => string): string {
  if (value.startsWith("{")) return value;
  try {
    return readFile(value);
  } catch (error) {
    throw new ConfigError(variable, `cannot read ${value} (${(error as Error).message})`);
  }
}

export function parseDomainMap(
  value: string,
  readFile: (path: string) => string,
): Map<string, DomainServers> {
  const trimmed = value.trim();
  const source = readSource(trimmed, readFile);
  const from = trimmed.startsWith("{") ? "" : ` (in ${trimmed})`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new ConfigError(
      variable,
      `is not valid JSON${from}: ${(error as Error).message}. Expected e.g. ${example}`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(variable, `must be a JSON object of domains${from}, e.g. ${example}`);
  }
  const domains = new Map<string, DomainServers>();
  for (const [key, entry] of Object.entries(parsed)) {
    const domain = key.trim().toLowerCase().replace(/\.$/, "");
    if (!domainName.test(domain)) {
      throw new ConfigError(
        variable,
        `"${key}" is not a mail domain${from} (use the ASCII form, e.g. xn--wgv71a.jp)`,
      );
    }
    if (domains.has(domain)) throw new ConfigError(variable, `"${domain}" is named twice${from}`);
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new ConfigError(
        variable,
        `"${key}" must map to {"imap": "…", "smtp": "…"}${from}, e.g. ${example}`,
      );
    }
    const urls = entry as Record<string, unknown>;
    const unknown = Object.keys(urls).filter((name) => name !== "imap" && name !== "smtp");
    if (unknown.length > 0) {
      throw new ConfigError(
        variable,
        `"${key}" has ${unknown.map((n) => `"${n}"`).join(", ")}: only "imap" and "smtp" are read${from}`,
      );
    }
    const url = (kind: "imap" | "smtp") => {
      const text = urls[kind];
      return parseServerUrl(
        variable,
        typeof text === "string" ? text : undefined,
        kind,
        `"${key}".${kind}${from} `,
      );
    };
    domains.set(domain, { imap: url("imap"), smtp: url("smtp") });
  }
  if (domains.size === 0)
    throw new ConfigError(variable, `names no domain${from}, e.g. ${example}`);
  return domains;
}
