// POST /api/compose/drafts – save a new version of a draft to \Drafts, replacing the older ones.
import {
  draftSchema,
  type ComposeResponse,
  type SaveDraftResult,
} from "@/lib/api/compose-contract";
import { mutationRoute } from "@/lib/api/mail-route";
import { saveDraft } from "@/lib/compose/save-draft";

export const dynamic = "force-dynamic";

export type SaveDraftResponse = ComposeResponse<SaveDraftResult>;

export const POST = mutationRoute(draftSchema, saveDraft);
