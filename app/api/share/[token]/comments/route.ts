import { json, publicApiRoute } from "@/lib/server/api";
import { clientKey, publicApiRateLimiter, rateLimitedResponse, withRateLimitHeaders } from "@/lib/server/rate-limit";
import { addGuestComment, listGuestComments } from "@/lib/server/workspace/comments";

type Params = { token: string };

// A share link's comments, for its visitors (no account). Only links that may comment answer; any other token,
// including a revoked or expired one, is a plain 404. The share page itself stays cached: it loads these on its own.
const tooMany = (retryAfterSeconds: number, message: string) =>
  Response.json({ error: "rate_limited", message }, { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": String(retryAfterSeconds) } });
const flooding = "Too many requests; retry after the delay given in Retry-After.";

export const GET = publicApiRoute<Params>(async ({ request, params }) => {
  // The public API's general budget first: a flood of lookups stops before the database.
  const flood = await publicApiRateLimiter.check(clientKey(request));
  if (!flood.allowed) return rateLimitedResponse(publicApiRateLimiter.policy, flood, flooding);
  return withRateLimitHeaders(json({ comments: await listGuestComments(params.token) }), publicApiRateLimiter.policy, flood);
});

export const POST = publicApiRoute<Params>(
  async ({ request, params, body }) => {
    const flood = await publicApiRateLimiter.check(clientKey(request));
    if (!flood.allowed) return rateLimitedResponse(publicApiRateLimiter.policy, flood, flooding);
    const result = await addGuestComment(params.token, body, clientKey(request));
    if (!result.ok) return tooMany(result.retryAfterSeconds, `You have commented a lot in a short time. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.`);
    return json({ comment: result.comment }, 201);
  },
  { withBody: true },
);
