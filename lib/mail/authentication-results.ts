// What the receiving server found when it checked where a message came from (RFC 8601
// Authentication-Results: SPF, DKIM, DMARC), reduced to what a reader can act on.
//
// Anyone can write an Authentication-Results header into a message they send. RFC 8601 §5
// says a reader may only believe the ones its own server added, named by their authserv-id.
// So a "pass" is shown only from a trusted authserv-id (TEGAMI_AUTHSERV_ID). A failure is
// shown from the topmost header whatever its id: a forged failure only hurts its forger.
// Client-safe: pure functions over header text.

export type AuthMethod = "spf" | "dkim" | "dmarc";
export type AuthVerdict = "pass" | "fail" | "neutral";

export interface AuthCheck {
  method: AuthMethod;
  verdict: AuthVerdict;
  /** The raw result keyword (pass, fail, softfail, none, temperror, …). */
  result: string;
  /** The domain the check was about (header.d, header.from, smtp.mailfrom), if given. */
  domain: string | null;
}

export interface AuthenticationSummary {
  /** Whose header this is (its authserv-id), and whether Tegami was told to trust it. */
  authservId: string;
  trusted: boolean;
  checks: AuthCheck[];
}

const methods = new Set<string>(["spf", "dkim", "dmarc"]);
const failing = new Set(["fail", "softfail", "permerror"]);

/** Removes RFC 5322 comments "(…)", which may nest, outside quoted strings. */
function stripComments(value: string): string {
  let depth = 0;
  let quoted = false;
  let out = "";
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    if (char === "\\" && (quoted || depth > 0)) {
      if (depth === 0) out += char + (value[i + 1] ?? "");
      i += 1;
    } else if (char === '"' && depth === 0) {
      quoted = !quoted;
      out += char;
    } else if (char === "(" && !quoted) depth += 1;
    else if (char === ")" && !quoted && depth > 0) depth -= 1;
    else if (depth === 0) out += char;
  }
  return out;
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function domainOf(properties: Map<string, string>, method: AuthMethod): string | null {
  const keys =
    method === "spf"
      ? ["smtp.mailfrom", "smtp.helo"]
      : method === "dkim"
        ? ["header.d", "header.i"]
        : ["header.from"];
  for (const key of keys) {
    const value = properties.get(key)?.replace(/^"|"$/g, "");
    if (value) return value.includes("@") ? value.slice(value.lastIndexOf("@") + 1) : value;
  }
  return null;
}

function parseResinfo(text: string): AuthCheck | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const head = /^([a-z0-9-]+)(?:\/\d+)?=([a-z]+)$/i.exec(words[0] ?? "");
  if (!head) return null;
  const method = head[1]!.toLowerCase();
  if (!methods.has(method)) return null;
  const result = head[2]!.toLowerCase();
  const properties = new Map<string, string>();
  for (const word of words.slice(1)) {
    const eq = word.indexOf("=");
    if (eq > 0) properties.set(word.slice(0, eq).toLowerCase(), word.slice(eq + 1));
  }
  const verdict: AuthVerdict =
    result === "pass" ? "pass" : failing.has(result) ? "fail" : "neutral";
  return {
    method: method as AuthMethod,
    verdict,
    result,
    domain: domainOf(properties, method as AuthMethod),
  };
}

/** One header's value (unfolded or not) → its authserv-id and SPF/DKIM/DMARC results. */
export function parseAuthenticationResults(
  value: string,
): { authservId: string; checks: AuthCheck[] } | null {
  const [first = "", ...resinfos] = splitOutsideQuotes(
    stripComments(value.replace(/\r?\n[ \t]+/g, " ")),
    ";",
  );
  const authservId = first.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!authservId) return null;
  const checks = resinfos.map(parseResinfo).filter((check): check is AuthCheck => check !== null);
  return { authservId, checks };
}

/** The Authentication-Results header values in a raw header block, topmost first. */
export function authenticationResultsHeaders(rawHeaders: string): string[] {
  const unfolded = rawHeaders.replace(/\r?\n[ \t]+/g, " ");
  return [...unfolded.matchAll(/^authentication-results:[ \t]*(.*)$/gim)].map((m) => m[1] ?? "");
}

/**
 * What to show for a message: the newest header from a trusted server when there is one
 * (passes and failures), otherwise only the failures of the topmost header; null when there
 * is nothing worth a line.
 */
export function summarizeAuthentication(
  rawHeaders: string,
  trustedIds: readonly string[],
): AuthenticationSummary | null {
  const parsed = authenticationResultsHeaders(rawHeaders)
    .map(parseAuthenticationResults)
    .filter((header) => header !== null);
  const trusted = parsed.find((header) => trustedIds.includes(header.authservId));
  if (trusted && trusted.checks.length > 0) return { ...trusted, trusted: true };
  const topmost = parsed[0];
  const failures = topmost?.checks.filter((check) => check.verdict === "fail") ?? [];
  if (!topmost || failures.length === 0) return null;
  return { authservId: topmost.authservId, trusted: false, checks: failures };
}
