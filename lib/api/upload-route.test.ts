import { beforeEach, describe, expect, it, vi } from "vitest";
import { uploadRoute, type IncomingUpload } from "@/lib/api/upload-route";
import type { MailSession } from "@/lib/auth/get-mail-session";

const session: MailSession = {
  email: "carol@example.test",
  credentials: { user: "carol@example.test", pass: "secret" },
};
const signedIn = vi.hoisted(() => ({ session: null as MailSession | null }));

vi.mock("@/lib/auth/get-mail-session", () => ({ getMailSession: async () => signedIn.session }));
vi.mock("@/lib/config/config", () => ({ getConfig: () => ({ publicUrl: null }) }));

const origin = "http://127.0.0.1:3000";

function upload(headers: Record<string, string>, body = "file bytes"): Request {
  return new Request(`${origin}/api/compose/uploads`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", origin, "content-type": "application/pdf", ...headers },
    body,
  });
}

describe("uploadRoute", () => {
  const seen: Omit<IncomingUpload, "body">[] = [];
  const route = uploadRoute(async (_session, incoming) => {
    const { body, ...rest } = incoming;
    seen.push(rest);
    return { size: (await new Response(body).arrayBuffer()).byteLength };
  });

  beforeEach(() => {
    signedIn.session = session;
    seen.length = 0;
  });

  it("passes the raw body with the decoded, cleaned filename", async () => {
    const response = await route(upload({ "x-filename": encodeURIComponent("../売上 報告.pdf") }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { size: 10 } });
    expect(seen[0]).toEqual({
      filename: "売上 報告.pdf",
      contentType: "application/pdf",
      declaredSize: null,
    });
  });

  it("answers 401 without a session and 403 across sites or without X-Filename", async () => {
    expect((await route(upload({ "x-filename": "a" }, "x"))).status).toBe(200);
    expect((await route(upload({}))).status).toBe(403);
    expect(
      (await route(upload({ "x-filename": "a", origin: "https://evil.example" }))).status,
    ).toBe(403);
    signedIn.session = null;
    expect((await route(upload({ "x-filename": "a" }))).status).toBe(401);
  });

  it("falls back to application/octet-stream for a malformed type", async () => {
    await route(upload({ "x-filename": "a.bin", "content-type": "nonsense" }));
    expect(seen[0]?.contentType).toBe("application/octet-stream");
  });

  it("answers 400 for a name that is not percent-encoded UTF-8", async () => {
    const response = await route(upload({ "x-filename": "%E0%A4%A" }));
    expect(response.status).toBe(400);
  });
});
