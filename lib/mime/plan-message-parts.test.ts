import { describe, expect, it } from "vitest";
import type { BodyStructure } from "@/lib/mime/body-structure";
import {
  loadImapflowStructure,
  loadRecordedBodyStructure,
} from "@/lib/mime/fixtures/load-recorded-body-structure";
import { hasAttachments, planMessageParts } from "@/lib/mime/plan-message-parts";

const plan = async (name: Parameters<typeof loadRecordedBodyStructure>[0]) =>
  planMessageParts(await loadRecordedBodyStructure(name));

/** Decoded sizes are estimates; within 1% of the real file is what the user needs to see. */
const about = (bytes: number) =>
  expect.toSatisfy((size: number) => Math.abs(size - bytes) <= bytes * 0.01);

describe("planMessageParts on messages recorded from Dovecot", () => {
  it("shows a single-part Japanese text message as text with its charset", async () => {
    expect(await plan("plain-iso-2022-jp")).toEqual({
      body: { kind: "text", part: "1", charset: "iso-2022-jp" },
      attachments: [],
      inlineImages: {},
    });
  });

  it("shows a single-part HTML message as HTML", async () => {
    expect((await plan("html-only")).body).toEqual({ kind: "html", part: "1", charset: "utf-8" });
  });

  it("Thunderbird: HTML from alternative > related, its logo inline, the PDF as attachment", async () => {
    expect(await plan("thunderbird-inline-image")).toEqual({
      body: { kind: "html", part: "1.2.1", charset: "utf-8" },
      attachments: [
        {
          part: "2",
          filename: "請求書_2024年11月.pdf",
          contentType: "application/pdf",
          size: about(5009),
        },
      ],
      inlineImages: {
        "part1.Zz9yQ2lA.logo@example.test": { part: "1.2.2", contentType: "image/png" },
      },
    });
  });

  it("Outlook: HTML from related > alternative, signature image inline, RFC 2047 named docx", async () => {
    expect(await plan("outlook-related")).toEqual({
      body: { kind: "html", part: "1.1.2", charset: "iso-8859-1" },
      attachments: [
        {
          part: "2",
          filename: "報告書.docx",
          contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          size: about(3004),
        },
      ],
      inlineImages: {
        "image001.jpg@01DB2E1A.5F3C2B10": { part: "1.2", contentType: "image/jpeg" },
      },
    });
  });

  it("Apple Mail: the inline photo without Content-ID is downloadable, and so is trailing text", async () => {
    const result = await plan("apple-mail-inline-image");
    expect(result.body).toEqual({ kind: "text", part: "1", charset: "us-ascii" });
    expect(result.attachments).toEqual([
      { part: "2", filename: "beach.jpg", contentType: "image/jpeg", size: about(2004) },
      { part: "3", filename: "attachment.txt", contentType: "text/plain", size: 13 },
    ]);
    expect(result.inlineImages).toEqual({});
  });

  it("a forwarded message is one .eml attachment named after its subject, not a second body", async () => {
    expect(await plan("forwarded-message")).toEqual({
      body: { kind: "text", part: "1", charset: "utf-8" },
      attachments: [
        { part: "2", filename: "Lunch on Friday.eml", contentType: "message/rfc822", size: 433 },
      ],
      inlineImages: {},
    });
  });

  it("a PGP-signed message shows its text and offers the signature", async () => {
    const result = await plan("pgp-signed");
    expect(result.body).toEqual({ kind: "text", part: "1", charset: "utf-8" });
    expect(result.attachments.map((a) => [a.part, a.filename])).toEqual([
      ["2", "OpenPGP_signature.asc"],
    ]);
  });

  it("an invitation shows HTML and offers both the calendar alternative and invite.ics", async () => {
    const result = await plan("calendar-invitation");
    expect(result.body).toEqual({ kind: "html", part: "1.2", charset: "utf-8" });
    expect(result.attachments.map((a) => [a.part, a.filename, a.contentType])).toEqual([
      ["1.3", "attachment.ics", "text/calendar"],
      ["2", "invite.ics", "application/ics"],
    ]);
  });

  it("a message that is only an attachment has no body and one attachment, part 1", async () => {
    expect(await plan("attachment-only")).toEqual({
      body: null,
      attachments: [
        { part: "1", filename: "scan.pdf", contentType: "application/pdf", size: about(5009) },
      ],
      inlineImages: {},
    });
  });

  it("a bounce shows the notification and offers the report parts", async () => {
    const result = await plan("delivery-status");
    expect(result.body).toEqual({ kind: "text", part: "1", charset: "us-ascii" });
    expect(result.attachments.map((a) => [a.part, a.filename, a.contentType])).toEqual([
      ["2", "attachment.txt", "message/delivery-status"],
      ["3", "attachment.txt", "text/rfc822-headers"],
    ]);
  });

  it("accepts imapflow's structure object as it comes from fetch()", async () => {
    const structure = await loadImapflowStructure("outlook-related");
    expect(planMessageParts(structure).body?.part).toBe("1.1.2");
    expect(hasAttachments(structure)).toBe(true);
  });
});

