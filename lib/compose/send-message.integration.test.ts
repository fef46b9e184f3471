// Integration: the send pipeline against the real Dovecot + Postfix (e2e/mailstack). Only carol
// sends, only to herself; every test finds its own messages by a unique Message-ID.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  messageFlags,
  searchUids,
  testStack,
  useTestStackEnv,
  withImap,
} from "@/e2e/support/test-imap";
import { postfixQueueEmpty } from "@/e2e/support/postfix";
import type { Draft } from "@/lib/api/compose-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { newMessageId } from "@/lib/compose/new-message-id";
import { prepareCompose } from "@/lib/compose/prepare-compose";
import { saveDraft } from "@/lib/compose/save-draft";
import { sendMessage } from "@/lib/compose/send-message";
import { saveUpload } from "@/lib/compose/upload-store";
import type { MailServer } from "@/lib/config/parse-server-url";
import { closeImapSessions } from "@/lib/imap/session-pool";
import { MailError } from "@/lib/mail/mail-error";
import { planMessageParts } from "@/lib/mime/plan-message-parts";
import { smtpSizeLimit } from "@/lib/smtp/smtp-size-limit";

const stack = testStack();
const carol = "carol@example.test";
const session: MailSession = {
  email: carol,
  credentials: { user: carol, pass: stack.password(carol) },
};
const run = randomBytes(4).toString("hex");

beforeAll(() => {
  useTestStackEnv(stack);
  process.env.TEGAMI_UPLOAD_DIR = mkdtempSync(join(tmpdir(), "tegami-uploads-test-"));
});

afterAll(async () => {
  await closeImapSessions(carol);
});

function draftOf(fields: Partial<Draft> = {}): Draft {
  return {
    messageId: newMessageId(carol),
    to: carol,
    cc: "",
    bcc: "",
    subject: `Compose test ${run}`,
    html: null,
    text: "Hello Carol,\nthis is a test.",
    attachments: [],
    source: null,
    charset: "utf-8",
    draftUid: null,
    ...fields,
  };
}

const byMessageId = (messageId: string) => ({ header: { "message-id": messageId } });

async function arrived(messageId: string): Promise<number[]> {
  return vi.waitFor(
    async () => {
      const uids = await searchUids(carol, "INBOX", byMessageId(messageId));
      expect(uids.length).toBeGreaterThan(0);
      return uids;
    },
    { timeout: 15_000, interval: 100 },
  );
}

