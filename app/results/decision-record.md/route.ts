import { budgetFit, computeCostModel, defaultAssumptionValues, renderPlanSections } from "@/lib/cost";
import { decisionRecordFilename, renderDecisionRecord } from "@/lib/decision/decision-record";
import { paths } from "@/lib/paths";
import { loadResults } from "@/lib/server/answers-loader";
import { publicOrigin } from "@/lib/server/public-origin";
import { clientKey, exportRateLimiter, rateLimitedResponse, rateLimitHeaders } from "@/lib/server/rate-limit";

/** `GET /results/decision-record.md?<answers>`: the result as a Markdown decision record, as a download. */
export async function GET(request: Request): Promise<Response> {
  const limit = await exportRateLimiter.check(clientKey(request));
  if (!limit.allowed) return rateLimitedResponse(exportRateLimiter.policy, limit, "Too many downloads in a short time; try again in a minute.");
  const url = new URL(request.url);
  const loaded = loadResults(url.searchParams);
  if (!loaded.ok) {
    const lines = loaded.issues.map((issue) => `- ${issue.path || "(link)"}: ${issue.message}`);
    return new Response(`These answers cannot be scored:\n${lines.join("\n")}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...rateLimitHeaders(exportRateLimiter.policy, limit) },
    });
  }
  const { traits, result } = loaded;
  const record = renderDecisionRecord(traits, result, {
    shareUrl: new URL(paths.results(traits), publicOrigin()).href,
    date: new Date().toISOString().slice(0, 10),
  });
  const costs = computeCostModel(traits, { recommendation: result });
  const fit = budgetFit({ traits, recommendation: result, assumptions: defaultAssumptionValues });
  const markdown = `${record}${renderPlanSections(fit, costs)}`;
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${decisionRecordFilename(loaded.result)}"`,
      "cache-control": "no-store",
      ...rateLimitHeaders(exportRateLimiter.policy, limit),
    },
  });
}
