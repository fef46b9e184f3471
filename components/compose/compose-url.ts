// The URLs that open the composer, built in one place (read by lib/compose/parse-compose-query).
// Client-safe, and light: the composer's bundle carries no schema library.
//   /compose                                   a new message (`?to=`, `?subject=` prefill it)
//   /compose?mode=reply&mailbox=INBOX&uid=12   reply, replyAll or forward, full screen (phones)
//   /compose?mode=draft&mailbox=Drafts&uid=34  a draft reopened from \Drafts
//   /mail/INBOX/12?compose=reply               the composer as a panel beside the open message
//     &draftMailbox=Drafts&draftUid=34         (md+); once saved, the draft it reopens from
import type { ComposeRequest, ComposeSource } from "@/lib/api/compose-contract";
import { messageHref } from "@/lib/mail/mail-urls";

export function composeHref(request: ComposeRequest): string {
  const params = new URLSearchParams();
  if (request.mode === "new") {
    if (request.to) params.set("to", request.to);
    if (request.subject) params.set("subject", request.subject);
  } else {
    params.set("mode", request.mode);
    params.set("mailbox", request.mailbox);
    params.set("uid", String(request.uid));
  }
  const qs = params.toString();
  return qs ? `/compose?${qs}` : "/compose";
}

/** The panel on the open message: `?compose=<mode>` (and the list's page). */
export function composePanelHref(source: ComposeSource, page?: number): string {
  const params = new URLSearchParams({ compose: source.mode });
  if (page && page > 1) params.set("page", String(page));
  return `${messageHref(source.mailbox, source.uid)}?${params.toString()}`;
}

/** This page's URL once a draft is saved: a reload reopens that draft. */
export function draftReopenHref(current: URL, saved: { mailbox: string; uid: number }): string {
  if (current.pathname === "/compose") return composeHref({ mode: "draft", ...saved });
  const url = new URL(current.href);
  url.searchParams.set("draftMailbox", saved.mailbox);
  url.searchParams.set("draftUid", String(saved.uid));
  return `${url.pathname}${url.search}`;
}