describe("hasAttachments", () => {
  it.each([
    ["plain-iso-2022-jp", false],
    ["html-only", false],
    ["thunderbird-inline-image", true],
    ["outlook-related", true],
    ["apple-mail-inline-image", true],
    ["forwarded-message", true],
    ["attachment-only", true],
  ] as const)("%s → %s", async (name, expected) => {
    expect(hasAttachments(await loadRecordedBodyStructure(name))).toBe(expected);
  });

  it("is false for HTML with only inline images", () => {
    expect(
      hasAttachments(
        multipart("related", [
          leaf("1", "text/html"),
          leaf("2", "image/png", { id: "<a@x>", disposition: "inline" }),
        ]),
      ),
    ).toBe(false);
  });
});

function leaf(part: string, type: string, extra: Partial<BodyStructure> = {}): BodyStructure {
  return { part, type, encoding: "7bit", size: 100, ...extra };
}

function multipart(subtype: string, childNodes: BodyStructure[], part?: string): BodyStructure {
  return { part, type: `multipart/${subtype}`, childNodes };
}

describe("planMessageParts: choosing the body", () => {
  it("prefers HTML in an alternative even when a sender lists it first", () => {
    const result = planMessageParts(
      multipart("alternative", [leaf("1", "text/html"), leaf("2", "text/plain")]),
    );
    expect(result.body).toEqual({ kind: "html", part: "1", charset: null });
    expect(result.attachments).toEqual([]);
  });

  it("falls back to text when an alternative offers nothing richer", () => {
    const result = planMessageParts(
      multipart("alternative", [leaf("1", "text/plain"), leaf("2", "text/enriched")]),
    );
    expect(result.body?.part).toBe("1");
  });

  it("uses the related part named by start= as its root (RFC 2387)", () => {
    const result = planMessageParts({
      ...multipart("related", [
        leaf("1", "text/html", { id: "<first@x>" }),
        leaf("2", "text/html", { id: "<root@x>" }),
      ]),
      parameters: { start: "<root@x>" },
    });
    expect(result.body?.part).toBe("2");
  });

  it.each([
    ["named by start=", { start: "<root@x>" }],
    ["listed after its image by a careless sender", undefined],
  ])("finds the HTML of a related part %s", (_, parameters) => {
    const result = planMessageParts({
      ...multipart("related", [
        leaf("1", "image/png", { id: "<img@x>" }),
        leaf("2", "text/html", { id: "<root@x>" }),
      ]),
      parameters,
    });
    expect(result.body?.part).toBe("2");
    expect(result.inlineImages).toEqual({ "img@x": { part: "1", contentType: "image/png" } });
    expect(result.attachments).toEqual([]);
  });

  it("skips a text part marked as attachment when looking for the body", () => {
    const result = planMessageParts(
      multipart("mixed", [
        leaf("1", "text/plain", {
          disposition: "attachment",
          dispositionParameters: { filename: "notes.txt" },
        }),
        leaf("2", "text/plain"),
      ]),
    );
    expect(result.body?.part).toBe("2");
    expect(result.attachments.map((a) => a.filename)).toEqual(["notes.txt"]);
  });

  it("treats a named text part in mixed as an attachment, not the body", () => {
    const result = planMessageParts(
      multipart("mixed", [
        leaf("1", "text/plain"),
        leaf("2", "text/plain", { parameters: { name: "log.txt" } }),
      ]),
    );
    expect(result.body?.part).toBe("1");
    expect(result.attachments.map((a) => a.filename)).toEqual(["log.txt"]);
  });

  it("still shows the only text of a message even if the mailer gave it a name", () => {
    expect(
      planMessageParts(leaf("1", "text/html", { parameters: { name: "body.html" } })).body,
    ).toEqual({ kind: "html", part: "1", charset: null });
  });

  it("has no body when nothing is renderable", () => {
    const result = planMessageParts(
      multipart("mixed", [leaf("1", "application/pdf"), leaf("2", "image/png")]),
    );
    expect(result.body).toBeNull();
    expect(result.attachments.map((a) => a.filename)).toEqual(["attachment.pdf", "attachment.png"]);
  });

  it("offers the images of a related part whose root is plain text for download", () => {
    const result = planMessageParts(
      multipart("related", [
        leaf("1", "text/plain"),
        leaf("2", "image/jpeg", { id: "<x@y>", dispositionParameters: { filename: "a.jpg" } }),
      ]),
    );
    expect(result.body?.kind).toBe("text");
    expect(result.attachments.map((a) => a.filename)).toEqual(["a.jpg"]);
  });

  it("does not take a body from inside a forwarded message", () => {
    const result = planMessageParts(
      multipart("mixed", [
        {
          ...leaf("1", "message/rfc822"),
          envelope: { subject: "Inner" },
          childNodes: [
            multipart("alternative", [leaf("1.1", "text/plain"), leaf("1.2", "text/html")], "1"),
          ],
        },
      ]),
    );
    expect(result.body).toBeNull();
    expect(result.attachments.map((a) => a.filename)).toEqual(["Inner.eml"]);
  });
});

