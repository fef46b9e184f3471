import { Readable } from "node:stream";
import Encoding from "encoding-japanese";
import { describe, expect, it } from "vitest";
import { buildMessage, type BuildMessageInput } from "@/lib/mime/build-message";
import { withoutBccHeader } from "@/lib/mime/without-bcc-header";

const base: BuildMessageInput = {
  from: { name: "Carol", address: "carol@example.test" },
  to: [{ name: "Ann Lee", address: "ann@example.test" }],
  cc: [],
  bcc: [{ name: "", address: "secret@example.test" }],
  keepBcc: false,
  subject: "Hello",
  messageId: "<compose-1@example.test>",
  date: new Date("2026-03-03T14:05:00Z"),
  inReplyTo: null,
  references: [],
  text: "Hi Ann,\nsee you.",
  html: null,
  attachments: [],
  charset: "utf-8",
};

const build = async (input: Partial<BuildMessageInput>) =>
  (await buildMessage({ ...base, ...input })).toString("latin1");

/** The header block, unfolded, one field per line. */
function headerFields(raw: string): string[] {
  const head = raw.slice(0, raw.indexOf("\r\n\r\n"));
  return head.replace(/\r\n[ \t]/g, " ").split("\r\n");
}

function field(raw: string, name: string): string | undefined {
  const line = headerFields(raw).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(
      /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi,
      (_, charset: string, kind: string, data: string) => {
        const bytes =
          kind.toUpperCase() === "B"
            ? Buffer.from(data, "base64")
            : Buffer.from(
                data
                  .replace(/_/g, " ")
                  .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
                    String.fromCharCode(parseInt(h, 16)),
                  ),
                "latin1",
              );
        if (/iso-2022-jp/i.test(charset)) {
          return Encoding.convert(Array.from(bytes), {
            to: "UNICODE",
            from: "JIS",
            type: "string",
          });
        }
        return bytes.toString("utf8");
      },
    );
}

