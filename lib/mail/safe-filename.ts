// A sender-chosen filename made harmless to show and to save: it cannot name a directory, hide
// its real extension behind bidi controls ("invoice‮fdp.exe"), or become a dotfile.

const maxLength = 200;
// Extensions longer than this are more likely part of the name than a type ("notes.final-draft").
const maxExtensionLength = 16;

// C0 and C1 controls and DEL.
const controls = /[\u0000-\u001f\u007f-\u009f]/g;
// Explicit bidi embeddings, overrides and isolates (LRE..RLO, LRI..PDI), the LRM/RLM/ALM marks.
const bidiControls = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

function truncateKeepingExtension(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= maxLength) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot) : "";
  const keep = Array.from(extension).length <= maxExtensionLength ? extension : "";
  const stem = Array.from(keep ? name.slice(0, dot) : name);
  return (
    stem
      .slice(0, maxLength - Array.from(keep).length)
      .join("")
      .trimEnd() + keep
  );
}

/** The last path component of `name`, cleaned; `fallback` when nothing usable is left. */
export function safeFilename(name: string | null | undefined, fallback: string): string {
  if (!name) return fallback;
  const base = name.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    // macOS mailers send decomposed (NFD) names; compose them so "が" is one character.
    .normalize("NFC")
    .replace(controls, "")
    .replace(bidiControls, "")
    .trim()
    .replace(/^[.\s]+/, "");
  const result = truncateKeepingExtension(cleaned);
  return result ? result : fallback;
}
