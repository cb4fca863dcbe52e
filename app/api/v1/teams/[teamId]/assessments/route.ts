import { apiRoute, json, queryObject } from "@/lib/server/api";
import { saveAssessment } from "@/lib/server/workspace/assessments";
import { listAssessments } from "@/lib/server/workspace/dashboard";

type Params = { teamId: string };

// GET: the team's dashboard page (search, filters, sort, cursor, counts). POST: save answers as a new assessment.
export const GET = apiRoute<Params>(async ({ request, actor, params }) => json(await listAssessments(actor, params.teamId, queryObject(request, ["limit"]))));

export const POST = apiRoute<Params>(async ({ actor, params, body }) => json({ assessment: await saveAssessment(actor, params.teamId, body) }, 201), { withBody: true });
