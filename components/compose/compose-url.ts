// The URLs that open the composer, built and read in one place. Client-safe.
//   /compose                                   a new message (`?to=`, `?subject=` prefill it)
//   /compose?mode=reply&mailbox=INBOX&uid=12   reply, replyAll or forward, full screen (phones)
//   /compose?mode=draft&mailbox=Drafts&uid=34  a draft reopened from \Drafts
//   /mail/INBOX/12?compose=reply               the composer as a panel beside the open message
//     &draftMailbox=Drafts&draftUid=34         (md+); once saved, the draft it reopens from
import {
  composeRequestSchema,
  composeSourceSchema,
  type ComposeRequest,
  type ComposeSource,
} from "@/lib/api/compose-contract";
import { messageHref } from "@/lib/mail/mail-urls";

type Query = Record<string, string | string[] | undefined>;

function one(query: Query, key: string): string | undefined {
  const value = query[key];
  return typeof value === "string" ? value : undefined;
}

function uidOf(value: string | undefined): number {
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
}

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

/** The /compose page's query; null when it names nothing a composer can open. */
export function parseComposeQuery(query: Query): ComposeRequest | null {
  const mode = one(query, "mode") ?? "new";
  const parsed = composeRequestSchema.safeParse(
    mode === "new"
      ? { mode, to: one(query, "to"), subject: one(query, "subject") }
      : { mode, mailbox: one(query, "mailbox"), uid: uidOf(one(query, "uid")) },
  );
  return parsed.success ? parsed.data : null;
}

/** The panel on the open message: `?compose=<mode>` (and the list's page). */
export function composePanelHref(source: ComposeSource, page?: number): string {
  const params = new URLSearchParams({ compose: source.mode });
  if (page && page > 1) params.set("page", String(page));
  return `${messageHref(source.mailbox, source.uid)}?${params.toString()}`;
}

/**
 * The panel asked for on the open message `mailbox`/`uid`: the answer to open, and the draft
 * of it saved earlier (to reopen first), or null when no panel is asked for.
 */
export function parseComposePanelQuery(
  query: Query,
  mailbox: string,
  uid: number,
): { source: ComposeSource; draft: ComposeRequest | null } | null {
  const source = composeSourceSchema.safeParse({ mode: one(query, "compose"), mailbox, uid });
  if (!source.success) return null;
  const draft = composeRequestSchema.safeParse({
    mode: "draft",
    mailbox: one(query, "draftMailbox"),
    uid: uidOf(one(query, "draftUid")),
  });
  return { source: source.data, draft: draft.success ? draft.data : null };
}

/** This page's URL once a draft is saved: a reload reopens that draft. */
export function draftReopenHref(current: URL, saved: { mailbox: string; uid: number }): string {
  if (current.pathname === "/compose") return composeHref({ mode: "draft", ...saved });
  const url = new URL(current.href);
  url.searchParams.set("draftMailbox", saved.mailbox);
  url.searchParams.set("draftUid", String(saved.uid));
  return `${url.pathname}${url.search}`;
}
