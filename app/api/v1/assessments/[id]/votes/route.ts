import { apiRoute, json } from "@/lib/server/api";
import { castVote } from "@/lib/server/workspace/review";

// PUT: the caller's vote on the current revision (replaces an earlier one); only while proposed, else 409.
export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) => json({ review: await castVote(actor, params.id, body) }), { withBody: true });