describe("buildMessage", () => {
  it("writes the addressing and identity headers", async () => {
    const raw = await build({ inReplyTo: "<a@x>", references: ["<r@x>", "<a@x>"] });
    expect(field(raw, "From")).toBe("Carol <carol@example.test>");
    expect(field(raw, "To")).toBe("Ann Lee <ann@example.test>");
    expect(field(raw, "Message-ID")).toBe("<compose-1@example.test>");
    expect(field(raw, "In-Reply-To")).toBe("<a@x>");
    expect(field(raw, "References")).toBe("<r@x> <a@x>");
    expect(field(raw, "Date")).toBe("Tue, 03 Mar 2026 14:05:00 +0000");
    expect(field(raw, "Content-Type")).toMatch(/^text\/plain; charset=utf-8/);
    expect(raw).toContain("Hi Ann,\r\nsee you.");
  });

  it("leaves Bcc out unless asked to keep it (drafts, the Sent copy)", async () => {
    expect(field(await build({}), "Bcc")).toBeUndefined();
    const kept = await build({ keepBcc: true });
    expect(field(kept, "Bcc")).toBe("secret@example.test");
    expect(
      field(withoutBccHeader(Buffer.from(kept, "latin1")).toString("latin1"), "Bcc"),
    ).toBeUndefined();
  });

  it("never lets CR/LF in a subject, name or address start a header", async () => {
    const evil = "x\r\nBcc: evil@x.test\r\nX-Injected: 1";
    for (const charset of ["utf-8", "iso-2022-jp"] as const) {
      const raw = await build({
        charset,
        subject: `Hello${evil}`,
        from: { name: `Carol${evil}`, address: "carol@example.test" },
        to: [{ name: `Ann${evil}`, address: `ann@example.test${evil}` }],
        cc: [{ name: "件名\nBcc: evil@x.test", address: "cc@example.test" }],
        bcc: [],
        inReplyTo: `<a@x>${evil}`,
        references: [`<r@x>${evil}`],
        attachments: [
          {
            filename: `f.txt${evil}`,
            contentType: `text/plain${evil}`,
            open: async () => Readable.from([Buffer.from("x")]),
          },
        ],
        headers: { "X-Tegami-Source": `reply${evil}` },
      });
      const starts = raw.split("\r\n").map((line) => line.split(":")[0]?.toLowerCase());
      expect(starts).not.toContain("bcc");
      expect(starts).not.toContain("x-injected");
      expect(decodeWords(field(raw, "Subject") ?? "")).toBe(
        "Hellox Bcc: evil@x.test X-Injected: 1",
      );
    }
  });

  it("sends multipart/alternative with text first when there is HTML", async () => {
    const raw = await build({ text: "Bold", html: "<p><b>Bold</b></p>" });
    expect(field(raw, "Content-Type")).toMatch(/^multipart\/alternative;/);
    expect(raw.indexOf("Content-Type: text/plain")).toBeLessThan(
      raw.indexOf("Content-Type: text/html"),
    );
    const decoded = raw
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    expect(decoded).toContain('<meta charset="utf-8"></head><body><p><b>Bold</b></p></body>');
  });

  it("keeps a text part even when the text is empty", async () => {
    const raw = await build({ text: "", html: "<p></p>" });
    expect(field(raw, "Content-Type")).toMatch(/^multipart\/alternative;/);
  });

  it("encodes a Japanese subject and names as UTF-8 encoded words", async () => {
    const raw = await build({
      subject: "会議の議事録について",
      to: [{ name: "山田 太郎", address: "taro@example.test" }],
      text: "よろしくお願いします。",
    });
    expect(field(raw, "Subject")).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(field(raw, "Subject") ?? "")).toBe("会議の議事録について");
    expect(decodeWords(field(raw, "To") ?? "")).toBe("山田 太郎 <taro@example.test>");
    expect(/^[\x00-\x7f]*$/.test(raw)).toBe(true);
  });

  it("sends ISO-2022-JP as 7bit with B-encoded headers when asked", async () => {
    const raw = await build({
      charset: "iso-2022-jp",
      subject: "会議の議事録について",
      from: { name: "佐藤 花子", address: "carol@example.test" },
      text: "山田様\nよろしくお願いいたします。",
    });
    expect(field(raw, "Subject")).toMatch(/^=\?ISO-2022-JP\?B\?/);
    expect(decodeWords(field(raw, "Subject") ?? "")).toBe("会議の議事録について");
    expect(decodeWords(field(raw, "From") ?? "")).toBe("佐藤 花子 <carol@example.test>");
    expect(field(raw, "Content-Type")).toBe("text/plain; charset=ISO-2022-JP");
    expect(field(raw, "Content-Transfer-Encoding")).toBe("7bit");
    const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
    expect(
      Encoding.convert(Array.from(Buffer.from(body, "latin1")), {
        to: "UNICODE",
        from: "JIS",
        type: "string",
      }),
    ).toBe("山田様\r\nよろしくお願いいたします。\r\n");
  });

  it("falls back to UTF-8 when ISO-2022-JP cannot hold a character", async () => {
    const raw = await build({ charset: "iso-2022-jp", subject: "乾杯 🍺", text: "乾杯" });
    expect(field(raw, "Subject")).toMatch(/^=\?UTF-8\?/);
  });

  it("streams attachments with RFC 2231 filenames, in order, byte for byte", async () => {
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256));
    const opened: string[] = [];
    const raw = await build({
      html: "<p>see attached</p>",
      text: "see attached",
      attachments: [
        {
          filename: "売上報告 2026.bin",
          contentType: "application/octet-stream",
          open: async () => {
            opened.push("first");
            return Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]);
          },
        },
        {
          filename: "note.txt",
          contentType: "text/plain",
          open: async () => {
            opened.push("second");
            return Readable.from([Buffer.from("plain note")]);
          },
        },
      ],
    });
    expect(opened).toEqual(["first", "second"]);
    expect(field(raw, "Content-Type")).toMatch(/^multipart\/mixed;/);
    expect(raw).toMatch(/filename\*0\*=utf-8''%E5%A3%B2%E4%B8%8A/);
    const [, encoded] = /filename\*[\s\S]*?\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(raw) ?? [];
    expect(Buffer.from(encoded?.replace(/\r\n/g, "") ?? "", "base64").equals(bytes)).toBe(true);
  });

  it("writes extra headers such as a draft's source", async () => {
    const raw = await build({ headers: { "X-Tegami-Source": "reply; uid=4; mailbox=INBOX" } });
    expect(field(raw, "X-Tegami-Source")).toBe("reply; uid=4; mailbox=INBOX");
  });
});
