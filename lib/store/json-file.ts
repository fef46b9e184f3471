import "server-only";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// Tegami's small embedded store: JSON files in TEGAMI_DATA_DIR, readable by Tegami's user alone
// (directory 0700, files 0600), each replaced whole by a rename so a crash never leaves half.

/** The parsed file, or null when it does not exist yet. */
export async function readJsonFile(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Writes `value` to `file` atomically, creating the directory (0700) when needed. */
export async function writeJsonFile(
  file: string,
  value: unknown,
  { exclusive = false } = {},
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const text = `${JSON.stringify(value, null, 2)}\n`;
  // Exclusive: only the first of several processes starting at once creates it.
  if (exclusive) return writeFile(file, text, { mode: 0o600, flag: "wx" });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, file);
}
