import { paths } from "@/lib/paths";
import { publicOrigin } from "@/lib/server/public-origin";
import { apiRoute, json } from "@/lib/server/api";
import { createShareLink, listShareLinks } from "@/lib/server/workspace/share-links";

type Params = { id: string };

// GET: the assessment's share links. POST: a new one; its URL is in this answer only (only a hash is kept).
export const GET = apiRoute<Params>(async ({ actor, params }) => json({ shareLinks: await listShareLinks(actor, params.id) }));

export const POST = apiRoute<Params>(async ({ actor, params, body }) => {
  const { token, link } = await createShareLink(actor, params.id, body);
  return json({ shareLink: link, url: `${publicOrigin()}${paths.shared(token)}` }, 201);
}, { withBody: true });
