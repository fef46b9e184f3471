// Live changes: "Mark as read/unread" pressed in browser A until the row flips in browser B;
// an outside IMAP STORE \Seen until the row flips.
import { imapClient } from "../mailstack/lib.mjs";
import { newContext, row, signedInPage } from "./browser-session.mjs";
import { BENCH_USER } from "./ensure-stack.mjs";
import { sleep, summarize } from "./stats.mjs";

/** Resolves with Date.now() in the page once the row's data-unread is `value`. */
function whenRowUnread(page, uid, value) {
  return page.evaluate(
    ({ uid, value }) =>
      new Promise((resolve) => {
        const check = () => {
          if (
            document.querySelector(`[data-uid="${uid}"]`)?.getAttribute("data-unread") === value
          ) {
            observer.disconnect();
            resolve(Date.now());
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        check();
      }),
    { uid, value },
  );
}

export async function measureLive(browser, stack, url, data, runs, gapMs) {
  const uid = data.probes.plainUid;
  const contextA = await newContext(browser, url);
  const contextB = await newContext(browser, url);
  try {
    const a = await signedInPage(contextA, BENCH_USER, data.inbox.newestUid);
    const b = await signedInPage(contextB, BENCH_USER, data.inbox.newestUid);
    await a.goto(`/mail/INBOX/${uid}`);
    await a.getByRole("article").waitFor();
    await row(b, uid).and(b.locator('[data-unread="false"]')).waitFor();

    const throughTegami = [];
    for (let i = 0; i < runs; i += 1) {
      const unread = i % 2 === 0;
      const shown = whenRowUnread(b, uid, String(unread));
      const name = unread ? "Mark as unread" : "Mark as read";
      const button = a.getByRole("article").getByRole("button", { name, exact: true });
      await button.waitFor();
      const started = await button.evaluate((el) => {
        const t = Date.now();
        el.click();
        return t;
      });
      throughTegami.push((await shown) - started);
    }

    // Pause between outside changes so Tegami's watcher is back in IDLE, as when a user is idle.
    const outside = [];
    const client = imapClient(stack, BENCH_USER);
    await client.connect();
    await client.mailboxOpen("INBOX");
    for (let i = 0; i < runs; i += 1) {
      const unread = i % 2 === 0;
      await sleep(gapMs);
      const shown = whenRowUnread(b, uid, String(unread));
      const started = Date.now();
      if (unread) await client.messageFlagsRemove(String(uid), ["\\Seen"], { uid: true });
      else await client.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
      outside.push((await shown) - started);
    }
    await client.logout();
    return { liveThroughTegami: summarize(throughTegami), liveOutsideImap: summarize(outside) };
  } finally {
    await contextA.close();
    await contextB.close();
  }
}
