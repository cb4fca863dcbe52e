import { apiRoute, json } from "@/lib/server/api";
import { listActivity } from "@/lib/server/workspace/activity";

// GET: the team's audit log, newest first, 50 a page (?cursor= the last id seen; ?assessmentId= one assessment).
export const GET = apiRoute<{ teamId: string }>(async ({ actor, params, request }) => {
  const query = new URL(request.url).searchParams;
  return json(await listActivity(actor, params.teamId, { cursor: query.get("cursor") ?? undefined, assessmentId: query.get("assessmentId") ?? undefined }));
});
