// MIME building blocks for the seed generator. Every output is 7-bit and uses LF line ends
// (Maildir files are LF; the IMAP writer turns them into CRLF).
import zlib from "node:zlib";
import Encoding from "encoding-japanese";

// ---------------------------------------------------------------- reproducible PRNG
export function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (const c of s) {
    h ^= c.codePointAt(0);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(n, rng) {
  const b = Buffer.allocUnsafe(n);
  let i = 0;
  for (; i + 4 <= n; i += 4) b.writeUInt32LE((rng() * 4294967296) >>> 0, i);
  for (; i < n; i++) b[i] = (rng() * 256) | 0;
  return b;
}

// ---------------------------------------------------------------- encodings
export const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
export const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const b64lines = (buf) =>
  buf.toString("base64").replace(/.{76}/g, "$&\n").replace(/\n$/, "");

/** Quoted-printable (RFC 2045 §6.7) of bytes, soft line breaks before 76 chars. */
export function qp(buf) {
  let out = "";
  let line = "";
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (c === 10) {
      out += line + "\n";
      line = "";
      continue;
    }
    const literal =
      (c >= 33 && c <= 126 && c !== 61) || (c === 32 && i + 1 < buf.length && buf[i + 1] !== 10);
    const t = literal
      ? String.fromCharCode(c)
      : "=" + c.toString(16).toUpperCase().padStart(2, "0");
    if (line.length + t.length > 75) {
      out += line + "=\n";
      line = "";
    }
    line += t;
  }
  return out + line;
}

/** Bytes of `str` in charset UTF-8, ISO-2022-JP or Shift_JIS (iconv-lite cannot do ISO-2022-JP). */
export function encBytes(str, charset) {
  if (charset === "UTF-8") return Buffer.from(str, "utf8");
  const to = charset === "ISO-2022-JP" ? "JIS" : "SJIS";
  return Buffer.from(Encoding.convert(Encoding.stringToCode(str), { to, from: "UNICODE" }));
}

/**
 * RFC 2047 B-encoding in words of at most 8 characters, so every encoded-word stays under
 * 75 chars and each ISO-2022-JP word returns to ASCII on its own.
 */
export function encWord(str, charset = "UTF-8") {
  if (isAscii(str)) return str;
  const chars = [...str];
  const words = [];
  for (let i = 0; i < chars.length; i += 8) {
    const bytes = encBytes(chars.slice(i, i + 8).join(""), charset);
    words.push(`=?${charset}?B?${bytes.toString("base64")}?=`);
  }
  return words.join("\n ");
}

export const addr = (name, email, charset = "UTF-8") =>
  name ? `${isAscii(name) ? `"${name}"` : encWord(name, charset)} <${email}>` : `<${email}>`;

export const fmtDate = (d) => d.toUTCString().replace("GMT", "+0000");

// ---------------------------------------------------------------- parts
export const part = (headers, body) => headers.filter(Boolean).join("\n") + "\n\n" + body;

export function multipart(type, parts, boundary, extra = "") {
  return {
    ct: `multipart/${type}; boundary="${boundary}"${extra}`,
    body:
      "This is a multi-part message in MIME format.\n\n" +
      parts.map((p) => `--${boundary}\n${p}`).join("\n") +
      `\n--${boundary}--\n`,
  };
}

export function textPart(text) {
  if (isAscii(text.replace(/\n/g, " "))) {
    return part(
      ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"],
      text,
    );
  }
  return part(
    ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
    qp(Buffer.from(text, "utf8")),
  );
}

export const htmlPart = (html) =>
  part(
    ["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
    qp(Buffer.from(html, "utf8")),
  );

export const binPart = (type, name, buf, { inline = false, cid = null } = {}) =>
  part(
    [
      `Content-Type: ${type}; name="${name}"`,
      "Content-Transfer-Encoding: base64",
      cid ? `Content-ID: <${cid}>` : null,
      `Content-Disposition: ${inline ? "inline" : "attachment"}; filename="${name}"`,
    ],
    b64lines(buf),
  );

// ---------------------------------------------------------------- binary payloads
function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

const pngCache = new Map();
/** Deterministic small RGB gradient PNGs, 24 variants. */
export function png(variant) {
  const v = variant % 24;
  if (pngCache.has(v)) return pngCache.get(v);
  const r = mulberry32(1000 + v);
  const w = 32 + ((v * 37) % 200);
  const h = 24 + ((v * 53) % 120);
  const [c1, c2, c3] = [r() * 255, r() * 255, r() * 255];
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = (c1 + x * 2) & 255;
      raw[o + 1] = (c2 + y * 3) & 255;
      raw[o + 2] = (c3 + ((x ^ y) & 31)) & 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const out = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", zlib.deflateSync(raw)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
  pngCache.set(v, out);
  return out;
}

/** A small valid-looking PDF: one text page plus a stream of `pad` bytes. */
export function pdf(title, pad) {
  const text = `BT /F1 18 Tf 72 720 Td (${title.replace(/[()\\]/g, "")}) Tj ET`;
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offs = [];
  objs.forEach((o, i) => {
    offs.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  offs.push(body.length);
  const padHead = `6 0 obj\n<< /Length ${pad.length} >>\nstream\n`;
  const xref = offs.map((o) => String(o).padStart(10, "0") + " 00000 n ").join("\n");
  const startxref = body.length + padHead.length + pad.length + 18;
  const tail = `\nendstream\nendobj\nxref\n0 7\n0000000000 65535 f \n${xref}\ntrailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n${startxref}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(body + padHead, "latin1"), pad, Buffer.from(tail, "latin1")]);
}

/** A zip-looking binary: a local-file-header magic, then `rest` bytes. */
export const zipish = (rest) =>
  Buffer.concat([Buffer.from("PK\x03\x04\x14\x00\x00\x00\x08\x00", "latin1"), rest]);
