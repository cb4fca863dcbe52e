import { readiness } from "@/lib/server/readiness";

// GET /api/ready: 200 when the database answers and every migration of this build is applied, else 503 with
// the reason (readiness: the load balancer sends traffic only to ready instances). See lib/server/readiness.ts.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const state = await readiness();
  return Response.json(state.ready ? { status: "ready", ...state } : { status: "unavailable", ...state }, {
    status: state.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(state.ready ? {} : { "Retry-After": "5" }) },
  });
}
