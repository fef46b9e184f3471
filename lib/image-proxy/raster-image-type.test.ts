import { describe, expect, it } from "vitest";
import { declaredRasterImageType, sniffRasterImageType } from "@/lib/image-proxy/raster-image-type";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => Buffer.from(part as string)));

// The first bytes of real files of each type, enough for their signatures.
const samples = {
  "image/png": bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR"),
  "image/jpeg": bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"),
  "image/gif": bytes("GIF89a", [1, 0, 1, 0]),
  "image/webp": bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "),
  "image/avif": bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "avifmif1miaf"),
  "image/bmp": bytes("BM", [0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0], [40, 0, 0, 0]),
  "image/x-icon": bytes([0, 0, 1, 0, 1, 0, 16, 16]),
} as const;

describe("sniffRasterImageType", () => {
  it.each(Object.entries(samples))("recognizes %s", (type, sample) => {
    expect(sniffRasterImageType(sample)).toBe(type);
  });

  it("recognizes AVIF listed as a compatible brand only", () => {
    const avif = bytes([0, 0, 0, 0x20], "ftypmif1", [0, 0, 0, 0], "mif1miafavifMA1B");
    expect(sniffRasterImageType(avif)).toBe("image/avif");
  });

  it("recognizes an image inside a larger buffer", () => {
    const pool = Buffer.concat([Buffer.from("junk"), samples["image/png"]]);
    expect(sniffRasterImageType(pool.subarray(4))).toBe("image/png");
  });

  it.each([
    ["empty", Buffer.alloc(0)],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["SVG with an XML declaration", bytes('<?xml version="1.0"?><svg/>')],
    ["HTML", bytes("<!doctype html><script>alert(1)</script>")],
    ["a truncated PNG signature", bytes([0x89, 0x50, 0x4e, 0x47])],
    ["GIF without a version", bytes("GIF8")],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt ")],
    [
      "an ISO BMFF that is not AVIF (MP4)",
      bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 0, 0], "isomiso2"),
    ],
    ["HEIC", bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic")],
    ["text starting with BM", bytes("BM is a text file, not a bitmap")],
    ["a cursor", bytes([0, 0, 2, 0, 1, 0])],
    ["an icon directory with no image", bytes([0, 0, 1, 0, 0, 0])],
    ["a PDF", bytes("%PDF-1.7")],
    ["gzip", bytes([0x1f, 0x8b, 8, 0])],
  ])("refuses %s", (_what, sample) => {
    expect(sniffRasterImageType(sample)).toBeNull();
  });
});

describe("declaredRasterImageType", () => {
  it.each([
    ["image/png", "image/png"],
    ["IMAGE/PNG; charset=binary", "image/png"],
    ["image/jpg", "image/jpeg"],
    ["image/pjpeg", "image/jpeg"],
    [" image/webp ", "image/webp"],
    ["image/vnd.microsoft.icon", "image/x-icon"],
    ["image/x-ms-bmp", "image/bmp"],
    ["image/avif", "image/avif"],
  ])("reads %j as %s", (header, type) => {
    expect(declaredRasterImageType(header)).toBe(type);
  });

  it.each([
    undefined,
    "",
    "image/svg+xml",
    "image/svg",
    "text/html",
    "application/octet-stream",
    "image/*",
    "image/tiff",
    "image/heic",
    "toString",
    "constructor",
  ])("refuses %j", (header) => {
    expect(declaredRasterImageType(header)).toBeNull();
  });
});
