// The browser side of Tegami's JSON reads: one GET, the answer typed like a mutation's.
// Client-safe.
import { readAnswer, type ApiAnswer } from "@/lib/api/post-json";

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<ApiAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, signal });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "" } };
  }
  return readAnswer<T>(response);
}
