// Reads what people type or paste into To/Cc/Bcc: `Name <a@b>`, bare addresses, quoted names
// holding commas, lists separated by commas or semicolons (Outlook), IDN domains. Client-safe
// (the WHATWG URL parser does the IDNA mapping in browsers and in Node alike), so the composer
// can mark invalid entries while the user types, and the server parses the same way again.

/** One recipient: Unicode for display, ASCII (punycode domain) for headers and SMTP. */
export interface ParsedAddress {
  name: string;
  /** As the user wrote it, the domain in Unicode ("taro@例え.jp"). */
  address: string;
  /** The domain as IDNA A-labels ("taro@xn--r8jz45g.jp"), RFC 5890: what SMTP and headers carry. */
  ascii: string;
}

export interface InvalidAddress {
  /** The entry as typed, so the UI can mark exactly that text. */
  raw: string;
  reason: "syntax" | "domain" | "too-long";
}

export interface AddressList {
  addresses: ParsedAddress[];
  invalid: InvalidAddress[];
}

// RFC 5322 §3.2.3 atext: what a dot-atom local part may hold without quoting.
const dotAtom = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$/;
const quotedLocal = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/;
const asciiLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const controls = /[\u0000-\u001f\u007f]/g;

/** Splits on `,` and `;` outside quotes, angle brackets and comments. */
function splitEntries(input: string): string[] {
  const entries: string[] = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i] ?? "";
    if (quoted && char === "\\") {
      current += char + (input[i + 1] ?? "");
      i += 1;
      continue;
    }
    if (char === '"' && !comment) quoted = !quoted;
    else if (!quoted && char === "(") comment += 1;
    else if (!quoted && char === ")" && comment) comment -= 1;
    else if (!quoted && !comment && char === "<") angle += 1;
    else if (!quoted && !comment && char === ">" && angle) angle -= 1;
    if ((char === "," || char === ";") && !quoted && !angle && !comment) {
      entries.push(current);
      current = "";
    } else current += char;
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter(Boolean);
}

/** The domain as ASCII (IDNA via the URL parser), or null when it is no usable host name. */
export function toAsciiDomain(domain: string): string | null {
  if (!domain || domain.length > 253 || /[\s/\\?#@:[\]%]/.test(domain)) return null;
  let host: string;
  try {
    host = new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
  const labels = host.replace(/\.$/, "").split(".");
  // A mail domain needs a dot and a non-numeric top-level label (no "localhost", no IPs).
  if (labels.length < 2 || /^\d+$/.test(labels.at(-1) ?? "")) return null;
  return labels.every((label) => asciiLabel.test(label)) ? labels.join(".") : null;
}

/** `addr-spec` (RFC 5322 §3.4.1) with an IDN domain allowed; ASCII local parts only (no SMTPUTF8). */
function parseAddrSpec(spec: string): Omit<ParsedAddress, "name"> | InvalidAddress["reason"] {
  const at = spec.lastIndexOf("@");
  if (at <= 0 || at === spec.length - 1) return "syntax";
  const local = spec.slice(0, at);
  const domain = spec.slice(at + 1).normalize("NFC");
  if (!dotAtom.test(local) && !quotedLocal.test(local)) return "syntax";
  const ascii = toAsciiDomain(domain);
  if (!ascii) return "domain";
  // RFC 5321 §4.5.3.1: 64 octets of local part, 254 of path.
  if (local.length > 64 || local.length + 1 + ascii.length > 254) return "too-long";
  const display = /^[\x20-\x7e]+$/.test(domain) ? domain.toLowerCase() : domain;
  return { address: `${local}@${display}`, ascii: `${local}@${ascii}` };
}

function unquoteName(name: string): string {
  const trimmed = name.trim();
  const inner =
    trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
      ? trimmed.slice(1, -1).replace(/\\(.)/g, "$1")
      : trimmed;
  return inner.replace(/\s+/g, " ").trim();
}

/** One entry: `Name <spec>`, `<spec>`, `spec`, `spec (Name)`, `mailto:spec`. */
function parseEntry(raw: string): ParsedAddress | InvalidAddress {
  const text = raw.replace(controls, " ").trim();
  let name = "";
  let spec = text;
  const angled = /^(.*)<([^<>]*)>$/s.exec(text);
  const commented = /^([^\s()<>"]+)\s*\((.*)\)$/s.exec(text);
  if (angled) {
    name = unquoteName(angled[1] ?? "");
    spec = (angled[2] ?? "").trim();
  } else if (commented) {
    spec = commented[1] ?? "";
    name = unquoteName(commented[2] ?? "");
  }
  spec = spec.replace(/^mailto:/i, "");
  const parsed = parseAddrSpec(spec);
  if (typeof parsed === "string") return { raw, reason: parsed };
  // A name that is the address again says nothing ("a@b <a@b>").
  if (name.toLowerCase() === parsed.address.toLowerCase()) name = "";
  return { name, ...parsed };
}

/**
 * Parses a To/Cc/Bcc field. Valid entries come back once each (compared without case, by their
 * ASCII form), invalid ones with the text the user typed. No CR or LF survives in any value.
 */
export function parseAddressList(input: string): AddressList {
  const result: AddressList = { addresses: [], invalid: [] };
  const seen = new Set<string>();
  for (const raw of splitEntries(input.replace(/\r\n?|\n/g, " "))) {
    const entry = parseEntry(raw);
    if ("reason" in entry) {
      result.invalid.push(entry);
      continue;
    }
    const key = entry.ascii.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.addresses.push(entry);
  }
  return result;
}
