import { json, publicApiRoute } from "@/lib/server/api";
import { clientKey } from "@/lib/server/rate-limit";
import { addGuestComment, listGuestComments } from "@/lib/server/workspace/comments";

type Params = { token: string };

// A share link's comments, for its visitors (no account). Only links that may comment answer; any other token,
// including a revoked or expired one, is a plain 404. The share page itself stays cached: it loads these on its own.
export const GET = publicApiRoute<Params>(async ({ params }) => json({ comments: await listGuestComments(params.token) }));

export const POST = publicApiRoute<Params>(
  async ({ request, params, body }) => {
    const result = await addGuestComment(params.token, body, clientKey(request));
    if (!result.ok) {
      return Response.json(
        { error: "rate_limited", message: `You have commented a lot in a short time. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.` },
        { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": String(result.retryAfterSeconds) } },
      );
    }
    return json({ comment: result.comment }, 201);
  },
  { withBody: true },
);