async function partText(client: ImapFlow, uid: number, part: string): Promise<Buffer> {
  const download = await client.download(String(uid), part, { uid: true });
  const chunks: Buffer[] = [];
  for await (const chunk of download.content ?? []) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Subject, decoded text body, attachments' bytes, and raw headers of one delivered message. */
async function readDelivered(mailbox: string, uid: number) {
  return withImap(carol, async (client) => {
    await client.mailboxOpen(mailbox, { readOnly: true });
    const message = await client.fetchOne(
      String(uid),
      { uid: true, envelope: true, bodyStructure: true, headers: true },
      { uid: true },
    );
    if (!message || !message.bodyStructure) throw new Error(`no message ${uid} in ${mailbox}`);
    const plan = planMessageParts(message.bodyStructure);
    const textPart = message.bodyStructure.childNodes
      ? (message.bodyStructure.childNodes[0]?.childNodes?.[0]?.part ??
        message.bodyStructure.childNodes[0]?.part ??
        "1")
      : "1";
    const attachments = new Map<string, Buffer>();
    for (const a of plan.attachments)
      attachments.set(a.filename, await partText(client, uid, a.part));
    return {
      subject: message.envelope?.subject ?? "",
      text: (await partText(client, uid, textPart)).toString("utf8"),
      attachments,
      headers: message.headers?.toString("latin1") ?? "",
    };
  });
}

describe("sending", () => {
  it("learns the SIZE limit from EHLO", async () => {
    expect(await smtpSizeLimit()).toBe(52_428_800);
  });

  it("delivers subject, body and attachment bytes; Sent has exactly one copy", async () => {
    const bytes = randomBytes(150_000);
    const upload = await saveUpload(carol, Readable.from([bytes]), {
      filename: "売上報告.bin",
      contentType: "application/octet-stream",
      limit: 1_000_000,
    });
    const draft = draftOf({
      subject: `会議の議事録について（第3回） ${run}`,
      html: "<p>Hello <b>Carol</b>,</p><ul><li>one</li></ul>",
      attachments: [{ kind: "upload", id: upload.id }],
      bcc: "Carol Hidden <carol@example.test>",
    });
    const started = performance.now();
    const result = await sendMessage(session, draft);
    console.info(`[timing] send round trip: ${Math.round(performance.now() - started)} ms`);
    expect(result).toMatchObject({
      status: "sent",
      sentMailbox: "Sent",
      rejected: [],
      warnings: [],
    });

    const [uid] = await arrived(draft.messageId);
    const delivered = await readDelivered("INBOX", uid as number);
    expect(delivered.subject).toBe(draft.subject);
    expect(delivered.text.replace(/\r\n/g, "\n")).toBe("Hello Carol,\n\n- one");
    expect(delivered.attachments.get("売上報告.bin")?.equals(bytes)).toBe(true);
    expect(delivered.headers).not.toMatch(/^bcc:/im);

    const sent = await searchUids(carol, "Sent", byMessageId(draft.messageId));
    expect(sent).toHaveLength(1);
    expect(await messageFlags(carol, "Sent", sent[0] as number)).toContain("\\Seen");
    // The Sent copy keeps Bcc, as Thunderbird's does: the user sees whom they sent it to.
    expect((await readDelivered("Sent", sent[0] as number)).headers).toMatch(
      /^bcc: .*carol@example\.test/im,
    );
  });

  it("sends ISO-2022-JP that decodes back to the same Japanese", async () => {
    const draft = draftOf({
      subject: `打ち合わせの件 ${run}`,
      text: "山田様\nお疲れ様です。明日の会議は午後二時からです。",
      charset: "iso-2022-jp",
    });
    await sendMessage(session, draft);
    const [uid] = await arrived(draft.messageId);
    const delivered = await readDelivered("INBOX", uid as number);
    expect(delivered.headers).toContain("=?ISO-2022-JP?B?");
    expect(delivered.subject).toBe(draft.subject);
    expect(delivered.text.replace(/\r\n/g, "\n").trimEnd()).toBe(
      "山田様\nお疲れ様です。明日の会議は午後二時からです。",
    );
  });

  it("sends one copy for a double click, a later retry, and a retry from another process", async () => {
    const draft = draftOf({ subject: `Exactly once ${run}` });
    const [first, second] = await Promise.all([
      sendMessage(session, draft),
      sendMessage(session, draft),
    ]);
    expect(second).toEqual(first);
    await arrived(draft.messageId);
    expect(await sendMessage(session, draft)).toEqual(first);
    // Another process knows nothing of this one's registry, only what \Sent holds.
    (globalThis as { __tegamiSends?: Map<string, unknown> }).__tegamiSends?.clear();
    expect(await sendMessage(session, draft)).toMatchObject({
      status: "alreadySent",
      sentMailbox: "Sent",
    });
    // Once Postfix holds nothing, every copy it accepted has been delivered: one is final.
    await vi.waitFor(() => expect(postfixQueueEmpty()).toBe(true), {
      timeout: 10_000,
      interval: 50,
    });
    expect(await searchUids(carol, "INBOX", byMessageId(draft.messageId))).toHaveLength(1);
    expect(await searchUids(carol, "Sent", byMessageId(draft.messageId))).toHaveLength(1);
  });

  it("accepts a partial rejection and refuses when every recipient is refused", async () => {
    const partial = await sendMessage(
      session,
      draftOf({ to: `${carol}, nobody-${run}@example.test` }),
    );
    expect(partial.status).toBe("sent");
    expect(partial.rejected).toEqual([`nobody-${run}@example.test`]);

    const refused = await sendMessage(session, draftOf({ to: "someone@elsewhere.test" })).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(MailError);
    expect((refused as MailError).code).toBe("SMTP_REJECTED");
    expect((refused as MailError).details?.rejected).toEqual(["someone@elsewhere.test"]);
  });

  it("refuses invalid addresses before talking to the server", async () => {
    const error = await sendMessage(session, draftOf({ to: "carol@, bob" })).catch(
      (e: unknown) => e,
    );
    expect((error as MailError).code).toBe("INVALID_INPUT");
    expect((error as MailError).details?.invalid).toEqual(["carol@", "bob"]);
  });
});

describe("replying", () => {
  it("threads the reply and flags the original \\Answered", async () => {
    const originalId = `<original-${run}@elsewhere.test>`;
    const raw = Buffer.from(
      [
        "From: Ann <ann@elsewhere.test>",
        `Reply-To: ${carol}`,
        `To: ${carol}`,
        `Subject: Re: [team] Plans ${run}`,
        `Message-ID: ${originalId}`,
        "References: <root@elsewhere.test> <middle@elsewhere.test>",
        "Date: Tue, 03 Mar 2026 14:05:00 +0000",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Shall we meet?",
        "",
      ].join("\r\n"),
    );
    const originalUid = await withImap(carol, async (client) => {
      const appended = await client.append("INBOX", raw);
      return appended ? appended.uid : undefined;
    });
    const init = await prepareCompose(session, {
      mode: "reply",
      mailbox: "INBOX",
      uid: originalUid as number,
    });
    expect(init.draft.to).toBe(carol);
    expect(init.draft.subject).toBe(`Re: [team] Plans ${run}`);
    expect(init.draft.html).toContain('<blockquote type="cite">');
    expect(init.draft.text).toContain("> Shall we meet?");

    const draft = { ...init.draft, html: `<p>Yes.</p>${init.draft.html ?? ""}` };
    await sendMessage(session, draft);
    const [uid] = await arrived(draft.messageId);
    const delivered = await readDelivered("INBOX", uid as number);
    expect(delivered.headers).toMatch(new RegExp(`^In-Reply-To: ${originalId}`, "m"));
    expect(delivered.headers.replace(/\r\n[ \t]+/g, " ")).toMatch(
      new RegExp(`^References: <root@elsewhere.test> <middle@elsewhere.test> ${originalId}`, "m"),
    );
    expect(delivered.text).toMatch(/^Yes\.\r?\n/);
    expect(await messageFlags(carol, "INBOX", originalUid as number)).toContain("\\Answered");
  });
});

describe("forwarding", () => {
  it("forwards inline with the original's attachments and flags it $Forwarded", async () => {
    const bytes = randomBytes(20_000);
    const boundary = `b-${run}`;
    const raw = Buffer.from(
      [
        "From: Ann <ann@elsewhere.test>",
        `To: ${carol}`,
        `Subject: Quarterly numbers ${run}`,
        `Message-ID: <fwd-original-${run}@elsewhere.test>`,
        "Date: Tue, 03 Mar 2026 14:05:00 +0000",
        "MIME-Version: 1.0",
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        "",
        `--${boundary}`,
        "Content-Type: text/html; charset=utf-8",
        "",
        "<style>body{display:none}</style><p>See the <b>numbers</b>.</p>",
        `--${boundary}`,
        'Content-Type: application/octet-stream; name="q3.bin"',
        'Content-Disposition: attachment; filename="q3.bin"',
        "Content-Transfer-Encoding: base64",
        "",
        bytes.toString("base64").replace(/.{76}/g, "$&\r\n"),
        `--${boundary}--`,
        "",
      ].join("\r\n"),
    );
    const originalUid = await withImap(carol, async (client) => {
      const appended = await client.append("INBOX", raw);
      return appended ? appended.uid : undefined;
    });
    const init = await prepareCompose(session, {
      mode: "forward",
      mailbox: "INBOX",
      uid: originalUid as number,
    });
    expect(init.draft.subject).toBe(`Fwd: Quarterly numbers ${run}`);
    expect(init.draft.html).toContain("<p>See the <b>numbers</b>.</p>");
    expect(init.draft.html).not.toContain("<style");
    expect(init.attachments.map((a) => a.filename)).toEqual(["q3.bin"]);

    const draft = { ...init.draft, to: carol };
    await sendMessage(session, draft);
    const [uid] = await arrived(draft.messageId);
    const delivered = await readDelivered("INBOX", uid as number);
    expect(delivered.attachments.get("q3.bin")?.equals(bytes)).toBe(true);
    expect(delivered.text).toContain("Subject: Quarterly numbers");
    expect(delivered.text).toContain("See the numbers.");
    expect(await messageFlags(carol, "INBOX", originalUid as number)).toContain("$Forwarded");
  });
});

describe("drafts", () => {
  it("keeps only the latest version, reopens it, and is gone once sent", async () => {
    const draft = draftOf({
      subject: `Draft ${run}`,
      html: "<p>first</p>",
      to: "carol@example.test, bob@",
    });
    const started = performance.now();
    const first = await saveDraft(session, draft);
    console.info(`[timing] draft save: ${Math.round(performance.now() - started)} ms`);
    const second = await saveDraft(session, { ...draft, html: "<p>second</p>" });
    expect(second.uid).toBeGreaterThan(first.uid);
    expect(await searchUids(carol, "Drafts", byMessageId(draft.messageId))).toEqual([second.uid]);
    expect(await messageFlags(carol, "Drafts", second.uid)).toEqual(
      expect.arrayContaining(["\\Draft", "\\Seen"]),
    );

    const reopened = await prepareCompose(session, {
      mode: "draft",
      mailbox: "Drafts",
      uid: second.uid,
    });
    expect(reopened.draft).toMatchObject({
      messageId: draft.messageId,
      to: "carol@example.test, bob@",
      subject: draft.subject,
      draftUid: second.uid,
    });
    expect(reopened.draft.html).toBe("<p>second</p>");

    await sendMessage(session, { ...reopened.draft, to: carol });
    expect(await searchUids(carol, "Drafts", byMessageId(draft.messageId))).toEqual([]);
    const late = await saveDraft(session, draft).catch((e: unknown) => e);
    expect((late as MailError).code).toBe("ALREADY_SENT");
  });

  it("keeps attachments across versions", async () => {
    const bytes = randomBytes(5000);
    const upload = await saveUpload(carol, Readable.from([bytes]), {
      filename: "plan.pdf",
      contentType: "application/pdf",
      limit: 1_000_000,
    });
    const draft = draftOf({
      subject: `Draft with file ${run}`,
      attachments: [{ kind: "upload", id: upload.id }],
    });
    const first = await saveDraft(session, draft);
    expect(first.attachments).toEqual([
      { kind: "part", mailbox: "Drafts", uid: first.uid, part: "2" },
    ]);
    const second = await saveDraft(session, { ...draft, attachments: first.attachments });
    const reopened = await prepareCompose(session, {
      mode: "draft",
      mailbox: "Drafts",
      uid: second.uid,
    });
    expect(reopened.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["plan.pdf", "application/pdf"],
    ]);
    await sendMessage(session, reopened.draft);
    const [uid] = await arrived(draft.messageId);
    expect(
      (await readDelivered("INBOX", uid as number)).attachments.get("plan.pdf")?.equals(bytes),
    ).toBe(true);
  });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An SMTP server that takes everything up to the final dot, then hangs up without a reply. */
async function vanishingServer(): Promise<{ server: MailServer; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const listener = net.createServer((socket) => {
    sockets.add(socket);
    let data = false;
    let buffer = "";
    socket.write("220 fake ESMTP\r\n");
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("latin1");
      if (data) {
        if (buffer.includes("\r\n.\r\n")) socket.destroy();
        return;
      }
      let end: number;
      while ((end = buffer.indexOf("\r\n")) !== -1) {
        const line = buffer.slice(0, end).toUpperCase();
        buffer = buffer.slice(end + 2);
        if (line.startsWith("EHLO")) socket.write("250-fake\r\n250 AUTH PLAIN LOGIN\r\n");
        else if (line.startsWith("AUTH")) socket.write("235 ok\r\n");
        else if (line.startsWith("DATA")) {
          data = true;
          socket.write("354 go ahead\r\n");
        } else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  const { port } = listener.address() as net.AddressInfo;
  return {
    server: { protocol: "smtp", host: "127.0.0.1", port, secure: false },
    close: () => {
      for (const socket of sockets) socket.destroy();
      listener.close();
    },
  };
}

describe("when sending fails", () => {
  it("answers SMTP_UNREACHABLE, keeps the draft and saves nothing to Sent", async () => {
    const draft = draftOf({ subject: `Unreachable ${run}` });
    await saveDraft(session, draft);
    const server: MailServer = {
      protocol: "smtp",
      host: "127.0.0.1",
      port: await closedPort(),
      secure: false,
    };
    const error = await sendMessage(session, draft, { smtp: { server } }).catch((e: unknown) => e);
    expect((error as MailError).code).toBe("SMTP_UNREACHABLE");
    expect(await searchUids(carol, "Sent", byMessageId(draft.messageId))).toEqual([]);
    expect(await searchUids(carol, "Drafts", byMessageId(draft.messageId))).toHaveLength(1);
    // Nothing was sent: the same message goes out once the server is back.
    expect((await sendMessage(session, draft)).status).toBe("sent");
    await arrived(draft.messageId);
  });

  it("answers SEND_STATE_UNKNOWN when the connection dies after the data, and never resends", async () => {
    const fake = await vanishingServer();
    try {
      const draft = draftOf({ subject: `Unknown ${run}` });
      const error = await sendMessage(session, draft, { smtp: { server: fake.server } }).catch(
        (e: unknown) => e,
      );
      expect((error as MailError).code).toBe("SEND_STATE_UNKNOWN");
      const again = await sendMessage(session, draft).catch((e: unknown) => e);
      expect((again as MailError).code).toBe("SEND_STATE_UNKNOWN");
      expect(await searchUids(carol, "Sent", byMessageId(draft.messageId))).toEqual([]);
    } finally {
      fake.close();
    }
  });
});
