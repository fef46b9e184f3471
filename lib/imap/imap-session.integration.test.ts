// Integration: the IMAP session pool and the read operations against the real Dovecot that
// `npm test` starts (e2e/mailstack). Needs MAILSTACK_BASE or the default base directory.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  isoJapaneseMessage,
  messageWithAttachment,
  htmlWithRemoteImage,
} from "@/e2e/support/mail-fixtures";
import { imapConnections as serverConnections, kickUser as kick } from "@/e2e/support/doveadm";
import {
  appendMessage,
  messageFlags,
  pageUids,
  testStack,
  unseenCount,
  useTestStackEnv,
} from "@/e2e/support/test-imap";
import { listEnvelopes } from "@/lib/imap/list-envelopes";
import { listMailboxes } from "@/lib/imap/list-mailboxes";
import { closeImapSessions, poolStats } from "@/lib/imap/session-pool";
import { verifyCredentials } from "@/lib/imap/verify-credentials";
import { MailError } from "@/lib/mail/mail-error";
import { proxiedImageUrl } from "@/lib/image-proxy/proxy-url";
import { getMessageFrame } from "@/lib/message/get-message-frame";
import { openMessage } from "@/lib/message/open-message";
import { openPartDownload } from "@/lib/message/open-part-download";

const stack = testStack();
const alice = { user: "alice@example.test", pass: stack.password("alice@example.test") };

async function reachZero(user: string): Promise<void> {
  await vi.waitFor(() => expect(serverConnections(user)).toBe(0), {
    timeout: 10_000,
    interval: 50,
  });
}

beforeAll(async () => {
  useTestStackEnv(stack);
  await closeImapSessions(alice.user);
  kick(alice.user);
  await reachZero(alice.user);
});

afterAll(async () => {
  await closeImapSessions(alice.user);
});

describe("the IMAP session pool", () => {
  it("serves 20 parallel requests of one user over one IMAP connection", async () => {
    const pages = await Promise.all(
      Array.from({ length: 20 }, (_, i) => listEnvelopes(alice, "INBOX", (i % 3) + 1)),
    );
    expect(pages.every((page) => page.envelopes.length === 50)).toBe(true);
    expect(poolStats(alice.user).opened).toBe(1);
    expect(serverConnections(alice.user)).toBe(1);
  });

  it("reopens the connection unnoticed after the server kicks the user", async () => {
    const before = poolStats(alice.user).opened;
    kick(alice.user);
    await reachZero(alice.user);
    const mailboxes = await listMailboxes(alice);
    expect(mailboxes.some((m) => m.role === "inbox")).toBe(true);
    expect(poolStats(alice.user).opened).toBe(before + 1);
    expect(serverConnections(alice.user)).toBe(1);
  });

  it("logs the connection out on sign-out", async () => {
    await listMailboxes(alice);
    await closeImapSessions(alice.user);
    await reachZero(alice.user);
    expect(poolStats(alice.user).sessions).toBe(0);
  });
});

