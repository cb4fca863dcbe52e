import { apiRoute, json } from "@/lib/server/api";
import { requestReview } from "@/lib/server/workspace/review";

// POST: propose a draft for review with the approvals it needs; notifies the reviewers. Not a draft = 409.
export const POST = apiRoute<{ id: string }>(async ({ actor, params, body }) => json({ assessment: await requestReview(actor, params.id, body) }), { withBody: true });
