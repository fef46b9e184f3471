import { useParams, usePathname, useSearchParams } from "next/navigation";
import { useMemo } from "react";

/** What the URL says is shown: `/mail/<mailbox>/<uid>?page=N`, decoded as the server does. */
export interface MailRoute {
  mailbox: string | null;
  uid: number | null;
  page: number;
}

function decodeSegment(value: string | string[] | undefined): string | null {
  if (typeof value !== "string" || !value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The offline views (app/offline) are served at any /mail/… address and have no route params of
 * their own: there the address bar's path says what is shown.
 */
function paramsOfPath(pathname: string): { mailbox?: string; uid?: string } {
  const [, mailbox, uid] = /^\/mail\/([^/]+)(?:\/([^/]+))?\/?$/.exec(pathname) ?? [];
  return { mailbox, uid };
}

/** The mailbox, open message and list page of the mail page in the browser's address bar. */
export function useMailRoute(): MailRoute {
  const routeParams = useParams<{ mailbox?: string; uid?: string }>();
  const pathname = usePathname();
  const params = routeParams?.mailbox === undefined ? paramsOfPath(pathname ?? "") : routeParams;
  const pageParam = useSearchParams().get("page");
  const mailbox = decodeSegment(params.mailbox);
  const uid = params.uid && /^[1-9]\d{0,9}$/.test(params.uid) ? Number(params.uid) : null;
  const page = pageParam && /^\d{1,7}$/.test(pageParam) ? Math.max(1, Number(pageParam)) : 1;
  return useMemo(() => ({ mailbox, uid, page }), [mailbox, uid, page]);
}

export type Pane = "mailboxes" | "list" | "message";

/** The one pane a phone shows: the message when one is open, else the list, else the mailboxes. */
export function useShownPane(): Pane {
  const { mailbox, uid } = useMailRoute();
  return uid !== null ? "message" : mailbox !== null ? "list" : "mailboxes";
}
