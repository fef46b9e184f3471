import { describe, expect, it } from "vitest";
import { trustsSender, withTrustedSender } from "@/lib/message/trusted-senders";

const secret = "t".repeat(32);
const bob = "bob@example.test";

describe("trusted senders", () => {
  it("trusts a sender for the reader who chose it, in any letter case", () => {
    const value = withTrustedSender(null, bob, "News@Example.org", true, secret);
    expect(trustsSender(value, "BOB@example.test", "news@example.org", secret)).toBe(true);
    expect(trustsSender(value, bob, "other@example.org", secret)).toBe(false);
    expect(value).not.toMatch(/news|example/i);
  });

  it("is a choice of this reader only, not of the next one to use the browser", () => {
    const value = withTrustedSender(null, bob, "news@example.org", true, secret);
    expect(trustsSender(value, "alice@example.test", "news@example.org", secret)).toBe(false);
  });

  it("can be taken back, and cannot be forged without the secret", () => {
    const trusted = withTrustedSender(null, bob, "news@example.org", true, secret);
    const untrusted = withTrustedSender(trusted, bob, "news@example.org", false, secret);
    expect(trustsSender(untrusted, bob, "news@example.org", secret)).toBe(false);
    const forged = withTrustedSender(null, bob, "news@example.org", true, "f".repeat(32));
    expect(trustsSender(forged, bob, "news@example.org", secret)).toBe(false);
  });

  it("keeps the 150 most recent senders", () => {
    let value = "";
    for (let i = 0; i < 160; i += 1) {
      value = withTrustedSender(value, bob, `sender${i}@example.org`, true, secret);
    }
    expect(value.length).toBeLessThan(4000);
    expect(trustsSender(value, bob, "sender0@example.org", secret)).toBe(false);
    expect(trustsSender(value, bob, "sender10@example.org", secret)).toBe(true);
    expect(trustsSender(value, bob, "sender159@example.org", secret)).toBe(true);
  });
});
