// What a dragged message row carries to a mailbox in the Folders nav: the source mailbox and
// the rows (UID, unread) under a type of Tegami's own, so text, links and files dropped from
// elsewhere are never read as messages. The payload is only parsed here; whether the UIDs
// exist and may be moved is the server's to check.
import type { ActionRow } from "@/components/actions/plan-optimistic";
import { isMailboxName } from "@/lib/mail/mailbox-name";

export const messageDragType = "application/x-tegami-messages";

/** As many UIDs as one move request takes (lib/api/mail-action.ts). */
const maxMessages = 10_000;

export interface MessageDrag {
  mailbox: string;
  messages: ActionRow[];
}

export function serializeMessageDrag(drag: MessageDrag): string {
  return JSON.stringify({
    mailbox: drag.mailbox,
    messages: drag.messages.map(({ uid, unread }) => ({ uid, unread })),
  });
}

function isUid(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 0xffffffff;
}

/** The drag's payload, or null for anything that is not one (each UID once). */
export function parseMessageDrag(text: string): MessageDrag | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const { mailbox, messages } = data as Record<string, unknown>;
  if (typeof mailbox !== "string" || !isMailboxName(mailbox)) return null;
  if (!Array.isArray(messages) || messages.length === 0 || messages.length > maxMessages)
    return null;
  const rows = new Map<number, ActionRow>();
  for (const message of messages as unknown[]) {
    if (typeof message !== "object" || message === null) return null;
    const { uid, unread } = message as Record<string, unknown>;
    if (!isUid(uid) || typeof unread !== "boolean") return null;
    rows.set(uid, { uid, unread });
  }
  return { mailbox, messages: [...rows.values()] };
}
