import { describe, expect, it } from "vitest";
import { formatLogLine, pathOf, redact } from "./log-line.mjs";

describe("formatLogLine", () => {
  it("is one JSON line: time, level and event first", () => {
    const line = formatLogLine("info", "request", { method: "GET", status: 200 }, new Date(0));
    expect(line).not.toContain("\n");
    expect(line).toBe(
      '{"time":"1970-01-01T00:00:00.000Z","level":"info","event":"request","method":"GET","status":200}',
    );
  });

  it("masks anything that looks like a secret, at any depth", () => {
    const line = formatLogLine("error", "imap.error", {
      user: "frank@example.test",
      pass: "secret-frank",
      nested: { password: "x", authorization: "Basic y", cookie: "authjs=z", keep: 1 },
      list: [{ AUTH_SECRET: "s" }],
      modseq: 12n,
    });
    expect(line).not.toMatch(/secret-frank|Basic y|authjs=z|"s"/);
    expect(JSON.parse(line)).toMatchObject({
      user: "frank@example.test",
      pass: "[redacted]",
      nested: { password: "[redacted]", keep: 1 },
      list: [{ AUTH_SECRET: "[redacted]" }],
      modseq: "12",
    });
  });

  it("drops undefined fields and leaves plain values alone", () => {
    expect(redact({ a: undefined, b: null, c: "x" })).toEqual({ b: null, c: "x" });
    expect(redact("text")).toBe("text");
  });
});

describe("pathOf", () => {
  it("keeps the path and drops the query and fragment", () => {
    expect(pathOf("/mail/INBOX?q=salary+review")).toBe("/mail/INBOX");
    expect(pathOf("/login?callbackUrl=%2Fmail#x")).toBe("/login");
    expect(pathOf("/api/events")).toBe("/api/events");
    expect(pathOf(undefined)).toBe("");
    expect(pathOf(`/${"a".repeat(600)}`)).toHaveLength(512);
  });
});
