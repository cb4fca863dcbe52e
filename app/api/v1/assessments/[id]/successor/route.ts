import { apiRoute, json } from "@/lib/server/api";
import { saveSuccessor } from "@/lib/server/workspace/review";

// POST: changed answers for an accepted (locked) decision, saved as a new assessment that supersedes it. 201.
export const POST = apiRoute<{ id: string }>(async ({ actor, params, body }) => json({ assessment: await saveSuccessor(actor, params.id, body) }, 201), { withBody: true });
