import { beforeEach, describe, expect, it, vi } from "vitest";
import { mailboxActionSchema } from "@/lib/api/mailbox-action";
import { mutationRoute } from "@/lib/api/mail-route";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { MailError } from "@/lib/mail/mail-error";

const session: MailSession = {
  email: "heidi@example.test",
  credentials: { user: "heidi@example.test", pass: "secret" },
};
const signedIn = vi.hoisted(() => ({ session: null as MailSession | null }));

vi.mock("@/lib/auth/get-mail-session", () => ({ getMailSession: async () => signedIn.session }));
vi.mock("@/lib/config/config", () => ({ getConfig: () => ({ publicUrl: null }) }));

const origin = "http://127.0.0.1:3000";
const post = (body: unknown) =>
  new Request(`${origin}/api/mailboxes/actions`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "127.0.0.1:3000", origin },
    body: JSON.stringify(body),
  });

describe("POST /api/mailboxes/actions contract", () => {
  const handler = vi.fn(async (_session: MailSession, input: unknown) => ({ path: "x", input }));
  const route = mutationRoute(mailboxActionSchema, handler);

  beforeEach(() => {
    signedIn.session = session;
    handler.mockReset();
    handler.mockImplementation(async (_session, input) => ({ path: "x", input }));
  });

  it("accepts every action with Japanese names", async () => {
    for (const action of [
      { type: "create", path: "プロジェクト/2026" },
      { type: "rename", path: "プロジェクト/2026", name: "2027年" },
      { type: "move", path: "プロジェクト/2027年", parent: null },
      { type: "move", path: "2027年", parent: "アーカイブ" },
      { type: "delete", path: "親", withChildren: true },
      { type: "subscribe", path: "2027年" },
      { type: "unsubscribe", path: "2027年" },
      { type: "empty", path: "Trash" },
    ]) {
      const response = await route(post(action));
      expect(response.status, action.type).toBe(200);
    }
    expect(handler).toHaveBeenCalledTimes(8);
  });

  it("answers 400 for bad names before the mail server hears of them", async () => {
    for (const action of [
      { type: "create", path: "a/%" },
      { type: "create", path: "INBOX" },
      { type: "rename", path: "A", name: "b/c" },
      { type: "move", path: "../bob", parent: null },
      { type: "empty" },
      { type: "format", path: "INBOX" },
    ]) {
      const response = await route(post(action));
      expect(response.status, JSON.stringify(action)).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes the children of a mailbox to the client so it can ask first", async () => {
    handler.mockRejectedValueOnce(
      new MailError("MAILBOX_HAS_CHILDREN", "The mailbox 親 has mailboxes inside it.", {
        details: { children: ["親/子"] },
      }),
    );
    const response = await route(post({ type: "delete", path: "親" }));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      ok: false,
      error: {
        code: "MAILBOX_HAS_CHILDREN",
        message: "The mailbox 親 has mailboxes inside it.",
        details: { children: ["親/子"] },
      },
    });
  });
});
