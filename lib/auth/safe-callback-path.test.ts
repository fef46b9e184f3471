import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

describe("safeCallbackPath", () => {
  it("returns paths of this site", () => {
    expect(safeCallbackPath("/mail/INBOX")).toBe("/mail/INBOX");
    expect(safeCallbackPath("/mail/Archive/42?page=2#top")).toBe("/mail/Archive/42?page=2#top");
    expect(safeCallbackPath("/settings")).toBe("/settings");
    expect(safeCallbackPath("/")).toBe("/");
  });

  it("keeps percent-encoded mailbox names and encodes raw Unicode for the Location header", () => {
    expect(safeCallbackPath("/mail/%E5%8F%97%E4%BF%A1%E7%AE%B1")).toBe(
      "/mail/%E5%8F%97%E4%BF%A1%E7%AE%B1",
    );
    expect(safeCallbackPath("/mail/受信箱")).toBe("/mail/%E5%8F%97%E4%BF%A1%E7%AE%B1");
  });

  it("accepts encoded slashes and backslashes as part of a path (they stay on this site)", () => {
    expect(safeCallbackPath("/%2F%2Fevil.test")).toBe("/%2F%2Fevil.test");
    expect(safeCallbackPath("/%5C%5Cevil.test")).toBe("/%5C%5Cevil.test");
  });

  it("keeps encoded slashes after a dot segment on this site", () => {
    expect(safeCallbackPath("/.%2F/evil.test")).toBe("/.%2F/evil.test");
    expect(safeCallbackPath("/%2e/%2fevil.test")).toBe("/%2fevil.test");
  });

  it("accepts mailboxes with spaces in their name", () => {
    expect(safeCallbackPath("/mail/Sent%20Items")).toBe("/mail/Sent%20Items");
  });

  it.each([
    ["protocol-relative", "//evil.test"],
    ["protocol-relative with path", "//evil.test/mail/INBOX"],
    ["backslash host", "/\\evil.test"],
    ["backslashes only", "\\\\evil.test"],
    ["backslash later in the path", "/mail\\..\\..\\evil"],
    ["absolute URL", "https://evil.test"],
    ["absolute URL to ourselves", "http://localhost:3000/mail/INBOX"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["relative path", "mail/INBOX"],
    ["encoded CRLF (header splitting)", "/mail%0d%0aSet-Cookie:%20a=b"],
    ["raw CRLF", "/mail\r\nSet-Cookie: a=b"],
    ["tab before the host", "/\t/evil.test"],
    ["leading space", " /mail/INBOX"],
    ["dot segments that normalize to //", "/.//evil.test"],
    ["the login page", "/login"],
    ["the login page with a query", "/login?callbackUrl=/login"],
    ["the login page reached by dot segments", "/mail/../login"],
    ["the login page, encoded", "/%6Cogin"],
    ["the login page reached by encoded dot segments", "/%2e%2e/login"],
    ["Auth.js routes", "/api/auth/signout"],
    ["any API route", "/api/mail/INBOX/1/delete"],
    ["empty", ""],
  ])("rejects %s", (_, value) => {
    expect(safeCallbackPath(value)).toBe("/mail/INBOX");
  });

  it.each([undefined, null, 42, ["/mail/INBOX"], { href: "/mail/INBOX" }])(
    "rejects the non-string %j",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/mail/INBOX");
    },
  );

  it("rejects absurdly long values", () => {
    expect(safeCallbackPath(`/mail/${"a".repeat(5000)}`)).toBe("/mail/INBOX");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackPath("//evil.test", "/mail/Drafts")).toBe("/mail/Drafts");
  });
});
