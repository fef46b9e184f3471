// What a draft in \Drafts must remember for Tegami beyond its standard headers: the message it
// answers (to flag it and thread the reply when sent), the charset chosen, and the address
// fields exactly as typed while some entry is not yet a valid address. Kept in one ASCII
// header field, X-Tegami-Draft, written only into drafts (Thunderbird keeps X-Mozilla-Draft-Info
// for the same reason). Client-safe.
import type { ComposeSource } from "@/lib/api/compose-contract";

export const draftInfoHeader = "X-Tegami-Draft";

export interface DraftInfo {
  source: ComposeSource | null;
  charset: "utf-8" | "iso-2022-jp";
  /** To/Cc/Bcc as typed, present only when some entry did not parse. */
  fields: { to: string; cc: string; bcc: string } | null;
}

/** The header value: a URL query string, so any mailbox name or typed text stays 7-bit ASCII. */
export function formatDraftInfo(info: DraftInfo): string {
  const params = new URLSearchParams();
  if (info.source) {
    params.set("mode", info.source.mode);
    params.set("mailbox", info.source.mailbox);
    params.set("uid", String(info.source.uid));
  }
  params.set("charset", info.charset);
  if (info.fields) {
    params.set("to", info.fields.to);
    params.set("cc", info.fields.cc);
    params.set("bcc", info.fields.bcc);
  }
  return params.toString();
}

const modes = new Set(["reply", "replyAll", "forward"]);

/** Reads the header back; anything malformed or missing reads as "nothing known". */
export function parseDraftInfo(value: string | undefined): DraftInfo {
  // Folding may have put whitespace inside the value; a query string holds none of its own.
  const params = new URLSearchParams((value ?? "").replace(/\s+/g, ""));
  const mode = params.get("mode") ?? "";
  const mailbox = params.get("mailbox");
  const uid = Number(params.get("uid"));
  const source =
    modes.has(mode) && mailbox && Number.isInteger(uid) && uid > 0
      ? { mode: mode as ComposeSource["mode"], mailbox, uid }
      : null;
  const to = params.get("to");
  const cc = params.get("cc");
  const bcc = params.get("bcc");
  return {
    source,
    charset: params.get("charset") === "iso-2022-jp" ? "iso-2022-jp" : "utf-8",
    fields: to !== null && cc !== null && bcc !== null ? { to, cc, bcc } : null,
  };
}
