import { describe, expect, it } from "vitest";
import { cookieFromHeader, isKnownDevice, rememberDevice } from "@/lib/auth/known-device";

const secret = "s".repeat(32);

describe("known devices", () => {
  it("remembers the accounts signed in to, case-insensitively, and no others", () => {
    const value = rememberDevice(null, "Carol@Example.test", secret);
    expect(isKnownDevice(value, "carol@example.test", secret)).toBe(true);
    expect(isKnownDevice(value, "dave@example.test", secret)).toBe(false);
    expect(value).not.toContain("carol");
  });

  it("cannot be forged without the secret", () => {
    const forged = rememberDevice(null, "carol@example.test", "x".repeat(32));
    expect(isKnownDevice(forged, "carol@example.test", secret)).toBe(false);
    expect(isKnownDevice("garbage.!!", "carol@example.test", secret)).toBe(false);
    expect(isKnownDevice(undefined, "carol@example.test", secret)).toBe(false);
  });

  it("keeps the five most recent accounts, each once", () => {
    let value: string | null = null;
    for (const user of ["a", "b", "c", "d", "e", "f", "b"]) {
      value = rememberDevice(value, `${user}@example.test`, secret);
    }
    expect(value!.split(".")).toHaveLength(5);
    expect(isKnownDevice(value, "a@example.test", secret)).toBe(false);
    expect(isKnownDevice(value, "b@example.test", secret)).toBe(true);
    expect(isKnownDevice(value, "f@example.test", secret)).toBe(true);
  });

  it("reads one cookie out of a Cookie header", () => {
    expect(cookieFromHeader("a=1; tegami-device=x.y; b=2", "tegami-device")).toBe("x.y");
    expect(cookieFromHeader("a=1", "tegami-device")).toBeNull();
    expect(cookieFromHeader(null, "tegami-device")).toBeNull();
  });
});
