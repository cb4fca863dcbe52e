// GET /api/health: the process is up and serving (liveness). It touches nothing else, so a database outage
// never gets healthy instances restarted; /api/ready is the check for taking traffic.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
