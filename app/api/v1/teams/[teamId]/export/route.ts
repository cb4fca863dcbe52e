import { apiRoute } from "@/lib/server/api";
import { exportTeam } from "@/lib/server/workspace/team-archive";

// GET: the whole team's review data as a JSON archive (owners), as a download.
export const GET = apiRoute<{ teamId: string }>(async ({ actor, params }) => {
  const { archive, filename } = await exportTeam(actor, params.teamId);
  return new Response(JSON.stringify(archive, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
