// The device store: the persistent half of the tab's envelope cache, and what the offline views
// read. One IndexedDB database per account (named by an opaque key, never the address), deleted
// on sign-out and when another account signs in on this browser. Mail never goes to Cache
// Storage: the service worker's caches hold only the app's own files.
//
// Stores: "meta" (the account's address and language, the mailbox tree), "pages" (list pages
// last shown), "messages" (opened and flagged messages: headers and what the body pane shows)
// and "bodies" (the sanitized HTML frame document, read by the service worker too, public/sw.js).
import {
  deviceStoreBounds,
  messageKey,
  messagesToEvict,
  pageKey,
  pagesToEvict,
  withFlagChange,
} from "@/components/offline/device-store-bounds";
import {
  activateDeviceStore,
  get,
  getAll,
  openSavedDeviceStore,
  withStore,
} from "@/components/offline/device-store-connection";
import type { Lang } from "@/lib/i18n/lang";
import type { ListView } from "@/lib/settings/list-view";
import type { Envelope, EnvelopePage, Flag, MailboxNode, MessageView } from "@/lib/mail/types";

export interface SavedAccount {
  address: string;
  lang: Lang;
}

export interface SavedPage {
  key: string;
  mailbox: string;
  page: number;
  shownAt: number;
  fetchedAt: string;
  data: EnvelopePage;
}

export interface SavedMessage {
  key: string;
  mailbox: string;
  uid: number;
  openedAt: number | null;
  savedAt: number;
  flagged: boolean;
  message: MessageView;
  /** Whether "bodies" holds its HTML frame document. */
  hasFrame: boolean;
}

export interface SavedFrame {
  key: string;
  html: string;
  /** The frame's Content-Security-Policy as the server sent it, sent again by the worker. */
  csp: string | null;
}

/** A conversation page also holds messages of Sent: only a messages page names its mailbox's UIDs alone. */
const viewOf = (page: EnvelopePage): ListView => (page.threads ? "conversations" : "messages");