describe("planMessageParts: attachments", () => {
  it("lists a part with disposition attachment even inside related", () => {
    const result = planMessageParts(
      multipart("related", [
        leaf("1", "text/html"),
        leaf("2", "image/png", {
          id: "<chart@x>",
          disposition: "attachment",
          dispositionParameters: { filename: "chart.png" },
        }),
      ]),
    );
    expect(result.attachments.map((a) => a.filename)).toEqual(["chart.png"]);
    // It stays reachable as cid: too, in case the HTML shows it.
    expect(result.inlineImages["chart@x"]?.part).toBe("2");
  });

  it("lists an inline image without Content-ID in mixed, so it can be downloaded", () => {
    const result = planMessageParts(
      multipart("mixed", [
        leaf("1", "text/html"),
        leaf("2", "image/gif", {
          disposition: "inline",
          dispositionParameters: { filename: "a.gif" },
        }),
      ]),
    );
    expect(result.attachments.map((a) => a.part)).toEqual(["2"]);
  });

  it("keeps cid images sent outside related resolvable, and downloadable", () => {
    const result = planMessageParts(
      multipart("mixed", [leaf("1", "text/html"), leaf("2", "image/png", { id: " <logo@x> " })]),
    );
    expect(result.inlineImages).toEqual({ "logo@x": { part: "2", contentType: "image/png" } });
    expect(result.attachments.map((a) => a.part)).toEqual(["2"]);
  });

  it("names a forwarded message from its name, its subject, or 'message.eml'", () => {
    const named = (extra: Partial<BodyStructure>) =>
      planMessageParts(
        multipart("mixed", [leaf("1", "text/plain"), leaf("2", "message/rfc822", extra)]),
      ).attachments[0]?.filename;
    expect(named({ parameters: { name: "original.eml" } })).toBe("original.eml");
    expect(named({ parameters: { name: "Forwarded message" } })).toBe("Forwarded message.eml");
    expect(named({ envelope: { subject: "Q3/Q4 plan" } })).toBe("Q3_Q4 plan.eml");
    expect(named({ envelope: { subject: "  " } })).toBe("message.eml");
    expect(named({})).toBe("message.eml");
  });

  it.each([
    ["application/pdf", "attachment.pdf"],
    ["image/jpeg", "attachment.jpg"],
    ["image/heic", "attachment.heic"],
    ["text/calendar", "attachment.ics"],
    ["application/octet-stream", "attachment"],
    ["application/vnd.ms-excel", "attachment.xls"],
  ])("names an unnamed %s '%s'", (type, filename) => {
    const result = planMessageParts(multipart("mixed", [leaf("1", "text/plain"), leaf("2", type)]));
    expect(result.attachments[0]?.filename).toBe(filename);
  });

  it("makes sender-chosen filenames safe", () => {
    const result = planMessageParts(
      multipart("mixed", [
        leaf("1", "text/plain"),
        leaf("2", "application/octet-stream", {
          disposition: "attachment",
          dispositionParameters: { filename: "../../.ssh/invoice\u202efdp.exe" },
        }),
      ]),
    );
    expect(result.attachments[0]?.filename).toBe("invoicefdp.exe");
  });

  it("estimates the decoded size of base64 parts and keeps other sizes", () => {
    // 76 base64 characters per line plus CRLF: 10 full lines hold 570 bytes.
    const base64 = planMessageParts(
      leaf("1", "application/pdf", { encoding: "base64", size: 780 }),
    );
    expect(base64.attachments[0]?.size).toBe(570);
    const binary = planMessageParts(
      leaf("1", "application/pdf", { encoding: "binary", size: 780 }),
    );
    expect(binary.attachments[0]?.size).toBe(780);
    const unknown = planMessageParts({ type: "application/pdf" });
    expect(unknown.attachments[0]?.size).toBe(0);
  });
});

describe("planMessageParts: hostile structures", () => {
  it("does not recurse without end", () => {
    let node: BodyStructure = leaf("1", "text/plain");
    for (let depth = 0; depth < 10_000; depth++) node = multipart("mixed", [node]);
    expect(() => planMessageParts(node)).not.toThrow();
  });

  it("copes with empty multiparts and missing fields", () => {
    expect(planMessageParts({ type: "multipart/mixed" })).toEqual({
      body: null,
      attachments: [],
      inlineImages: {},
    });
    expect(planMessageParts(multipart("alternative", [])).body).toBeNull();
    expect(planMessageParts(multipart("related", [])).body).toBeNull();
  });

  it("keeps the first part for a duplicated Content-ID", () => {
    const result = planMessageParts(
      multipart("related", [
        leaf("1", "text/html"),
        leaf("2", "image/png", { id: "<same@x>" }),
        leaf("3", "image/gif", { id: "<same@x>" }),
      ]),
    );
    expect(result.inlineImages["same@x"]?.part).toBe("2");
  });
});
