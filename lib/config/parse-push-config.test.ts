import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parsePushConfig } from "@/lib/config/parse-push-config";
import { ConfigError } from "@/lib/config/parse-server-url";

const jwk = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({
  format: "jwk",
});
const publicKey = Buffer.concat([
  Buffer.from([4]),
  Buffer.from(String(jwk.x), "base64url"),
  Buffer.from(String(jwk.y), "base64url"),
]).toString("base64url");
const privateKey = String(jwk.d);

function failure(env: Record<string, string>): ConfigError {
  try {
    parsePushConfig(env, null);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parsePushConfig", () => {
  it("defaults: generated keys in .tegami-data, a mailto: subject, https push services only", () => {
    expect(parsePushConfig({}, null)).toEqual({
      dataDir: ".tegami-data",
      vapid: null,
      subject: "mailto:postmaster@localhost",
      allowHttp: [],
    });
    expect(parsePushConfig({}, new URL("https://mail.example.com/x")).subject).toBe(
      "https://mail.example.com",
    );
  });

  it("reads the keys, subject, data directory and plain-http push services", () => {
    const config = parsePushConfig(
      {
        TEGAMI_DATA_DIR: "/var/lib/tegami",
        TEGAMI_VAPID_PUBLIC_KEY: publicKey,
        TEGAMI_VAPID_PRIVATE_KEY: privateKey,
        TEGAMI_VAPID_SUBJECT: "mailto:ops@example.com",
        TEGAMI_PUSH_ALLOW: "127.0.0.1:31200, Push.Local:80",
      },
      null,
    );
    expect(config).toEqual({
      dataDir: "/var/lib/tegami",
      vapid: { publicKey, privateKey },
      subject: "mailto:ops@example.com",
      allowHttp: ["127.0.0.1:31200", "push.local:80"],
    });
  });

  it("names the variable and the reason for a wrong value", () => {
    expect(failure({ TEGAMI_VAPID_PUBLIC_KEY: publicKey }).message).toMatch(
      /^TEGAMI_VAPID_PRIVATE_KEY: is required/,
    );
    expect(failure({ TEGAMI_VAPID_PRIVATE_KEY: privateKey }).variable).toBe(
      "TEGAMI_VAPID_PUBLIC_KEY",
    );
    expect(
      failure({ TEGAMI_VAPID_PUBLIC_KEY: privateKey, TEGAMI_VAPID_PRIVATE_KEY: privateKey })
        .message,
    ).toMatch(/^TEGAMI_VAPID_PUBLIC_KEY: is not a base64url key of 65 bytes/);
    expect(
      failure({ TEGAMI_VAPID_PUBLIC_KEY: publicKey, TEGAMI_VAPID_PRIVATE_KEY: "not base64!" })
        .variable,
    ).toBe("TEGAMI_VAPID_PRIVATE_KEY");
    expect(failure({ TEGAMI_VAPID_SUBJECT: "ops@example.com" }).message).toMatch(
      /^TEGAMI_VAPID_SUBJECT: "ops@example.com" is neither/,
    );
    expect(failure({ TEGAMI_PUSH_ALLOW: "http://127.0.0.1:1" }).variable).toBe("TEGAMI_PUSH_ALLOW");
  });
});
