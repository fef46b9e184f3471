// The message list of the UI contract: a grid (or list) named Messages, one row (or listitem)
// per message carrying data-uid, data-unread and data-flagged.
import type { Locator, Page } from "@playwright/test";

const ROW = ':is([role="row"], [role="listitem"], li)[data-uid]';

export function messageList(page: Page): Locator {
  return page
    .getByRole("grid", { name: "Messages" })
    .or(page.getByRole("list", { name: "Messages" }));
}

export function messageRows(page: Page): Locator {
  return messageList(page).locator(ROW);
}

export function messageRow(page: Page, uid: number): Locator {
  return messageList(page).locator(`${ROW}[data-uid="${uid}"]`);
}

/** The UIDs of the rows shown, top to bottom. */
export async function listedUids(page: Page): Promise<number[]> {
  return messageRows(page).evaluateAll((rows) =>
    rows.map((r) => Number(r.getAttribute("data-uid"))),
  );
}

/** [uid, data-unread, data-flagged] of every row shown. */
export async function listedFlags(page: Page): Promise<[number, string | null, string | null][]> {
  return messageRows(page).evaluateAll((rows) =>
    rows.map((r) => [
      Number(r.getAttribute("data-uid")),
      r.getAttribute("data-unread"),
      r.getAttribute("data-flagged"),
    ]),
  );
}