describe("reading mail", () => {
  it("lists mailboxes with roles, counts and Japanese names", async () => {
    const mailboxes = await listMailboxes(alice);
    const byPath = new Map(mailboxes.map((m) => [m.path, m]));
    expect(byPath.get("INBOX")?.role).toBe("inbox");
    expect(byPath.get("Sent")?.role).toBe("sent");
    expect(byPath.get("Trash")?.role).toBe("trash");
    expect(byPath.get("INBOX")?.unseen).toBe(await unseenCount(alice.user, "INBOX"));
    const child = mailboxes.find((m) => m.path === "プロジェクト/議事録");
    expect(child?.name).toBe("議事録");
    expect(child?.parentPath).toBe("プロジェクト");
  });

  it("pages newest first, fetching only the page", async () => {
    const third = await listEnvelopes(alice, "INBOX", 3);
    expect(third.envelopes.map((e) => e.uid)).toEqual(await pageUids(alice.user, "INBOX", 3));
    expect(third.pageCount).toBe(Math.ceil(third.total / 50));
  });

  it("opens an ISO-2022-JP message exactly, without marking it seen (the browser does)", async () => {
    const subject = "会議の議事録について（第3回）";
    const body =
      "山田様\r\n\r\nお疲れ様です。明日の会議は午後二時からです。\r\nよろしくお願いいたします。\r\n";
    const uid = await appendMessage(
      alice.user,
      "INBOX",
      isoJapaneseMessage({
        subject,
        body,
        from: { name: "山田 太郎", address: "yamada@example.test" },
        to: alice.user,
      }),
    );
    const { message } = await openMessage(alice, "INBOX", uid, { allowRemote: false, lang: "en" });
    expect(message.subject).toBe(subject);
    expect(message.from[0]).toEqual({ name: "山田 太郎", address: "yamada@example.test" });
    expect(message.body.kind).toBe("text");
    const text = message.body.kind === "text" ? message.body.text : "";
    expect(text.replace(/\r\n/g, "\n").trimEnd()).toBe(body.replace(/\r\n/g, "\n").trimEnd());
    expect(await messageFlags(alice.user, "INBOX", uid)).not.toContain("\\Seen");
  });

  it("blocks remote images in HTML until allowed", async () => {
    const imageUrl = "http://127.0.0.1:9/tracker.png?id=42";
    const uid = await appendMessage(
      alice.user,
      "INBOX",
      htmlWithRemoteImage({ imageUrl, subject: "Newsletter" }),
    );
    const opened = await openMessage(alice, "INBOX", uid, { allowRemote: false, lang: "en" });
    expect(opened.message.body.kind).toBe("html");
    expect(opened.remoteBlocked).toBeGreaterThan(0);
    const blocked = await getMessageFrame(alice, "INBOX", uid, { allowRemote: false, lang: "en" });
    expect(blocked).not.toContain("127.0.0.1:9");
    expect(blocked).not.toContain("/api/remote/image");
    // Allowed, the image loads through the proxy, signed for alice, and never directly.
    const allowed = await getMessageFrame(alice, "INBOX", uid, { allowRemote: true, lang: "en" });
    expect(allowed).toContain(proxiedImageUrl(imageUrl, alice.user)!.replace(/&/g, "&amp;"));
    expect(allowed).not.toContain("127.0.0.1:9");
  });

  it("streams an attachment byte for byte", async () => {
    const bytes = randomBytes(200_000);
    const uid = await appendMessage(
      alice.user,
      "INBOX",
      messageWithAttachment({
        subject: "Report",
        filename: "売上報告.bin",
        bytes,
        contentType: "application/octet-stream",
      }),
    );
    const { message } = await openMessage(alice, "INBOX", uid, { allowRemote: false, lang: "en" });
    const attachment = message.attachments.find((a) => a.filename === "売上報告.bin");
    expect(attachment).toBeDefined();
    const download = await openPartDownload(alice, "INBOX", uid, attachment!.part);
    const received = Buffer.from(await new Response(download.body).arrayBuffer());
    expect(received.equals(bytes)).toBe(true);
    expect(download.meta.filename).toBe("売上報告.bin");
  });

  it("answers MESSAGE_NOT_FOUND and MAILBOX_NOT_FOUND with typed errors", async () => {
    await expect(
      openMessage(alice, "INBOX", 4_000_000_000, { allowRemote: false, lang: "en" }),
    ).rejects.toMatchObject({ code: "MESSAGE_NOT_FOUND" });
    await expect(listEnvelopes(alice, "No such mailbox", 1)).rejects.toMatchObject({
      code: "MAILBOX_NOT_FOUND",
    });
  });
});

// Last: a failed login makes Dovecot slow down later logins from the same address.
describe("checking credentials", () => {
  it("tells an unreachable server and a failed TLS handshake apart from a wrong password", async () => {
    const closedPort = { protocol: "imap" as const, host: "127.0.0.1", port: 9, secure: false };
    await expect(verifyCredentials(alice, { server: closedPort })).rejects.toMatchObject({
      code: "SERVER_UNREACHABLE",
    });
    const tlsToPlainPort = {
      protocol: "imaps" as const,
      host: "127.0.0.1",
      port: stack.ports.imap,
      secure: true,
    };
    await expect(verifyCredentials(alice, { server: tlsToPlainPort })).rejects.toMatchObject({
      code: "TLS_FAILED",
    });
    await expect(verifyCredentials(alice)).resolves.toBeUndefined();
    const wrong = verifyCredentials({ user: alice.user, pass: "not-the-password" });
    await expect(wrong).rejects.toBeInstanceOf(MailError);
    await expect(wrong).rejects.toMatchObject({ code: "AUTH_FAILED" });
  });
});
