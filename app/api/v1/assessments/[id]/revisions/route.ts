import { apiRoute, json } from "@/lib/server/api";
import { listRevisions } from "@/lib/server/workspace/assessments";

// GET: every revision of the assessment, newest first, each with its answers and result.
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json({ revisions: await listRevisions(actor, params.id) }));
