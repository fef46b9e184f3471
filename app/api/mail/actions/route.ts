// POST /api/mail/actions – apply one action (read, flag, archive, delete, move) to messages.
import { mailActionSchema } from "@/lib/api/mail-action";
import { mutationRoute } from "@/lib/api/mail-route";
import { applyMailAction } from "@/lib/message/apply-mail-action";

export const dynamic = "force-dynamic";

export const POST = mutationRoute(mailActionSchema, applyMailAction);
