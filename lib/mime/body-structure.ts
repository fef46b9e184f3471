// Our own shape of a parsed BODYSTRUCTURE (RFC 3501 §7.4.2), so code outside lib/imap never
// imports imapflow's types. It mirrors imapflow's `MessageStructureObject` field for field, so
// a `bodyStructure` from `fetch()` is assignable to it unchanged.
//
// What imapflow 2.10 hands us (see `parseBodystructure` in imapflow/dist/esm/tools.js):
// - `type` is lowercased ("text/plain"); so are parameter names, `encoding` and `disposition`.
//   Parameter values keep their case ("UTF-8").
// - `parameters` and `dispositionParameters` are already decoded: RFC 2047 encoded words
//   (`name="=?UTF-8?B?...?="`) and RFC 2231 values and continuations (`filename*0*=...`)
//   arrive as plain Unicode under `name` / `filename`. `description` is NOT decoded.
// - `id` is the raw Content-ID, angle brackets included ("<logo@example.test>").
// - The root has no `part`. For a single-part message its body is part "1" (RFC 3501 §6.4.5);
//   the children of a multipart root carry "1", "2", "1.2", ...
// - A message/rfc822 part has one child, the encapsulated message's root, which carries the
//   SAME `part` as the wrapper. Its children are numbered correctly ("2.1", "2.2"), but if the
//   encapsulated message is single-part its real body path is "2.1" while imapflow says "2".

/** The envelope of an encapsulated message/rfc822 part; only what Tegami reads from it. */
export interface BodyStructureEnvelope {
  subject?: string | undefined;
}

/** One node of a message's MIME tree, as reported by BODYSTRUCTURE. */
export interface BodyStructure {
  /** Body-part path ("1", "1.2"); absent on the root. */
  part?: string | undefined;
  /** Lowercased media type, e.g. "text/plain", "multipart/alternative". */
  type: string;
  /** Content-Type parameters with lowercased names, values decoded (charset, name, boundary). */
  parameters?: Record<string, string> | undefined;
  /** Content-ID including the angle brackets. */
  id?: string | undefined;
  /** Content-Transfer-Encoding, lowercased ("base64", "quoted-printable"). */
  encoding?: string | undefined;
  /** Size in octets of the part as transferred, i.e. before decoding. */
  size?: number | undefined;
  /** Envelope of an encapsulated message (message/rfc822 only). */
  envelope?: BodyStructureEnvelope | undefined;
  /** Content-Disposition value, lowercased ("inline", "attachment"). */
  disposition?: string | undefined;
  /** Content-Disposition parameters, names lowercased, values decoded (filename). */
  dispositionParameters?: Record<string, string> | undefined;
  /** Children of a multipart, or the single encapsulated root of a message/rfc822. */
  childNodes?: BodyStructure[] | undefined;
  md5?: string | undefined;
  language?: string[] | undefined;
  location?: string | undefined;
  /** Content-Description, still RFC 2047 encoded. */
  description?: string | undefined;
  /** Lines of a text/* or message/rfc822 part. */
  lineCount?: number | undefined;
}

/** The body-part path to FETCH for a node: a single-part root is part "1" (RFC 3501 §6.4.5). */
export function bodyPartPath(node: BodyStructure): string {
  return node.part ?? "1";
}
