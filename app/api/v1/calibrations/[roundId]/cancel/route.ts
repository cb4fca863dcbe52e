import { apiRoute, json } from "@/lib/server/api";
import { cancelCalibration } from "@/lib/server/workspace/calibration";

// POST: close an open round without changing the assessment.
export const POST = apiRoute<{ roundId: string }>(async ({ actor, params }) => json({ calibration: await cancelCalibration(actor, params.roundId) }));
