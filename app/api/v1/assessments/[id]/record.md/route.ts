import { apiRoute } from "@/lib/server/api";
import { originFromHeaders } from "@/lib/server/answers-loader";
import { decisionRecordById } from "@/lib/server/workspace/records";

// GET: the assessment's MADR 4 decision record (front matter filled from the review), as a Markdown download.
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { markdown, filename } = await decisionRecordById(actor, params.id, originFromHeaders(request.headers, new URL(request.url).origin));
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
