import { recommend, ValidationError } from "@/lib/decision";
import { defaultMaxJsonBytes, readJsonBody } from "@/lib/server/json-body";
import { clientKey, publicApiRateLimiter, rateLimitedResponse, rateLimitHeaders } from "@/lib/server/rate-limit";

// POST /api/v1/recommend: traits in, Recommendation out (the recommend-v1 contract).
// Errors share one envelope, `{ error, issues? , message? }`; see docs/decisions/0002-recommend-api-errors.md.

const noStore = { "Cache-Control": "no-store" } as const;

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...noStore, ...headers } });
}

export async function POST(request: Request): Promise<Response> {
  const limit = await publicApiRateLimiter.check(clientKey(request));
  if (!limit.allowed) return rateLimitedResponse(publicApiRateLimiter.policy, limit, "Too many requests; retry after the delay given in Retry-After.");
  const limitHeaders = rateLimitHeaders(publicApiRateLimiter.policy, limit);

  const body = await readJsonBody(request, { maxBytes: defaultMaxJsonBytes });
  if (!body.ok) {
    const { ok: _ok, status, ...envelope } = body;
    return json(envelope, status, limitHeaders);
  }

  try {
    return json(recommend(body.value), 200, limitHeaders);
  } catch (error) {
    if (error instanceof ValidationError) {
      return json({ error: "invalid_traits", issues: error.issues }, 400, limitHeaders);
    }
    // Valid traits the engine could not handle: a bug on our side, never the caller's input.
    console.error("POST /api/v1/recommend: engine failure", error);
    return json({ error: "internal_error", message: "The recommendation could not be computed." }, 500);
  }
}
