import { apiRoute, json } from "@/lib/server/api";
import { addComment, listComments } from "@/lib/server/workspace/comments";

type Params = { id: string };

// GET: the assessment's comments, oldest first (`?traitKey=` for those on one answer). POST: a comment or a reply.
export const GET = apiRoute<Params>(async ({ request, actor, params }) => {
  const traitKey = new URL(request.url).searchParams.get("traitKey") ?? undefined;
  return json({ comments: await listComments(actor, params.id, { traitKey }) });
});

export const POST = apiRoute<Params>(async ({ actor, params, body }) => json({ comment: await addComment(actor, params.id, body) }, 201), { withBody: true });
