import { apiRoute, json } from "@/lib/server/api";
import { getCalibration } from "@/lib/server/workspace/calibration";

// GET: one round as you may see it: before you send your answers, only yours and who has answered.
export const GET = apiRoute<{ roundId: string }>(async ({ actor, params }) => json({ calibration: await getCalibration(actor, params.roundId) }));
