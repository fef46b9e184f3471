import "server-only";
import { headers } from "next/headers";
import { parsePage } from "@/lib/mail/list-page";

/** The request header proxy.ts sets to the page's own path and query. */
export const requestUrlHeader = "x-tegami-url";

/**
 * This request's path and query ("/mail/INBOX?page=2"). Layouts are not given the search
 * params (they stay mounted while only the query changes), so proxy.ts hands them over.
 */
export async function requestPath(): Promise<string> {
  const value = (await headers()).get(requestUrlHeader);
  // Only a path of this site: it becomes the sign-in page's callbackUrl.
  return value && value.startsWith("/mail") ? value : "/mail";
}

/** `?page=` of this request, for the list a layout renders on a full load or a refresh. */
export async function requestPage(): Promise<number> {
  const query = new URLSearchParams((await requestPath()).split("?")[1] ?? "");
  return parsePage(query.get("page") ?? undefined);
}
