import { apiRoute, json } from "@/lib/server/api";
import { listTeams } from "@/lib/server/workspace/teams";

// GET /api/v1/teams: the signed-in user's teams and their role in each.
export const GET = apiRoute(async ({ actor }) => json({ teams: await listTeams(actor) }));
