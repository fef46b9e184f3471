// The contract of POST /api/mail/actions, shared by the route handler and the client (and
// later the offline outbox, which replays it). Client-safe.
import { z } from "zod";
import { mailboxNameSchema } from "@/lib/api/mailbox-name-schema";
import type { Flag } from "@/lib/mail/types";

const uid = z.number().int().min(1).max(0xffffffff);

export const mailActionSchema = z.object({
  mailbox: mailboxNameSchema,
  /** Which messages: explicit UIDs, or every message in the mailbox (acts on 1:*, one command). */
  target: z.union([
    z.object({ uids: z.array(uid).min(1).max(10_000) }),
    z.object({ all: z.literal(true) }),
  ]),
  /**
   * The mailbox's UIDVALIDITY when the UIDs were read (a replayed offline action): the server
   * refuses with UIDVALIDITY_CHANGED when it differs. Absent, the UIDs are taken as current.
   */
  uidValidity: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
  action: z.discriminatedUnion("type", [
    z.object({ type: z.literal("seen"), value: z.boolean() }),
    z.object({ type: z.literal("flagged"), value: z.boolean() }),
    z.object({ type: z.literal("archive") }),
    /** To \Trash; in \Trash itself, delete for good (the client confirms first). */
    z.object({ type: z.literal("delete") }),
    z.object({ type: z.literal("move"), to: mailboxNameSchema }),
  ]),
});

export type MailAction = z.infer<typeof mailActionSchema>;

/** How to take a move back: move `uids` from `mailbox` back to `to`. */
export interface UndoMove {
  mailbox: string;
  uids: number[];
  to: string;
}

export interface MailActionResult {
  /** Messages affected in the source mailbox. */
  uids: number[];
  /** For flag actions: the flags now on each message. */
  flags?: Record<number, Flag[]>;
  /** For moves (archive, delete to Trash, move): where they went. */
  destination?: string;
  /** Present when the action can be undone (archive, delete to Trash, move). */
  undo?: UndoMove;
  /** True when messages were deleted for good (delete inside \Trash). */
  expunged?: boolean;
}

export type MailActionResponse =
  { ok: true; value: MailActionResult } | { ok: false; error: { code: string; message: string } };
