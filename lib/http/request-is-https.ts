import "server-only";
import { headers } from "next/headers";
import { getConfig } from "@/lib/config/config";

/** Whether the browser reached Tegami over https (PUBLIC_URL, or the TLS proxy's header). */
export async function requestIsHttps(): Promise<boolean> {
  if (getConfig().publicUrl?.protocol === "https:") return true;
  const forwarded = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded === "https";
}
