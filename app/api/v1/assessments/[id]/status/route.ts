import { apiRoute, json } from "@/lib/server/api";
import { changeStatus } from "@/lib/server/workspace/review";

// PUT: move the status by hand (see lib/workspace/review-workflow.ts); carries the version read; stale or not allowed = 409.
export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) => json({ assessment: await changeStatus(actor, params.id, body) }), { withBody: true });
