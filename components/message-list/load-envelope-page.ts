// Fetches one list page into the tab's envelope cache, once at a time per page.
import { envelopeCache } from "@/components/message-list/envelope-cache";
import { reportFetchFailure, reportFetchSuccess } from "@/components/offline/use-connectivity";
import { getJson } from "@/lib/api/get-json";
import { envelopesHref } from "@/lib/mail/mail-urls";
import type { EnvelopePage } from "@/lib/mail/types";
import type { ListView } from "@/lib/settings/list-view";
import { conversationsHref } from "@/lib/thread/conversations-href";

const inFlight = new Map<string, Promise<boolean>>();

/** Reads page `page` of `mailbox` from the server into the cache; false when it failed. */
export function loadEnvelopePage(
  account: string,
  mailbox: string,
  page: number,
  view: ListView,
): Promise<boolean> {
  const k = `${account}\u0000${view}\u0000${mailbox}\u0000${page}`;
  let loading = inFlight.get(k);
  if (!loading) {
    const href =
      view === "conversations" ? conversationsHref(mailbox, page) : envelopesHref(mailbox, page);
    loading = getJson<EnvelopePage>(href).then((answer) => {
      inFlight.delete(k);
      if (!answer.ok && answer.error.code === "NETWORK") reportFetchFailure();
      else reportFetchSuccess();
      if (!answer.ok) return false;
      envelopeCache.put(account, page, answer.value, new Date().toISOString());
      return true;
    });
    inFlight.set(k, loading);
  }
  return loading;
}
