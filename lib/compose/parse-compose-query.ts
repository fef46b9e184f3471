// Reads the composer URLs that components/compose/compose-url builds: the /compose page's query
// and the panel beside an open message. Validated by the same contract the routes use.
import {
  composeRequestSchema,
  composeSourceSchema,
  type ComposeRequest,
  type ComposeSource,
} from "@/lib/api/compose-contract";

type Query = Record<string, string | string[] | undefined>;

function one(query: Query, key: string): string | undefined {
  const value = query[key];
  return typeof value === "string" ? value : undefined;
}

function uidOf(value: string | undefined): number {
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
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
