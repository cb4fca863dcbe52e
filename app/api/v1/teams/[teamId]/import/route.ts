import { apiRoute, json } from "@/lib/server/api";
import { readJsonBody } from "@/lib/server/json-body";
import { authorizeImport, importTeam } from "@/lib/server/workspace/team-archive";
import { maxArchiveBytes } from "@/lib/workspace/team-archive";

// POST: import a team archive into this team (owners; the team must have no assessments). Up to 5 MiB of JSON.
export const POST = apiRoute<{ teamId: string }>(async ({ request, actor, params }) => {
  await authorizeImport(actor, params.teamId);
  const read = await readJsonBody(request, { maxBytes: maxArchiveBytes });
  if (!read.ok) {
    const { ok: _ok, status, ...envelope } = read;
    return json(envelope, status);
  }
  return json({ imported: await importTeam(actor, params.teamId, read.value) }, 201);
});
