import { apiRoute, noContent } from "@/lib/server/api";
import { revokeShareLink } from "@/lib/server/workspace/share-links";

// DELETE: revoke a share link; from then on it answers 404 like any unknown link.
export const DELETE = apiRoute<{ id: string; linkId: string }>(async ({ actor, params }) => {
  await revokeShareLink(actor, params.id, params.linkId);
  return noContent();
});
