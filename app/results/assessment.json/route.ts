import { budgetFit, defaultAssumptionValues, defaultPeopleSettings } from "@/lib/cost";
import { paths } from "@/lib/paths";
import { loadResults } from "@/lib/server/answers-loader";
import { publicOrigin } from "@/lib/server/public-origin";
import { clientKey, exportRateLimiter, rateLimitedResponse, rateLimitHeaders } from "@/lib/server/rate-limit";

/** `GET /results/assessment.json?<answers>`: the answers and the engine's full output, as a download. */
export async function GET(request: Request): Promise<Response> {
  const limit = await exportRateLimiter.check(clientKey(request));
  if (!limit.allowed) return rateLimitedResponse(exportRateLimiter.policy, limit, "Too many downloads in a short time; try again in a minute.");
  const url = new URL(request.url);
  const loaded = loadResults(url.searchParams);
  if (!loaded.ok) {
    return Response.json(
      { error: "invalid_traits", issues: loaded.issues.map(({ path, message }) => ({ path, message })) },
      { status: 400, headers: { "cache-control": "no-store", ...rateLimitHeaders(exportRateLimiter.policy, limit) } },
    );
  }
  const body = {
    contract: "recommend-v1",
    link: new URL(paths.results(loaded.traits), publicOrigin()).href,
    traits: loaded.traits,
    recommendation: loaded.result,
    plan: planSummary(budgetFit({ traits: loaded.traits, recommendation: loaded.result, assumptions: defaultAssumptionValues })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="assessment-${loaded.result.recommendation.architecture.replace(/_/g, "-")}.json"`,
      "cache-control": "no-store",
      ...rateLimitHeaders(exportRateLimiter.policy, limit),
    },
  });
}

/** The staffing model, calendar and first-year cost behind `recommendation.roleProfile` (extra to the v1 contract). */
function planSummary(fit: ReturnType<typeof budgetFit>) {
  const option = (plan: NonNullable<typeof fit.lean>) => ({
    roles: plan.staffing.roles.map((role) => ({
      role: role.role,
      seniority: role.seniority,
      sourcing: role.sourcing.mode,
      fteByPhase: role.fteByPhase,
      peakFte: role.peakFte,
    })),
    peakFte: plan.staffing.peakFte,
    calendar: plan.cost.calendar,
    firstYear: plan.firstYear,
    fitsBudget: plan.fits,
    givesUp: plan.givesUp,
  });
  return { region: defaultPeopleSettings.region, budgetUsd: fit.budgetUsd, full: option(fit.full), lean: fit.lean ? option(fit.lean) : null };
}
