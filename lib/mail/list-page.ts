// The list's page number, as `?page=` carries it in page URLs and API requests. Client-safe.

/** `?page=` as a positive page number; anything else is page 1. */
export function parsePage(value: string | string[] | null | undefined): number {
  const page = typeof value === "string" && /^\d{1,7}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}
