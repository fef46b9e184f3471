// The raster image types the image proxy passes on: formats a browser only decodes, never
// runs. SVG is left out on purpose (it can carry script and links).
import "server-only";

export type RasterImageType =
  | "image/png"
  | "image/jpeg"
  | "image/gif"
  | "image/webp"
  | "image/avif"
  | "image/bmp"
  | "image/x-icon";

// Declared media types, including the aliases servers use in the wild.
const declaredTypes: Record<string, RasterImageType> = {
  "image/png": "image/png",
  "image/x-png": "image/png",
  "image/apng": "image/png",
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/gif": "image/gif",
  "image/webp": "image/webp",
  "image/avif": "image/avif",
  "image/bmp": "image/bmp",
  "image/x-bmp": "image/bmp",
  "image/x-ms-bmp": "image/bmp",
  "image/x-icon": "image/x-icon",
  "image/vnd.microsoft.icon": "image/x-icon",
};

/** The raster type a Content-Type header declares, or null for anything else. */
export function declaredRasterImageType(contentType: string | undefined): RasterImageType | null {
  const essence = contentType?.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  return Object.hasOwn(declaredTypes, essence) ? (declaredTypes[essence] ?? null) : null;
}

function startsWith(bytes: Buffer, magic: string | number[], at = 0): boolean {
  const expected = typeof magic === "string" ? Buffer.from(magic, "latin1") : Buffer.from(magic);
  return bytes.subarray(at, at + expected.length).equals(expected);
}

/** ISO BMFF `ftyp` box whose major or a compatible brand is AVIF (still or sequence). */
function isAvif(bytes: Buffer): boolean {
  if (!startsWith(bytes, "ftyp", 4)) return false;
  const end = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  // the major brand at 8, a minor version, then compatible brands from 16
  for (let at = 8; at + 4 <= end; at += at === 8 ? 8 : 4) {
    if (startsWith(bytes, "avif", at) || startsWith(bytes, "avis", at)) return true;
  }
  return false;
}

/** BITMAPFILEHEADER "BM" followed by a DIB header of a size Windows defines. */
function isBmp(bytes: Buffer): boolean {
  return (
    startsWith(bytes, "BM") &&
    bytes.length >= 18 &&
    [12, 40, 52, 56, 64, 108, 124].includes(bytes.readUInt32LE(14))
  );
}

/** ICONDIR: reserved 0, type 1 (an icon, not a cursor), at least one image. */
function isIcon(bytes: Buffer): boolean {
  return startsWith(bytes, [0, 0, 1, 0]) && bytes.length >= 6 && bytes.readUInt16LE(4) > 0;
}

/** The raster type the bytes really are, by their signature, or null. */
export function sniffRasterImageType(data: Uint8Array): RasterImageType | null {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) return "image/gif";
  if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8)) return "image/webp";
  if (isAvif(bytes)) return "image/avif";
  if (isBmp(bytes)) return "image/bmp";
  if (isIcon(bytes)) return "image/x-icon";
  return null;
}
