import { describe, expect, it } from "vitest";
import { decryptPushBody, newSubscriber } from "@/e2e/support/web-push-receiver";
import { encryptPushPayload } from "@/lib/push/encrypt-push-payload";

describe("encryptPushPayload (RFC 8291, aes128gcm)", () => {
  it("encrypts so that only the subscriber's browser can decrypt", () => {
    const subscriber = newSubscriber();
    const text = JSON.stringify({ kind: "new", from: "Ａｌｉｃｅ", subject: "手紙" });
    const body = encryptPushPayload(Buffer.from(text), subscriber.keys);
    expect(body.readUInt32BE(16)).toBe(4096);
    expect(body.readUInt8(20)).toBe(65);
    expect(decryptPushBody(body, subscriber).toString()).toBe(text);
    expect(() => decryptPushBody(body, newSubscriber())).toThrow();
  });

  it("uses a fresh key and salt for every message", () => {
    const subscriber = newSubscriber();
    const a = encryptPushPayload(Buffer.from("same"), subscriber.keys);
    const b = encryptPushPayload(Buffer.from("same"), subscriber.keys);
    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(false);
    expect(a.subarray(21, 86).equals(b.subarray(21, 86))).toBe(false);
  });

  it("refuses keys that are not a P-256 point and a 16-byte secret, and oversized payloads", () => {
    const { keys } = newSubscriber();
    expect(() => encryptPushPayload(Buffer.from("x"), { ...keys, auth: "AAAA" })).toThrow();
    expect(() => encryptPushPayload(Buffer.from("x"), { ...keys, p256dh: keys.auth })).toThrow();
    expect(() => encryptPushPayload(Buffer.alloc(4080), keys)).toThrow(/4079/);
    expect(() => encryptPushPayload(Buffer.alloc(4079), keys)).not.toThrow();
  });
});
