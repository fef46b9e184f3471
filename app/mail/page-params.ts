/** `?page=` as a positive page number; anything else is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,7}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}

/** Rebuilds this page's own URL (path and query) to return to after sign-in. */
export function returnPath(
  path: string,
  query: Record<string, string | string[] | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (typeof value === "string") search.set(key, value);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
