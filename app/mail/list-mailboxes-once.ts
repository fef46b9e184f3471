import "server-only";
import { cache } from "react";
import { listMailboxes } from "@/lib/imap/list-mailboxes";

/** LIST-STATUS once per request, however many layouts and pages of it ask. */
export const listMailboxesOnce = cache(listMailboxes);