export const deviceStore = {
  /** The signed-in account's store, opened online; any other account's databases are deleted. */
  activate: activateDeviceStore,
  /** The store this browser holds, opened offline; false when there is none. */
  openSaved: openSavedDeviceStore,

  async saveAccount(account: SavedAccount, mailboxes: MailboxNode[]): Promise<void> {
    await withStore("meta", "readwrite", (tx) => {
      tx.objectStore("meta").put({ name: "account", ...account });
      tx.objectStore("meta").put({ name: "mailboxes", tree: mailboxes });
    });
  },

  async readAccount(): Promise<{ account: SavedAccount; mailboxes: MailboxNode[] } | null> {
    return withStore("meta", "readonly", async (tx) => {
      const account = await get<SavedAccount & { name: string }>(tx, "meta", "account");
      const tree = await get<{ tree: MailboxNode[] }>(tx, "meta", "mailboxes");
      if (!account) return null;
      return {
        account: { address: account.address, lang: account.lang },
        mailboxes: tree?.tree ?? [],
      };
    });
  },

  /** Keeps a list page as last shown; the oldest pages beyond the bounds go. */
  async savePage(data: EnvelopePage, fetchedAt: string): Promise<void> {
    await withStore(["pages", "messages", "bodies"], "readwrite", async (tx) => {
      const pages = tx.objectStore("pages");
      const all = await getAll<SavedPage>(tx, "pages");
      // A new UIDVALIDITY (RFC 3501 §2.3.1.1): every UID saved of the mailbox names another message now.
      const renumbered = all.some(
        (p) => p.mailbox === data.mailbox && p.data.uidValidity !== data.uidValidity,
      );
      if (renumbered) await forgetMailbox(tx, data.mailbox, all);
      const record: SavedPage = {
        key: pageKey(data.mailbox, data.page, viewOf(data)),
        mailbox: data.mailbox,
        page: data.page,
        shownAt: Date.now(),
        fetchedAt,
        data,
      };
      pages.put(record);
      const kept = all.filter(
        (p) => p.key !== record.key && !(renumbered && p.mailbox === data.mailbox),
      );
      for (const key of pagesToEvict([...kept, record])) pages.delete(key);
    });
  },

  /** The page as last shown, in whichever view (messages or conversations) was shown last. */
  async readPage(mailbox: string, page: number): Promise<SavedPage | null> {
    const found = await withStore("pages", "readonly", async (tx) => {
      const views = await Promise.all(
        (["messages", "conversations"] as const).map((view) =>
          get<SavedPage>(tx, "pages", pageKey(mailbox, page, view)),
        ),
      );
      const saved = views.filter((p): p is SavedPage => p !== undefined);
      return saved.sort((a, b) => b.shownAt - a.shownAt)[0] ?? null;
    });
    return found ?? null;
  },

  /** The envelope of a message on a saved list page: its flags are fresher than the message's. */
  async readEnvelope(mailbox: string, uid: number): Promise<Envelope | null> {
    const found = await withStore("pages", "readonly", async (tx) => {
      for (const page of await getAll<SavedPage>(tx, "pages"))
        if (page.mailbox === mailbox && viewOf(page.data) === "messages")
          for (const envelope of page.data.envelopes) if (envelope.uid === uid) return envelope;
      return null;
    });
    return found ?? null;
  },

  /** Keeps an opened (or flagged) message and, for an HTML body, the frame document shown. */
  async saveMessage(
    message: MessageView,
    frame: Omit<SavedFrame, "key"> | null,
    reason: "opened" | "flagged",
  ): Promise<void> {
    const key = messageKey(message.mailbox, message.uid);
    await withStore(["messages", "bodies"], "readwrite", async (tx) => {
      const earlier = await get<SavedMessage>(tx, "messages", key);
      const record: SavedMessage = {
        key,
        mailbox: message.mailbox,
        uid: message.uid,
        openedAt: reason === "opened" ? Date.now() : (earlier?.openedAt ?? null),
        savedAt: Date.now(),
        flagged: message.flags.includes("\\Flagged"),
        message,
        hasFrame: frame !== null,
      };
      tx.objectStore("messages").put(record);
      if (frame) tx.objectStore("bodies").put({ key, ...frame });
      else tx.objectStore("bodies").delete(key);
      const all = await getAll<SavedMessage>(tx, "messages");
      for (const gone of messagesToEvict(all)) {
        tx.objectStore("messages").delete(gone);
        tx.objectStore("bodies").delete(gone);
      }
    });
  },

  async readMessage(mailbox: string, uid: number): Promise<SavedMessage | null> {
    return withStore("messages", "readonly", (tx) =>
      get<SavedMessage>(tx, "messages", messageKey(mailbox, uid)).then((m) => m ?? null),
    );
  },

  /**
   * A flag change made while the saved copy is what is shown (the action queue offline): the
   * saved rows and messages show it too, until the server's pages replace them.
   */
  async updateFlags(
    mailbox: string,
    uids: readonly number[],
    change: { add?: Flag[]; remove?: Flag[] },
  ): Promise<void> {
    const changed = new Set(uids);
    await withStore(["pages", "messages"], "readwrite", async (tx) => {
      for (const page of await getAll<SavedPage>(tx, "pages")) {
        if (page.mailbox !== mailbox || viewOf(page.data) !== "messages") continue;
        if (!page.data.envelopes.some((e) => changed.has(e.uid))) continue;
        const envelopes = page.data.envelopes.map((e) =>
          changed.has(e.uid) ? { ...e, flags: withFlagChange(e.flags, change) } : e,
        );
        tx.objectStore("pages").put({ ...page, data: { ...page.data, envelopes } });
      }
      for (const uid of uids) {
        const saved = await get<SavedMessage>(tx, "messages", messageKey(mailbox, uid));
        if (!saved) continue;
        const flags = withFlagChange(saved.message.flags, change);
        const message = { ...saved.message, flags };
        tx.objectStore("messages").put({ ...saved, flagged: flags.includes("\\Flagged"), message });
      }
    });
  },

  /** Flagged messages on the saved list pages that are not kept yet, newest first. */
  async flaggedToFetch(limit: number): Promise<{ mailbox: string; uid: number }[]> {
    const found = await withStore(["pages", "messages"], "readonly", async (tx) => {
      const [pages, messages] = await Promise.all([
        getAll<SavedPage>(tx, "pages"),
        getAll<SavedMessage>(tx, "messages"),
      ]);
      const kept = new Set(messages.map((m) => m.key));
      const wanted = new Map<string, { mailbox: string; envelope: Envelope }>();
      for (const page of pages.filter((p) => viewOf(p.data) === "messages"))
        for (const envelope of page.data.envelopes) {
          const key = messageKey(page.mailbox, envelope.uid);
          if (envelope.flags.includes("\\Flagged") && !kept.has(key))
            wanted.set(key, { mailbox: page.mailbox, envelope });
        }
      const flaggedKept = messages.filter((m) => m.openedAt === null && m.flagged).length;
      const room = Math.max(0, Math.min(limit, deviceStoreBounds.flaggedMessages - flaggedKept));
      // A map: a message can be on two saved pages (mail arrived between their fetches).
      return [...wanted.values()]
        .sort((a, b) => b.envelope.date.localeCompare(a.envelope.date))
        .slice(0, room)
        .map(({ mailbox, envelope }) => ({ mailbox, uid: envelope.uid }));
    });
    return found ?? [];
  },
};

/** Drops every page and message saved of `mailbox` (its UIDs changed meaning). */
async function forgetMailbox(
  tx: IDBTransaction,
  mailbox: string,
  pages: SavedPage[],
): Promise<void> {
  for (const page of pages) if (page.mailbox === mailbox) tx.objectStore("pages").delete(page.key);
  for (const message of await getAll<SavedMessage>(tx, "messages"))
    if (message.mailbox === mailbox) {
      tx.objectStore("messages").delete(message.key);
      tx.objectStore("bodies").delete(message.key);
    }
}
