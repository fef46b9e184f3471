import { describe, expect, it, vi } from "vitest";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import { canSearchPartially, partialRange, searchPageUids } from "@/lib/imap/search-page-uids";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";

/** A server with 120 hits, UIDs 1…120, that answers RETURN (COUNT PARTIAL) as RFC 9394 says. */
function partialServer(capabilities = ["ESEARCH", "PARTIAL"]) {
  const search = vi.fn(async (_criteria: unknown, options: { returnOptions: unknown[] }) => {
    const partial = options.returnOptions.find(
      (o): o is { partial: string } => typeof o === "object",
    );
    const [from, to] = partial!.partial.split(":").map((n) => 121 + Number(n));
    const low = Math.max(1, to!);
    return {
      count: 120,
      partial: { range: partial!.partial, messages: low <= from! ? `${low}:${from}` : "" },
    };
  });
  const client = { capabilities: new Map(capabilities.map((c) => [c, true])), search };
  const locked = {
    client: client as unknown as ImapClient,
    path: "INBOX",
    uidValidity: "1",
    exists: 500,
  };
  return { locked: locked as LockedMailbox, search };
}

describe("searchPageUids", () => {
  it("counts pages from the newest end", () => {
    expect(partialRange(1)).toBe("-1:-50");
    expect(partialRange(3)).toBe("-101:-150");
  });

  it("asks the server for the page only, with the count", async () => {
    const { locked, search } = partialServer();
    const first = await searchPageUids(locked, { text: "x" }, 1);
    expect(first.total).toBe(120);
    expect(first.uids[0]).toBe(120);
    expect(first.uids).toHaveLength(50);
    expect(search).toHaveBeenCalledWith(
      { text: "x" },
      { uid: true, returnOptions: ["COUNT", { partial: "-1:-50" }] },
    );
    const last = await searchPageUids(locked, { text: "x" }, 3);
    expect(last.uids).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
  });

  it("asks again for the last page when the page is past the end", async () => {
    const { locked, search } = partialServer();
    const result = await searchPageUids(locked, { text: "x" }, 9);
    expect(result.slice.page).toBe(3);
    expect(result.uids).toHaveLength(20);
    expect(search).toHaveBeenCalledTimes(2);
  });

  it("is used only where the server has ESEARCH and PARTIAL (Dovecot 2.3 has no PARTIAL)", () => {
    expect(canSearchPartially(partialServer().locked)).toBe(true);
    expect(canSearchPartially(partialServer(["ESEARCH"]).locked)).toBe(false);
  });
});
