import { apiRoute, json } from "@/lib/server/api";
import { listCalibrations, startCalibration } from "@/lib/server/workspace/calibration";

// GET: the assessment's calibration rounds, newest first (counts only, no answers).
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json({ rounds: await listCalibrations(actor, params.id) }));

// POST: start a round, asking the members named (every member when none are); one open round at a time (409).
export const POST = apiRoute<{ id: string }>(async ({ actor, params, body }) => json({ round: await startCalibration(actor, params.id, body) }, 201), { withBody: true });
