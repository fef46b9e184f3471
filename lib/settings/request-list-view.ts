import "server-only";
import { cookies } from "next/headers";
import { listViewCookie, parseListView, type ListView } from "@/lib/settings/list-view";

/** The list view this request's user chose (messages unless conversations were turned on). */
export async function requestListView(): Promise<ListView> {
  return parseListView((await cookies()).get(listViewCookie)?.value);
}
