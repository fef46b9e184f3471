import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyVapid } from "@/e2e/support/web-push-receiver";
import { vapidAuthorization } from "@/lib/push/vapid-authorization";

function keyPair() {
  const jwk = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({
    format: "jwk",
  });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(String(jwk.x), "base64url"),
    Buffer.from(String(jwk.y), "base64url"),
  ]);
  return { publicKey: point.toString("base64url"), privateKey: String(jwk.d) };
}

describe("vapidAuthorization (RFC 8292)", () => {
  it("signs a JWT for the push service's origin that verifies with the public key", () => {
    const keys = keyPair();
    const now = Date.UTC(2026, 10, 28, 12);
    const header = vapidAuthorization(
      "https://push.example.net:8443/wpush/v2/abc?x=1",
      keys,
      "mailto:ops@example.com",
      now,
    );
    const claims = verifyVapid(header);
    expect(claims).toEqual({
      aud: "https://push.example.net:8443",
      exp: now / 1000 + 12 * 3600,
      sub: "mailto:ops@example.com",
      publicKey: keys.publicKey,
    });
  });

  it("does not verify under another key", () => {
    const header = vapidAuthorization("https://push.example.net/x", keyPair(), "mailto:a@b.c");
    const forged = header.replace(/k=.*$/, `k=${keyPair().publicKey}`);
    expect(() => verifyVapid(forged)).toThrow(/signature/);
  });
});
