// Plain text as an HTML fragment for the rich-text composer: escaped, one <br> per line break,
// quoted lines ("> ") as nested blockquotes. Client-safe.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function depthOf(line: string): { depth: number; rest: string } {
  const match = /^((?:> ?)+)/.exec(line);
  if (!match?.[1]) return { depth: 0, rest: line };
  return { depth: (match[1].match(/>/g) ?? []).length, rest: line.slice(match[1].length) };
}

/** `text` as a <div>, lines kept, "> " quotes as <blockquote type="cite"> (RFC 3676 §4.5). */
export function textToHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let html = "";
  let depth = 0;
  let lineOpen = false;
  let lastEmpty = false;
  for (const line of lines) {
    const { depth: next, rest } = depthOf(line);
    if (next !== depth) {
      // A <br> right before a block ends the line but shows no empty one: it needs a second.
      if (lastEmpty) html += "<br>";
      lineOpen = false;
    }
    while (depth < next) {
      html += '<blockquote type="cite">';
      depth += 1;
    }
    while (depth > next) {
      html += "</blockquote>";
      depth -= 1;
    }
    if (lineOpen) html += "<br>";
    html += escapeHtml(rest);
    lineOpen = true;
    lastEmpty = rest === "";
  }
  html += "</blockquote>".repeat(depth);
  return `<div>${html}</div>`;
}
