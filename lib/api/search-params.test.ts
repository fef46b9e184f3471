import { describe, expect, it } from "vitest";
import { parseSearchParams, toSearchParams } from "@/lib/api/search-params";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("parseSearchParams", () => {
  it("reads a search in one mailbox or in all, and round-trips it", () => {
    const inOne = parse("q=from%3Abob+%E8%AB%8B%E6%B1%82%E6%9B%B8&mailbox=INBOX&page=2");
    expect(inOne).toEqual({ q: "from:bob 請求書", mailbox: "INBOX", page: 2 });
    expect(parseSearchParams(toSearchParams(inOne))).toEqual(inOne);
    expect(parse("q=x")).toEqual({ q: "x", mailbox: null, page: 1 });
    expect(toSearchParams({ q: "x", mailbox: null, page: 1 }).toString()).toBe("q=x");
  });

  it("refuses what cannot be searched with INVALID_INPUT", () => {
    for (const query of [
      "",
      "q=++",
      "q=x&page=0",
      "q=x&page=abc",
      "q=x&mailbox=..%2Fbob",
      `q=${"x".repeat(501)}`,
    ]) {
      expect(() => parse(query), query).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    }
  });
});
