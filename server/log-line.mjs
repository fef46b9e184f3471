// Tegami's structured log: one JSON object per line on stdout, shared by the HTTP server entry
// (server.mjs, plain Node) and the app (lib/log). Never a password, a cookie or message content:
// secret-looking fields are masked here, and callers log codes and paths, not bodies.

const secretField = /pass|secret|token|cookie|authorization|credential|session-?key/i;

/** Masks every field whose name suggests a secret, at any depth. */
export function redact(value, depth = 0) {
  if (depth > 5 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    out[key] = secretField.test(key) ? "[redacted]" : redact(field, depth + 1);
  }
  return out;
}

/** A request target without its query: search words, callback URLs and ids stay out of logs. */
export function pathOf(url) {
  const text = String(url ?? "");
  const end = text.search(/[?#]/);
  return (end < 0 ? text : text.slice(0, end)).slice(0, 512);
}

/** The line for one event: time, level and name first, then the (redacted) fields. */
export function formatLogLine(level, event, fields = {}, now = new Date()) {
  const line = { time: now.toISOString(), level, event, ...redact(fields) };
  return JSON.stringify(line, (_key, value) =>
    typeof value === "bigint" ? value.toString() : value,
  );
}

const levels = { info: 0, warn: 1, error: 2 };

/** Writes one line to stdout (a container's log collector reads it there), from TEGAMI_LOG_LEVEL up. */
export function writeLog(level, event, fields = {}) {
  const least = levels[process.env.TEGAMI_LOG_LEVEL] ?? levels.info;
  if (levels[level] < least) return;
  process.stdout.write(`${formatLogLine(level, event, fields)}\n`);
}
