import { mkdtempSync, readdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import {
  findUpload,
  removeUploads,
  saveUpload,
  sweepUploads,
  uploadTtlMs,
} from "@/lib/compose/upload-store";
import { MailError } from "@/lib/mail/mail-error";

const meta = { filename: "report.pdf", contentType: "application/pdf", limit: 1000 };
const chunks = (...sizes: number[]) => Readable.from(sizes.map((n) => Buffer.alloc(n, 7)));

async function read(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

const code = (error: unknown) => (error instanceof MailError ? error.code : error);

describe("the upload store", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "tegami-upload-unit-"));
    process.env.TEGAMI_UPLOAD_DIR = root;
  });

  it("stores a streamed file and gives it back to the same user only", async () => {
    const saved = await saveUpload("carol@example.test", chunks(300, 400), meta);
    expect(saved).toMatchObject({
      filename: "report.pdf",
      contentType: "application/pdf",
      size: 700,
    });
    expect(saved.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const found = await findUpload("Carol@Example.test", saved.id);
    expect((await read(await found.open())).equals(Buffer.alloc(700, 7))).toBe(true);
    expect(code(await findUpload("bob@example.test", saved.id).catch((e: unknown) => e))).toBe(
      "UPLOAD_NOT_FOUND",
    );
    expect(
      code(await findUpload("carol@example.test", "../../etc/passwd").catch((e: unknown) => e)),
    ).toBe("UPLOAD_NOT_FOUND");
  });

  it("stops past the limit with TOO_LARGE and leaves no file behind", async () => {
    const error = await saveUpload("carol@example.test", chunks(600, 600), meta).catch(
      (e: unknown) => e,
    );
    expect(code(error)).toBe("TOO_LARGE");
    expect((error as MailError).status).toBe(413);
    const [dir] = readdirSync(root);
    expect(readdirSync(join(root, dir ?? ""))).toEqual([]);
  });

  it("forgets uploads once sent, and sweeps those older than a day", async () => {
    const sent = await saveUpload("carol@example.test", chunks(10), meta);
    await removeUploads("carol@example.test", [sent.id]);
    expect(code(await findUpload("carol@example.test", sent.id).catch((e: unknown) => e))).toBe(
      "UPLOAD_NOT_FOUND",
    );

    const old = await saveUpload("carol@example.test", chunks(10), meta);
    const [dir] = readdirSync(root);
    const past = (Date.now() - uploadTtlMs - 60_000) / 1000;
    for (const name of readdirSync(join(root, dir ?? "")))
      utimesSync(join(root, dir ?? "", name), past, past);
    await sweepUploads();
    expect(readdirSync(join(root, dir ?? ""))).toEqual([]);
    expect(code(await findUpload("carol@example.test", old.id).catch((e: unknown) => e))).toBe(
      "UPLOAD_NOT_FOUND",
    );
  });
});
