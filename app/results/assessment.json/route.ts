import { paths } from "@/lib/paths";
import { loadResults, originFromHeaders } from "@/lib/server/answers-loader";

/** `GET /results/assessment.json?<answers>`: the answers and the engine's full output, as a download. */
export function GET(request: Request): Response {
  const url = new URL(request.url);
  const loaded = loadResults(url.searchParams);
  if (!loaded.ok) {
    return Response.json({ error: "invalid_traits", issues: loaded.issues.map(({ path, message }) => ({ path, message })) }, { status: 400 });
  }
  const body = {
    contract: "recommend-v1",
    link: new URL(paths.results(loaded.traits), originFromHeaders(request.headers, url.origin)).href,
    traits: loaded.traits,
    recommendation: loaded.result,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="assessment-${loaded.result.recommendation.architecture.replace(/_/g, "-")}.json"`,
      "cache-control": "no-store",
    },
  });
}
