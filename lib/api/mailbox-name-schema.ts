import { z } from "zod";
import { isMailboxName } from "@/lib/mail/mailbox-name";

/** The mailbox field of every request contract. */
export const mailboxNameSchema = z.string().refine(isMailboxName, "not a mailbox name");
