import { apiRoute } from "@/lib/server/api";
import { publicOrigin } from "@/lib/server/public-origin";
import { decisionRecordById } from "@/lib/server/workspace/records";

// GET: the assessment's MADR 4 decision record (front matter filled from the review), as a Markdown download.
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const { markdown, filename } = await decisionRecordById(actor, params.id, publicOrigin());
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
