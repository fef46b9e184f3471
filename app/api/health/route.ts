// GET /api/health – liveness and readiness for load balancers and container checks; no sign-in.
import { checkHealth } from "@/lib/health/check-health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { httpStatus, body } = await checkHealth();
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
