import { describe, expect, it } from "vitest";
import {
  listSearchHref,
  parseListSearch,
  searchApiHref,
  searchHitHref,
} from "@/lib/search/list-search";

const parse = (query: string) => parseListSearch(new URLSearchParams(query));

describe("list search URLs", () => {
  it("reads a search from the page query, and nothing from a plain list", () => {
    expect(parse("q=from%3Abob+%E8%AB%8B%E6%B1%82%E6%9B%B8")).toEqual({
      q: "from:bob 請求書",
      all: false,
      page: 1,
    });
    expect(parse("q=x&scope=all&page=3")).toEqual({ q: "x", all: true, page: 3 });
    expect(parse("q=x&page=0")).toMatchObject({ page: 1 });
    expect(parse("page=2")).toBeNull();
    expect(parse("q=++")).toBeNull();
  });

  it("builds the list, hit and API URLs, round-tripping the search", () => {
    const search = { q: "from:bob 請求書", all: true, page: 2 };
    const href = listSearchHref("プロジェクト/2026", search);
    expect(href).toMatch(/^\/mail\/%E3%83%97.*%2F2026\?q=from%3Abob\+/);
    expect(parse(href.split("?")[1]!)).toEqual(search);
    expect(searchHitHref("Sent", 7, search)).toMatch(/^\/mail\/Sent\/7\?q=.*&scope=all&page=2$/);
    expect(searchApiHref("INBOX", search)).not.toContain("mailbox=");
    expect(searchApiHref("INBOX", { ...search, all: false, page: 1 })).toBe(
      "/api/search?q=from%3Abob+%E8%AB%8B%E6%B1%82%E6%9B%B8&mailbox=INBOX",
    );
  });
});
