import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ListPane } from "@/components/mail-shell";
import { MessageListPane } from "@/components/message-list/message-list-pane";
import { ListOrSearch } from "@/components/search/list-or-search";
import { SearchResultsPane } from "@/components/search/search-results-pane";
import { decodeMailboxParam } from "@/lib/api/message-params";
import { requestLang } from "@/lib/i18n/request-lang";
import { listMailboxPage } from "@/lib/message/list-mailbox-page";
import { focusMailbox } from "@/lib/realtime/mailbox-watcher";
import { requestListView } from "@/lib/settings/request-list-view";
import { loadMail, requireMailSession } from "../load-mail";
import { requestPage, requestPath } from "../request-path";
import { renderSearch } from "./render-search";

type Props = { children: ReactNode; params: Promise<{ mailbox: string }> };

/**
 * A mailbox: its message list beside whatever `children` show (the open message, or the
 * prompt to pick one). The list stays mounted as messages open; it follows `?page=` itself,
 * and shows search hits instead while the URL carries `?q=`.
 */
export default async function MailboxLayout({ children, params }: Props) {
  let mailbox: string;
  try {
    mailbox = decodeMailboxParam((await params).mailbox);
  } catch {
    notFound();
  }
  const session = await requireMailSession();
  // The user's IMAP watcher waits in IDLE on the mailbox shown most recently.
  focusMailbox(session.credentials, mailbox);
  const [requested, path, view] = await Promise.all([
    requestPage(),
    requestPath(),
    requestListView(),
  ]);
  const query = new URLSearchParams(path.split("?")[1] ?? "");
  const [lang, envelopes, search] = await Promise.all([
    requestLang(),
    loadMail(() => listMailboxPage(session.credentials, mailbox, requested, view)),
    renderSearch(session.credentials, mailbox, query),
  ]);

  return (
    <>
      <ListPane lang={lang}>
        <ListOrSearch
          list={
            <MessageListPane
              account={session.email}
              initial={envelopes}
              initialRequested={requested}
              renderedAt={new Date().toISOString()}
              lang={lang}
              view={view}
            />
          }
          search={<SearchResultsPane account={session.email} lang={lang} rendered={search} />}
        />
      </ListPane>
      {children}
    </>
  );
}
