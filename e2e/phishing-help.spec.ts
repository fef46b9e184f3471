// Phishing help in the message header: the real address beside a display name that claims
// another one, and the receiving server's SPF/DKIM/DMARC verdicts, believed only from the
// server Tegami is told to trust (TEGAMI_AUTHSERV_ID, "mx.example.test" for these servers).
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { BOB } from "./support/fixtures.mjs";
import { messageList } from "./support/message-list";
import { signIn } from "./support/sign-in";
import { appendMessage } from "./support/test-imap";

function phish(opts: { subject: string; from: string; authResults: string[] }): Buffer {
  return Buffer.from(
    [
      ...opts.authResults.map((value) => `Authentication-Results: ${value}`),
      `From: ${opts.from}`,
      `To: ${BOB}`,
      `Subject: ${opts.subject}`,
      `Date: ${new Date().toUTCString()}`,
      `Message-ID: <${randomBytes(8).toString("hex")}@phish.example>`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Please confirm your account details today.",
      "",
    ].join("\r\n"),
  );
}

async function open(page: Page, uid: number, subject: string) {
  await page.goto(`/mail/INBOX/${uid}`);
  const article = page.getByRole("article", { name: subject, exact: true });
  await expect(article).toBeVisible();
  return article;
}

test("a forged sender is pointed out, and only the trusted server's checks are believed", async ({
  page,
}) => {
  const tag = randomBytes(3).toString("hex");
  const forged = {
    subject: `Your account ${tag}`,
    from: '"security@bank.example" <alerts@bank-secure.example>',
    authResults: [
      // Written by the sender, above the server's own: must not turn into a green "pass".
      "mx.example.net; dmarc=pass header.from=bank-secure.example",
      "mx.example.test; spf=pass smtp.mailfrom=bank-secure.example; dkim=none; dmarc=fail header.from=bank-secure.example",
    ],
  };
  const genuine = {
    subject: `Statement ${tag}`,
    from: "Bank <news@bank.example>",
    authResults: [
      "mx.example.test; spf=pass smtp.mailfrom=bank.example; dkim=pass header.d=bank.example; dmarc=pass header.from=bank.example",
    ],
  };
  const forgedUid = await appendMessage(BOB, "INBOX", phish(forged));
  const genuineUid = await appendMessage(BOB, "INBOX", phish(genuine));

  await page.goto("/login");
  await signIn(page, BOB);
  await expect(messageList(page)).toBeVisible();

  const article = await open(page, forgedUid, forged.subject);
  await expect(article.getByText("alerts@bank-secure.example")).toBeVisible();
  await expect(article.locator("[data-sender-warning]")).toHaveText(
    "The name shows security@bank.example, which is not the sender's address",
  );
  const checks = article.locator("[data-sender-checks]");
  await expect(checks).toHaveAttribute("data-sender-checks", "trusted");
  await expect(checks.locator('[data-check="dmarc"]')).toHaveAttribute("data-verdict", "fail");
  await expect(checks.locator('[data-verdict="pass"]')).toHaveCount(1); // SPF only
  await expect(checks).toContainText(
    "This message failed the sender checks: it may not really come from bank-secure.example.",
  );

  const genuineArticle = await open(page, genuineUid, genuine.subject);
  await expect(genuineArticle.locator("[data-sender-warning]")).toHaveCount(0);
  await expect(genuineArticle.locator('[data-sender-checks] [data-verdict="pass"]')).toHaveCount(3);
  await expect(genuineArticle.locator('[data-sender-checks] [data-verdict="fail"]')).toHaveCount(0);
});
