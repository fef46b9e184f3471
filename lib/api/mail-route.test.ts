import { beforeEach, describe, expect, it, vi } from "vitest";
import { mailActionSchema } from "@/lib/api/mail-action";
import { mutationRoute } from "@/lib/api/mail-route";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { MailError } from "@/lib/mail/mail-error";

const session: MailSession = {
  email: "carol@example.test",
  credentials: { user: "carol@example.test", pass: "secret" },
};
const signedIn = vi.hoisted(() => ({ session: null as MailSession | null }));

vi.mock("@/lib/auth/get-mail-session", () => ({ getMailSession: async () => signedIn.session }));
vi.mock("@/lib/config/config", () => ({ getConfig: () => ({ publicUrl: null }) }));

const origin = "http://127.0.0.1:3000";

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}/api/mail/actions`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "127.0.0.1:3000", origin, ...headers },
    body,
  });
}

const valid = JSON.stringify({
  mailbox: "INBOX",
  target: { uids: [1, 2] },
  action: { type: "seen", value: true },
});

describe("mutationRoute", () => {
  const handler = vi.fn(async (_session: MailSession, input: unknown) => ({ echoed: input }));
  const route = mutationRoute(mailActionSchema, handler);

  beforeEach(() => {
    signedIn.session = session;
    handler.mockClear();
  });

  it("answers { ok: true, value } and is never cached", async () => {
    const response = await route(post(valid));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, value: { echoed: JSON.parse(valid) } });
    expect(handler).toHaveBeenCalledWith(session, JSON.parse(valid));
  });

  it("answers 401 without a session, before looking at anything else", async () => {
    signedIn.session = null;
    const response = await route(post(valid, { origin: "https://evil.example" }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("answers 403 to another site and to a form post", async () => {
    for (const request of [
      post(valid, { origin: "https://evil.example" }),
      post(valid, { "content-type": "application/x-www-form-urlencoded" }),
    ]) {
      const response = await route(request);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 400 with what is wrong for a malformed body", async () => {
    const notJson = await route(post("{"));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: "INVALID_INPUT" } });

    const badUid = await route(
      post(JSON.stringify({ ...JSON.parse(valid), target: { uids: [0] } })),
    );
    expect(badUid.status).toBe(400);
    const { error } = (await badUid.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/^target/);
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps a MailError from lib/ to its status", async () => {
    handler.mockRejectedValueOnce(
      new MailError("MAILBOX_NOT_FOUND", "The mailbox X does not exist any more."),
    );
    const response = await route(post(valid));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: "MAILBOX_NOT_FOUND", message: "The mailbox X does not exist any more." },
    });
  });
});
