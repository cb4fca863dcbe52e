import { apiRoute, json } from "@/lib/server/api";
import { settleCalibration } from "@/lib/server/workspace/calibration";

// POST: keep one answer per disputed question; saved as the assessment's next revision (stale version or locked: 409).
export const POST = apiRoute<{ roundId: string }>(async ({ actor, params, body }) => json({ calibration: await settleCalibration(actor, params.roundId, body) }), { withBody: true });
