import { apiRoute, json } from "@/lib/server/api";
import { changeStatus } from "@/lib/server/workspace/assessments";

// PUT: the assessment's status (and successor when superseded); carries the version read, stale = 409.
export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) => json({ assessment: await changeStatus(actor, params.id, body) }), { withBody: true });
