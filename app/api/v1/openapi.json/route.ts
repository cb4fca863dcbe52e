import { buildOpenApiDocument } from "@/lib/workspace/openapi";

// GET /api/v1/openapi.json: the workspace API described from the same zod schemas its handlers use.
const document = buildOpenApiDocument();

export function GET(): Response {
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
