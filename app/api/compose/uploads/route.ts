// POST /api/compose/uploads – store one attachment: the file is the raw body, its name in
// X-Filename (percent-encoded), its type in Content-Type; 413 past the server's size limit.
import type { ComposeResponse, UploadResult } from "@/lib/api/compose-contract";
import { uploadRoute } from "@/lib/api/upload-route";
import { receiveUpload } from "@/lib/compose/receive-upload";

export const dynamic = "force-dynamic";

export type UploadResponse = ComposeResponse<UploadResult>;

export const POST = uploadRoute(receiveUpload);
