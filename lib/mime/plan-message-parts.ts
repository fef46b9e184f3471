// Decides, from BODYSTRUCTURE alone, which part to show as the body, which parts to offer for
// download and which images an HTML body may reference by `cid:`. No part is fetched here.
import type { Attachment } from "@/lib/mail/types";
import { safeFilename } from "@/lib/mail/safe-filename";
import { bodyPartPath, type BodyStructure } from "@/lib/mime/body-structure";

export interface PlannedBody {
  kind: "html" | "text";
  part: string;
  /** The charset parameter, lowercased, or null when the sender named none. */
  charset: string | null;
}

export interface InlineImage {
  part: string;
  contentType: string;
}

export interface MessagePartPlan {
  body: PlannedBody | null;
  attachments: Attachment[];
  /** Images addressable as `cid:` (RFC 2392), keyed by Content-ID without the angle brackets. */
  inlineImages: Record<string, InlineImage>;
}

// A hostile BODYSTRUCTURE can nest deeply; real mail stays far below this.
const maxDepth = 32;

const extensions: Record<string, string> = {
  "application/pdf": "pdf",
  "application/zip": "zip",
  "application/json": "json",
  "application/msword": "doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.ms-excel": "xls",
  "application/pgp-signature": "asc",
  "application/pgp-encrypted": "asc",
  "application/pkcs7-signature": "p7s",
  "application/x-pkcs7-signature": "p7s",
  "application/ics": "ics",
  "text/calendar": "ics",
  "text/plain": "txt",
  "text/html": "html",
  "text/csv": "csv",
  "text/rfc822-headers": "txt",
  "message/delivery-status": "txt",
  "message/disposition-notification": "txt",
  "message/rfc822": "eml",
  "image/jpeg": "jpg",
  "image/svg+xml": "svg",
  "audio/mpeg": "mp3",
};

/** "attachment.pdf" for application/pdf; a short plain subtype ("png", "heic") is its own extension. */
function fallbackFilename(type: string): string {
  if (type === "message/rfc822") return "message.eml";
  const subtype = type.split("/")[1] ?? "";
  const extension = extensions[type] ?? (/^[a-z0-9]{1,5}$/.test(subtype) ? subtype : null);
  return extension ? `attachment.${extension}` : "attachment";
}

function declaredFilename(node: BodyStructure): string | null {
  const name = node.dispositionParameters?.filename ?? node.parameters?.name;
  return name?.trim() ? name : null;
}

function filenameOf(node: BodyStructure): string {
  if (node.type !== "message/rfc822")
    return safeFilename(declaredFilename(node), fallbackFilename(node.type));
  // A forwarded message is named after its subject; "/" in "Q3/Q4" must not read as a path.
  const subject = node.envelope?.subject?.replace(/[/\\]/g, "_").trim();
  const name = declaredFilename(node) ?? (subject ? subject : null);
  const withExtension = name && !/\.eml$/i.test(name) ? `${name}.eml` : name;
  return safeFilename(withExtension, "message.eml");
}

/** The decoded size: base64 carries 3 bytes in 4 characters, plus a CRLF every 76 (RFC 2045 §6.8). */
function decodedSize(node: BodyStructure): number {
  const size = node.size ?? 0;
  if (node.encoding !== "base64") return size;
  const lineBreaks = Math.floor(size / 78);
  return Math.max(0, Math.floor(((size - 2 * lineBreaks) * 3) / 4));
}

function contentIdOf(node: BodyStructure): string | null {
  const id = node.id?.trim().replace(/^<|>$/g, "").trim();
  return id ? id : null;
}

const isMultipart = (node: BodyStructure) => node.type.startsWith("multipart/");
const isImage = (node: BodyStructure) => node.type.startsWith("image/");
const isAttachmentDisposition = (node: BodyStructure) => node.disposition === "attachment";

/**
 * Can this leaf be the body? A filename rules a text part out only where it has siblings
 * (multipart/mixed); some mailers put `name=` on the only text part of a message.
 */
function isBodyLeaf(node: BodyStructure, filenameExcludes: boolean): boolean {
  if (node.type !== "text/plain" && node.type !== "text/html") return false;
  if (isAttachmentDisposition(node)) return false;
  return !(filenameExcludes && declaredFilename(node));
}

/** How rich a body this subtree offers: 2 html, 1 plain text, 0 nothing to render. */
function richness(node: BodyStructure, depth: number): number {
  if (depth > maxDepth) return 0;
  if (!isMultipart(node)) return isBodyLeaf(node, false) ? (node.type === "text/html" ? 2 : 1) : 0;
  const children = node.childNodes ?? [];
  if (node.type === "multipart/related") {
    const root = relatedRoot(node, depth);
    return root ? richness(root, depth + 1) : 0;
  }
  return Math.max(0, ...children.map((child) => richness(child, depth + 1)));
}

/**
 * The root of a multipart/related: the part named by `start`, else the first (RFC 2387 §3.2).
 * If that cannot be shown but another part can, senders got the order wrong: show that one.
 */
