import { randomBytes } from "node:crypto";
import { it } from "vitest";
import { testStack } from "@/e2e/support/test-imap";
import { searchMailbox } from "@/lib/imap/search-mailbox";
import { searchAllMailboxes } from "@/lib/imap/search-all-mailboxes";
import { closeImapSessions } from "@/lib/imap/session-pool";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
const stack = testStack();
const bench = { user: "bench@example.test", pass: "secret-bench" };
it("measure", async () => {
  process.env.IMAP_URL ??= stack.imapUrl;
  process.env.SMTP_URL ??= stack.smtpUrl;
  process.env.MAIL_TLS_CA ??= stack.cert;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  const time = async <T>(label: string, fn: () => Promise<T>) => {
    const t = performance.now();
    const r = await fn();
    console.log(label, Math.round(performance.now() - t), "ms");
    return r;
  };
  for (const q of ["請求書"]) {
    for (let i = 0; i < 3; i++) {
      const r = await time(`search ${q}`, () =>
        searchMailbox(bench, "INBOX", parseSearchQuery(q), 1),
      );
      if (!i) console.log("  total", r.total, "complete", r.complete);
    }
  }
  for (let i = 0; i < 2; i++) {
    const all = await time("all mailboxes 請求書 (INBOX 10k + Big 100k + ...)", () =>
      searchAllMailboxes(bench, parseSearchQuery("subject:請求書"), 1),
    );
    console.log("  total", all.total, all.complete);
  }
  await closeImapSessions(bench.user);
}, 300000);
