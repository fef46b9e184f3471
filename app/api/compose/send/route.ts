// POST /api/compose/send – send a draft exactly once (its Message-ID is the idempotency key).
import { draftSchema, type ComposeResponse, type SendResult } from "@/lib/api/compose-contract";
import { mutationRoute } from "@/lib/api/mail-route";
import { sendMessage } from "@/lib/compose/send-message";

export const dynamic = "force-dynamic";

export type SendResponse = ComposeResponse<SendResult>;

export const POST = mutationRoute(draftSchema, (session, draft) => sendMessage(session, draft));
