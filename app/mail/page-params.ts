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
