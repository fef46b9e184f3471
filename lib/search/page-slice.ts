// Paging of a result list the way a mailbox is paged. Client-safe.

export const searchPageSize = 50;

export interface PageSlice {
  /** The page actually shown: clamped to 1…pageCount. */
  page: number;
  pageCount: number;
  start: number;
  end: number;
}

/** Which items of a list of `total` (newest first) page `page` shows. */
export function pageSlice(total: number, page: number, size = searchPageSize): PageSlice {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * size;
  return { page: current, pageCount, start, end: Math.min(total, start + size) };
}
