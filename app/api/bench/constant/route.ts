import { env } from "@/lib/server/env";

// Benchmark baseline only: the cheapest possible dynamic route handler, so bench/02-api.mjs can compare
// POST /api/v1/recommend against the framework's own per-request cost. No input, no data; and not part of a
// production deployment: it answers 404 unless BENCH_ROUTES is on (bench/_server.mjs turns it on).
export const dynamic = "force-dynamic";

export function GET(): Response {
  if (!env.BENCH_ROUTES) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
