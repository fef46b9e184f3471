import { decode, encode } from "next-auth/jwt";
import { NextRequest, NextResponse } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { refreshSessionCookie } from "@/lib/auth/refresh-session-cookie";
import { sessionIdleSeconds } from "@/lib/auth/session-lifetime";

vi.mock("@/lib/config/config", () => ({ getConfig: () => ({ authSecret: secret }) }));

const secret = "a-test-secret-of-at-least-32-characters";
const name = "authjs.session-token";
const hour = 60 * 60;
const day = 24 * hour;
const start = 1_800_000_000;

const setClock = (seconds: number) => vi.setSystemTime(seconds * 1000);

async function sessionCookie(signedInAt = start): Promise<string> {
  const token = { email: "carol@example.test", imapPassword: "pw", signedInAt };
  return encode({ token, secret, salt: name, maxAge: sessionIdleSeconds });
}

async function visit(cookie: string, method = "GET") {
  const request = new NextRequest("http://127.0.0.1:3000/mail/INBOX", {
    method,
    headers: { cookie: `${name}=${cookie}` },
  });
  const response = NextResponse.next();
  await refreshSessionCookie(request, response);
  return response.cookies.get(name);
}

beforeEach(() => {
  vi.useFakeTimers();
  setClock(start);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("refreshSessionCookie", () => {
  it("leaves a cookie issued within the last hour alone", async () => {
    const cookie = await sessionCookie();
    setClock(start + hour - 1);
    expect(await visit(cookie)).toBeUndefined();
  });

  it("re-seals an older cookie with a new idle timeout and the same claims", async () => {
    const cookie = await sessionCookie();
    setClock(start + 2 * day);
    const refreshed = await visit(cookie);
    expect(refreshed).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: false,
      maxAge: sessionIdleSeconds,
    });
    expect(refreshed?.value).not.toBe(cookie);
    const token = await decode({ token: refreshed?.value ?? "", secret, salt: name });
    expect(token).toMatchObject({
      email: "carol@example.test",
      imapPassword: "pw",
      signedInAt: start,
      exp: start + 2 * day + sessionIdleSeconds,
    });
  });

  it("never extends past 30 days after sign-in", async () => {
    setClock(start + 29 * day);
    const cookie = await sessionCookie(start);
    setClock(start + 29 * day + 2 * hour);
    const refreshed = await visit(cookie);
    expect(refreshed?.maxAge).toBe(day - 2 * hour);
  });

  it("drops a cookie past its absolute lifetime", async () => {
    setClock(start + 29 * day);
    const cookie = await sessionCookie(start);
    setClock(start + 30 * day + 1);
    const dropped = await visit(cookie);
    expect(dropped?.value).toBe("");
  });

  it("does not touch the cookie on a POST (a server action sets it itself)", async () => {
    const cookie = await sessionCookie();
    setClock(start + 2 * day);
    expect(await visit(cookie, "POST")).toBeUndefined();
  });

  it("ignores a cookie it cannot open", async () => {
    expect(await visit("not-a-jwe")).toBeUndefined();
  });
});
