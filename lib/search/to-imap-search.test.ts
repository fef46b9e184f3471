import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
import { allOf, toImapSearch } from "@/lib/search/to-imap-search";

describe("toImapSearch", () => {
  it("ANDs repeated keys by nesting them in a one-element OR", () => {
    expect(toImapSearch(parseSearchQuery("from:bob 請求書 2026"))).toEqual({
      from: "bob",
      or: [{ text: "請求書", or: [{ text: "2026" }] }],
    });
  });

  it("maps flags, attachment, dates and negations", () => {
    const criteria = toImapSearch(
      parseSearchQuery(
        "-spam is:read is:flagged -has:attachment before:2026-12-01 after:2026-11-01",
      ),
    );
    expect(criteria).toEqual({
      not: { text: "spam" },
      or: [
        {
          seen: true,
          or: [
            {
              flagged: true,
              or: [
                {
                  not: { header: { "content-type": "multipart/mixed" } },
                  or: [
                    {
                      sentBefore: new Date("2026-12-01T00:00:00Z"),
                      or: [{ sentSince: new Date("2026-11-01T00:00:00Z") }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it("leaves out the terms the caller matches itself", () => {
    const query = parseSearchQuery("from:bob 請求書");
    expect(toImapSearch(query, (term) => term.field === "text")).toEqual({ from: "bob" });
    expect(allOf([])).toEqual({ all: true });
  });
});
