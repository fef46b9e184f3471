// POST /api/mailboxes/actions – create, rename, move, delete, (un)subscribe or empty a mailbox.
import { mailboxActionSchema } from "@/lib/api/mailbox-action";
import { mutationRoute } from "@/lib/api/mail-route";
import { applyMailboxAction } from "@/lib/mailbox/apply-mailbox-action";

export const dynamic = "force-dynamic";

export const POST = mutationRoute(mailboxActionSchema, applyMailboxAction);
