import { loadPlan } from "@/lib/server/answers-loader";
import { clientKey, publicApiRateLimiter, rateLimitedResponse, rateLimitHeaders } from "@/lib/server/rate-limit";
import type { HiringKitContents } from "@/lib/hiring-kit-contents";

/**
 * `GET /plan/hiring-kits.json?<answers>`: every role's job description and interview scorecard, which the planner
 * page fetches once it is live and draws inside the roles' disclosures (so the page's HTML does not carry them).
 */
export async function GET(request: Request): Promise<Response> {
  const limit = await publicApiRateLimiter.check(clientKey(request));
  if (!limit.allowed) return rateLimitedResponse(publicApiRateLimiter.policy, limit, "Too many requests in a short time; try again in a minute.");
  const headers = { "cache-control": "no-store", ...rateLimitHeaders(publicApiRateLimiter.policy, limit) };
  const loaded = loadPlan(new URL(request.url).searchParams);
  if (!loaded.ok) {
    return Response.json({ error: "invalid_traits", issues: loaded.issues.map(({ path, message }) => ({ path, message })) }, { status: 400, headers });
  }
  const body: HiringKitContents = {
    roles: loaded.plan.roles.map((role) => ({ role: role.role, jobDescription: role.jobDescription, scorecard: role.scorecard })),
  };
  return Response.json(body, { headers });
}
