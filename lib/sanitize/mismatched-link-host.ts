import "server-only";
// Phishing help: a link whose visible text is itself an address ("https://bank.example/login",
// "www.bank.example", "bank.example") but whose href goes to another host.

// Invisible characters a sender can put inside the text to defeat a comparison.
const invisible = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

// "report.pdf" as link text names a file, not a host.
const fileExtensions = new Set(
  "pdf doc docx xls xlsx ppt pptx txt csv htm html jpg jpeg png gif webp ics eml".split(" "),
);

const withoutWww = (host: string) => host.replace(/^www\./, "");

/** The host the link text claims, or null when the text does not read as an address. */
export function linkTextHost(text: string): string | null {
  const claim = text
    .replace(invisible, "")
    .trim()
    .replace(/^[(<["']+|[)>\]"'.,;:!?]+$/g, "");
  // Prose ("our bank.example page") or an e-mail address is not an address claim.
  if (!claim || /\s/.test(claim)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(claim)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") return null;
  if (scheme === undefined && claim.includes("@")) return null;
  let host: string;
  try {
    host = new URL(scheme ? claim : `http://${claim}`).hostname;
  } catch {
    return null;
  }
  if (scheme) return host || null;
  const labels = host.split(".");
  const tld = labels.at(-1) ?? "";
  // A bare claim needs a real-looking domain: "v1.2" and "3.5" are not hosts.
  if (labels.length < 2 || !/^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(tld)) return null;
  if (fileExtensions.has(tld) && !host.startsWith("www.")) return null;
  return host;
}

/**
 * The href's real host when the link text claims a different one (hosts compared as the URL
 * parser normalizes them, punycode included, ignoring a leading "www."), else null.
 */
export function mismatchedLinkHost(text: string, href: string): string | null {
  const claimed = linkTextHost(text);
  if (claimed === null) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const real = url.hostname;
  return withoutWww(claimed) === withoutWww(real) ? null : real;
}
