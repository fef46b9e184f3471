// The contract of POST /api/mailboxes/actions, shared by the route handler and the client.
// Client-safe.
import { z } from "zod";
import { mailboxNameSchema } from "@/lib/api/mailbox-name-schema";
import { mailboxLevelSchema, newMailboxPathSchema } from "@/lib/mail/new-mailbox-path";

export const mailboxActionSchema = z.discriminatedUnion("type", [
  /** "プロジェクト/2026" creates the parent too; the new mailbox is subscribed. */
  z.object({ type: z.literal("create"), path: newMailboxPathSchema }),
  /** A new last level: { path: "A/Old", name: "New" } → "A/New". */
  z.object({ type: z.literal("rename"), path: mailboxNameSchema, name: mailboxLevelSchema }),
  /** Under another parent, null for the top level; children move along. */
  z.object({
    type: z.literal("move"),
    path: mailboxNameSchema,
    parent: mailboxNameSchema.nullable(),
  }),
  /**
   * Without `withChildren`, a mailbox with children answers 409 MAILBOX_HAS_CHILDREN with
   * `details.children`: ask, then send again with `withChildren: true`.
   */
  z.object({
    type: z.literal("delete"),
    path: mailboxNameSchema,
    withChildren: z.boolean().optional(),
  }),
  z.object({ type: z.literal("subscribe"), path: mailboxNameSchema }),
  z.object({ type: z.literal("unsubscribe"), path: mailboxNameSchema }),
  /** \Trash and \Junk only; anything else answers 409 ACTION_REFUSED. */
  z.object({ type: z.literal("empty"), path: mailboxNameSchema }),
]);

export type MailboxAction = z.infer<typeof mailboxActionSchema>;

export interface MailboxActionResult {
  /** The mailbox's path after the action (the new path after rename or move). */
  path: string;
  /** delete: every path deleted, children first. */
  deleted?: string[];
  /** subscribe / unsubscribe: the state now. */
  subscribed?: boolean;
  /** empty: how many messages were deleted for good. */
  expunged?: number;
}

export type MailboxActionResponse =
  | { ok: true; value: MailboxActionResult }
  | { ok: false; error: { code: string; message: string; details?: { children?: string[] } } };
