import type { MailEvent } from "@/lib/realtime/mail-event";

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isUid = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value > 0;
const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;
const isUidList = (value: unknown): value is number[] => Array.isArray(value) && value.every(isUid);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** A MailEvent from its shape, or null: the client ignores what it does not understand. */
function toMailEvent(value: Fields): MailEvent | null {
  const mailbox = value.mailbox;
  const hasMailbox = typeof mailbox === "string" && mailbox.length > 0;
  switch (value.type) {
    case "flags":
      return hasMailbox && isUid(value.uid) && isStringList(value.flags)
        ? { type: "flags", mailbox, uid: value.uid, flags: value.flags }
        : null;
    case "added":
    case "expunged":
      return hasMailbox && isUidList(value.uids)
        ? { type: value.type, mailbox, uids: value.uids }
        : null;
    case "counts":
      return hasMailbox && isCount(value.unseen) && isCount(value.messages)
        ? { type: "counts", mailbox, unseen: value.unseen, messages: value.messages }
        : null;
    case "mailboxes":
      return { type: "mailboxes" };
    case "resync":
      return { type: "resync", mailbox: hasMailbox ? mailbox : null };
    case "connection":
      return value.state === "live" || value.state === "reconnecting"
        ? { type: "connection", state: value.state }
        : null;
    default:
      return null;
  }
}

/** The `data:` of an `event: mail` message: a MailEvent (or an envelope `{ id, event }`). */
export function parseMailEvent(data: string): MailEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  return toMailEvent(isObject(value.event) ? value.event : value);
}
