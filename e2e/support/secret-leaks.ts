// Watches everything the server sends to a page for a secret (a password): request URLs,
// response headers and bodies. Event streams are skipped (their bodies never end).
import type { Page } from "@playwright/test";

export interface LeakWatch {
  /** Waits for every response seen so far to be read; returns where the secret appeared. */
  leaks(): Promise<string[]>;
}

/** decodeURIComponent that leaves malformed input as it is. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function watchForLeaks(page: Page, secret: string): LeakWatch {
  const needle = Buffer.from(secret);
  const found: string[] = [];
  const reads: Promise<void>[] = [];
  page.on("request", (request) => {
    if (safeDecode(request.url()).includes(secret)) found.push(`request URL ${request.url()}`);
  });
  page.on("response", (response) => {
    reads.push(
      (async () => {
        const headers = await response.allHeaders().catch(() => ({}) as Record<string, string>);
        if (JSON.stringify(headers).includes(secret)) found.push(`headers of ${response.url()}`);
        const status = response.status();
        if (
          (status >= 300 && status < 400) ||
          (headers["content-type"] ?? "").includes("text/event-stream")
        )
          return;
        const body = await response.body().catch(() => null);
        if (body?.includes(needle)) found.push(`body of ${response.url()}`);
      })(),
    );
  });
  return {
    async leaks() {
      await Promise.all(reads);
      return [...found];
    },
  };
}
