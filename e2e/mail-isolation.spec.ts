// One user can never reach another's mail: bob, signed in, names alice's UIDs, mailboxes that
// look like paths into alice's store, and alice's uploads, through every route and page that
// takes them. Each answer is a 404 (or a refusal) that carries none of alice's content.
import { randomBytes } from "node:crypto";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
} from "@playwright/test";
import { ALICE, BOB } from "./support/fixtures.mjs";
import { htmlWithInlineImage } from "./support/mail-fixtures";
import { signedInSession, type SignedInSession } from "./support/session-cookie";
import { appendMessage, mailboxUids, messageFlags } from "./support/test-imap";

test.describe("one user cannot reach another's mail", () => {
  const secret = `alice-private-${randomBytes(6).toString("hex")}`;
  let alice: SignedInSession;
  let bob: SignedInSession;
  let api: APIRequestContext;
  let aliceUid: number;

  test.beforeAll(async ({ browser, baseURL }) => {
    const bobUids = new Set(await mailboxUids(BOB, "INBOX"));
    // A UID alice has and bob does not: bob's server must answer "no such message".
    do {
      aliceUid = await appendMessage(
        ALICE,
        "INBOX",
        htmlWithInlineImage({ subject: `Private ${secret}`, text: `Only for alice: ${secret}` }),
      );
    } while (bobUids.has(aliceUid));
    alice = await signedInSession(browser, baseURL!, ALICE);
    bob = await signedInSession(browser, baseURL!, BOB);
    api = await playwrightRequest.newContext({ baseURL });
  });

  test.afterAll(async () => {
    await api?.dispose();
    await alice?.close();
    await bob?.close();
  });

  const get = (path: string, cookie: string) =>
    api.get(path, { headers: { cookie }, maxRedirects: 0 });

  async function expectNothingOfAlice(path: string, cookie: string) {
    const response = await get(path, cookie);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(secret);
  }

  test("alice's UID, even after alice opened it (cached), is not found for bob", async () => {
    // alice's own request renders the frame and fills the server's frame cache.
    const own = await get(`/api/mail/INBOX/${aliceUid}/body`, alice.cookie);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain(secret);

    for (const route of ["body", "source", "parts/2"]) {
      await expectNothingOfAlice(`/api/mail/INBOX/${aliceUid}/${route}`, bob.cookie);
    }
    await expectNothingOfAlice(`/mail/INBOX/${aliceUid}`, bob.cookie);
  });

  test("mailbox names that look like paths are refused before they reach IMAP", async () => {
    const names = [
      "..",
      "../alice@example.test/INBOX",
      "INBOX/../../alice@example.test/Maildir",
      "/tmp/tegami-mailstack/mail/alice@example.test",
      "~alice/INBOX",
      "..\\alice",
      "INBOX\r\nA1 SELECT ../alice",
    ];
    for (const name of names) {
      // Dots escaped too, so that no client normalizes "/mail/../x" away before it is sent.
      const segment = encodeURIComponent(name).replace(/\./g, "%2E");
      await expectNothingOfAlice(`/api/mail/${segment}/${aliceUid}/source`, bob.cookie);
      await expectNothingOfAlice(`/api/mail/${segment}/${aliceUid}/body`, bob.cookie);
      // A segment that is only dots is a dot segment by the URL standard ("%2E%2E" too): the
      // path resolves to "/", which is bob's own Inbox, not a mailbox named "..".
      if (name === "..") continue;
      await expectNothingOfAlice(`/mail/${segment}`, bob.cookie);
      await expectNothingOfAlice(`/mail/${segment}/${aliceUid}`, bob.cookie);
    }
    // Dot segments in the URL itself, as a client might send them unnormalized.
    for (const path of [
      `/api/mail/%2e%2e/%2e%2e/INBOX/${aliceUid}/source`,
      `/api/mail/INBOX/${aliceUid}/parts/..%2F..%2F1`,
      `/api/mail/INBOX/${aliceUid}/parts/1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27.28.29.30.31.32.33.34.35.36.37.38.39.40`,
    ]) {
      await expectNothingOfAlice(path, bob.cookie);
    }
  });

  test("actions and attachments naming alice's mail change and read nothing", async ({
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const post = (path: string, data: unknown) =>
      api.post(path, {
        headers: { "Content-Type": "application/json", Origin: origin, Cookie: bob.cookie },
        data: JSON.stringify(data),
      });

    const before = await messageFlags(ALICE, "INBOX", aliceUid);
    for (const mailbox of ["../alice@example.test/INBOX", "~alice/INBOX"]) {
      const action = await post("/api/mail/actions", {
        mailbox,
        target: { uids: [aliceUid] },
        action: { type: "seen", value: true },
      });
      expect(action.status(), mailbox).toBe(400);
    }
    const inOwnInbox = await post("/api/mail/actions", {
      mailbox: "INBOX",
      target: { uids: [aliceUid] },
      action: { type: "flagged", value: true },
    });
    // bob's INBOX has no such UID: nothing to flag there, and alice's copy is untouched.
    expect(inOwnInbox.status()).toBeLessThan(500);
    expect(await messageFlags(ALICE, "INBOX", aliceUid)).toEqual(before);

    // alice uploads a file; bob names its id (and alice's message part) in a draft.
    const upload = await api.post("/api/compose/uploads", {
      headers: {
        "Content-Type": "text/plain",
        "X-Filename": "alice-notes.txt",
        Origin: origin,
        Cookie: alice.cookie,
      },
      data: Buffer.from(secret),
    });
    expect(upload.status()).toBe(200);
    const { value: uploaded } = (await upload.json()) as { value: { id: string } };
    const draft = (attachments: unknown[]) => ({
      messageId: `<isolation-${randomBytes(4).toString("hex")}@tests.example.org>`,
      to: BOB,
      cc: "",
      bcc: "",
      subject: "Trying alice's files",
      html: null,
      text: "",
      attachments,
      source: null,
      charset: "utf-8",
      draftUid: null,
    });
    const withUpload = await post(
      "/api/compose/drafts",
      draft([{ kind: "upload", id: uploaded.id }]),
    );
    expect(withUpload.status()).toBe(404);
    expect(await withUpload.text()).not.toContain(secret);
    const withPart = await post(
      "/api/compose/drafts",
      draft([{ kind: "part", mailbox: "INBOX", uid: aliceUid, part: "2" }]),
    );
    expect(withPart.status()).toBe(404);
    const withPath = await post(
      "/api/compose/drafts",
      draft([{ kind: "part", mailbox: "../alice@example.test/INBOX", uid: aliceUid, part: "2" }]),
    );
    expect(withPath.status()).toBe(400);
  });
});
