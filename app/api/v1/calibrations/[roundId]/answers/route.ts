import { apiRoute, json } from "@/lib/server/api";
import { submitCalibrationAnswers } from "@/lib/server/workspace/calibration";

// PUT: your answers to the round (invitees only); sent again, they replace the earlier ones until it is settled.
export const PUT = apiRoute<{ roundId: string }>(async ({ actor, params, body }) => json({ calibration: await submitCalibrationAnswers(actor, params.roundId, body) }), { withBody: true });
