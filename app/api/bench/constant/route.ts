// Benchmark baseline only: the cheapest possible dynamic route handler, so bench/02-api.mjs can compare
// POST /api/v1/recommend against the framework's own per-request cost. Harmless to ship: no input, no data.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
