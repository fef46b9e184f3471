import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { UploadResult } from "@/lib/api/compose-contract";
import { MailError } from "@/lib/mail/mail-error";

// Attachments wait here between upload and send: one directory per user (named by a hash, so
// an upload id is only found by the user who made it), one file per upload plus its metadata.
// Files go after 24 hours (swept on every upload) or once the message is sent.

export const uploadTtlMs = 24 * 60 * 60 * 1000;
const idPattern = /^[A-Za-z0-9_-]{16,64}$/;

interface StoredMeta {
  filename: string;
  contentType: string;
  size: number;
  created: number;
}

export interface StoredUpload extends UploadResult {
  /** Opens the file for reading (the builder reads it once, when it reaches the part). */
  open: () => Promise<Readable>;
}

function storeRoot(): string {
  return process.env.TEGAMI_UPLOAD_DIR || join(tmpdir(), "tegami-uploads");
}

function userDir(user: string): string {
  return join(storeRoot(), createHash("sha256").update(user.toLowerCase()).digest("hex"));
}

/** Deletes every upload older than the TTL, of every user. */
export async function sweepUploads(now = Date.now()): Promise<void> {
  // turbopackIgnore: a runtime folder, not a source one; else the whole project is traced.
  const users = await readdir(/* turbopackIgnore: true */ storeRoot()).catch(() => [] as string[]);
  for (const user of users) {
    const dir = join(storeRoot(), user);
    for (const name of await readdir(/* turbopackIgnore: true */ dir).catch(() => [] as string[])) {
      const file = join(dir, name);
      const info = await stat(file).catch(() => null);
      if (info && now - info.mtimeMs > uploadTtlMs) await rm(file, { force: true });
    }
  }
}

/**
 * Streams `body` to disk, counting bytes: past `limit` the upload stops with TOO_LARGE (413)
 * and the partial file is removed. Nothing is held in memory beyond one chunk.
 */
export async function saveUpload(
  user: string,
  body: AsyncIterable<Uint8Array>,
  meta: { filename: string; contentType: string; limit: number },
): Promise<UploadResult> {
  void sweepUploads().catch(() => {});
  const dir = userDir(user);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const id = randomBytes(24).toString("base64url");
  const partial = join(dir, `${id}.part`);
  const file = await open(partial, "wx", 0o600);
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > meta.limit) {
        throw new MailError(
          "TOO_LARGE",
          `The file is larger than the ${Math.floor(meta.limit / 1048576)} MB the mail server accepts.`,
        );
      }
      await file.write(chunk);
    }
  } catch (error) {
    await file.close();
    await rm(partial, { force: true });
    throw error;
  }
  await file.close();
  const stored: StoredMeta = {
    filename: meta.filename,
    contentType: meta.contentType,
    size,
    created: Date.now(),
  };
  await writeFile(join(dir, `${id}.json`), JSON.stringify(stored), { mode: 0o600 });
  await rename(partial, join(dir, id));
  return { id, filename: meta.filename, contentType: meta.contentType, size };
}

/** The upload with this id, if this user made it and it has not expired; UPLOAD_NOT_FOUND otherwise. */
export async function findUpload(user: string, id: string): Promise<StoredUpload> {
  const missing = () =>
    new MailError(
      "UPLOAD_NOT_FOUND",
      "An attached file is no longer on the server (uploads are kept 24 hours). Attach it again.",
    );
  if (!idPattern.test(id)) throw missing();
  const dir = userDir(user);
  const path = join(dir, id);
  const meta = await readFile(join(dir, `${id}.json`), "utf8")
    .then((text) => JSON.parse(text) as StoredMeta)
    .catch(() => null);
  if (!meta || Date.now() - meta.created > uploadTtlMs || !(await stat(path).catch(() => null)))
    throw missing();
  return {
    id,
    filename: meta.filename,
    contentType: meta.contentType,
    size: meta.size,
    open: async () => createReadStream(path),
  };
}

/** Removes uploads once their message is sent. */
export async function removeUploads(user: string, ids: string[]): Promise<void> {
  const dir = userDir(user);
  await Promise.all(
    ids
      .filter((id) => idPattern.test(id))
      .flatMap((id) => [
        rm(join(dir, id), { force: true }),
        rm(join(dir, `${id}.json`), { force: true }),
      ]),
  );
}
