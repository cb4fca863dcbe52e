import { apiRoute, json } from "@/lib/server/api";
import { getReview } from "@/lib/server/workspace/review";

// GET: the review of the assessment: status, approvals needed, every vote (current revision or stale) and the tally.
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json({ review: await getReview(actor, params.id) }));
