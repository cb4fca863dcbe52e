import { apiRoute, json } from "@/lib/server/api";
import { getAssessment, reviseAssessment } from "@/lib/server/workspace/assessments";

type Params = { id: string };

// GET: the assessment and its latest revision. PATCH: new answers as the next revision (send the version you read; stale = 409).
export const GET = apiRoute<Params>(async ({ actor, params }) => {
  const { assessment, latest } = await getAssessment(actor, params.id);
  return json({ assessment, latest });
});

export const PATCH = apiRoute<Params>(async ({ actor, params, body }) => json({ assessment: await reviseAssessment(actor, params.id, body) }), { withBody: true });