function relatedRoot(node: BodyStructure, depth: number): BodyStructure | undefined {
  const children = node.childNodes ?? [];
  const start = node.parameters?.start?.trim().replace(/^<|>$/g, "");
  const declared =
    (start ? children.find((child) => contentIdOf(child) === start) : undefined) ?? children[0];
  if (!declared || richness(declared, depth + 1) > 0) return declared;
  return children.find((child) => richness(child, depth + 1) > 0) ?? declared;
}

class Planner {
  readonly plan: MessagePartPlan = { body: null, attachments: [], inlineImages: {} };

  /** Plans `node`; returns true when it supplied the body. */
  visit(
    node: BodyStructure,
    wantsBody: boolean,
    filenameExcludes: boolean,
    depth: number,
  ): boolean {
    if (depth > maxDepth) return false;
    if (node.type === "message/rfc822") {
      // The encapsulated message's parts are its own; the user gets it whole, as an .eml.
      this.attach(node);
      return false;
    }
    if (!isMultipart(node)) return this.visitLeaf(node, wantsBody, filenameExcludes);
    if (node.type === "multipart/alternative") return this.visitAlternative(node, wantsBody, depth);
    if (node.type === "multipart/related") return this.visitRelated(node, wantsBody, depth);
    return this.visitMixed(node, wantsBody, depth);
  }

  private visitLeaf(node: BodyStructure, wantsBody: boolean, filenameExcludes: boolean): boolean {
    if (wantsBody && isBodyLeaf(node, filenameExcludes)) {
      const charset = node.parameters?.charset?.trim().toLowerCase();
      const kind = node.type === "text/html" ? "html" : "text";
      this.plan.body = { kind, part: bodyPartPath(node), charset: charset ? charset : null };
      return true;
    }
    this.attach(node);
    return false;
  }

  /** RFC 2046 §5.1.4: alternatives go from plainest to richest; show the richest we render. */
  private visitAlternative(node: BodyStructure, wantsBody: boolean, depth: number): boolean {
    const children = node.childNodes ?? [];
    const ranks = children.map((child) => richness(child, depth + 1));
    const best = Math.max(0, ...ranks);
    const chosen = best > 0 ? ranks.lastIndexOf(best) : children.length - 1;
    let suppliedBody = false;
    children.forEach((child, index) => {
      if (index === chosen) suppliedBody = this.visit(child, wantsBody, false, depth + 1);
      // Other renditions of the same text are not attachments, but a calendar invitation is
      // something the user may want to download.
      else if (ranks[index] === 0 && !isMultipart(child)) this.attach(child);
    });
    return suppliedBody;
  }

  private visitRelated(node: BodyStructure, wantsBody: boolean, depth: number): boolean {
    const root = relatedRoot(node, depth);
    if (!root) return false;
    const suppliedBody = this.visit(root, wantsBody, false, depth + 1);
    const htmlBody = suppliedBody && this.plan.body?.kind === "html";
    for (const child of node.childNodes ?? []) {
      if (child === root) continue;
      const contentId = contentIdOf(child);
      if (htmlBody && contentId && isImage(child) && !isAttachmentDisposition(child)) {
        this.registerInlineImage(child, contentId);
      } else {
        // A plain-text root cannot show the images, so they become downloads.
        this.visit(child, false, true, depth + 1);
      }
    }
    return suppliedBody;
  }

  /** multipart/mixed and every other multipart (signed, report, unknown) per RFC 2046 §5.1.3. */
  private visitMixed(node: BodyStructure, wantsBody: boolean, depth: number): boolean {
    let suppliedBody = false;
    for (const child of node.childNodes ?? []) {
      // Text parts after the body (mailing-list footers, Apple Mail's text around inline
      // images) are offered for download rather than silently dropped.
      if (this.visit(child, wantsBody && !suppliedBody, true, depth + 1)) suppliedBody = true;
    }
    return suppliedBody;
  }

  private registerInlineImage(node: BodyStructure, contentId: string): void {
    this.plan.inlineImages[contentId] ??= { part: bodyPartPath(node), contentType: node.type };
  }

  private attach(node: BodyStructure): void {
    const contentId = contentIdOf(node);
    // Some mailers put cid-referenced images outside multipart/related; keep them resolvable.
    if (contentId && isImage(node)) this.registerInlineImage(node, contentId);
    this.plan.attachments.push({
      part: bodyPartPath(node),
      filename: filenameOf(node),
      contentType: node.type,
      size: decodedSize(node),
    });
  }
}

/** What to show and what to offer for one message, following what mature mail clients do. */
export function planMessageParts(structure: BodyStructure): MessagePartPlan {
  const planner = new Planner();
  planner.visit(structure, true, false, 0);
  return planner.plan;
}

/**
 * The paperclip hint of the message list. It runs the full plan (a few dozen nodes at most) so
 * the list never disagrees with the attachments the opened message shows.
 */
export function hasAttachments(structure: BodyStructure): boolean {
  return planMessageParts(structure).attachments.length > 0;
}
