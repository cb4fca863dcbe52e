import { apiRoute, json, noContent } from "@/lib/server/api";
import { deleteComment, editComment } from "@/lib/server/workspace/comments";

type Params = { id: string; commentId: string };

// PATCH: edit your own comment (the earlier body is kept). DELETE: delete yours, or anyone's as an owner.
export const PATCH = apiRoute<Params>(async ({ actor, params, body }) => json({ comment: await editComment(actor, params.id, params.commentId, body) }), { withBody: true });

export const DELETE = apiRoute<Params>(async ({ actor, params }) => {
  await deleteComment(actor, params.id, params.commentId);
  return noContent();
});
