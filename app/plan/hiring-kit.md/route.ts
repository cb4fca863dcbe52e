import { hiringKitDocuments } from "@/lib/paths";
import { loadPlan } from "@/lib/server/answers-loader";
import { clientKey, exportRateLimiter, rateLimitedResponse, rateLimitHeaders } from "@/lib/server/rate-limit";

const plainHeaders = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };

/**
 * `GET /plan/hiring-kit.md?role=<role>&doc=job-description|scorecard&<answers>`: one role's job description or
 * interview scorecard as Markdown (the planner's Copy and Download buttons fetch it, so the page does not carry it).
 */
export async function GET(request: Request): Promise<Response> {
  const limit = await exportRateLimiter.check(clientKey(request));
  if (!limit.allowed) return rateLimitedResponse(exportRateLimiter.policy, limit, "Too many downloads in a short time; try again in a minute.");
  const plain = { ...plainHeaders, ...rateLimitHeaders(exportRateLimiter.policy, limit) };
  const params = new URL(request.url).searchParams;
  const loaded = loadPlan(params);
  if (!loaded.ok) {
    const lines = loaded.issues.map((issue) => `- ${issue.path || "(link)"}: ${issue.message}`);
    return new Response(`These answers cannot be planned:\n${lines.join("\n")}\n`, { status: 400, headers: plain });
  }
  const doc = hiringKitDocuments.find((entry) => entry === params.get("doc"));
  const kit = loaded.kits.find((entry) => entry.role === params.get("role"));
  if (!doc || !kit) return new Response("No such role or document in this plan.\n", { status: 404, headers: plain });
  const { markdown, filename } = doc === "job-description" ? kit.jobDescription : kit.scorecard;
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      ...rateLimitHeaders(exportRateLimiter.policy, limit),
    },
  });
}
