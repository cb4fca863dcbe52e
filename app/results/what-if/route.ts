import { expandAnswers } from "@/lib/compact-answers";
import { isTraitKey } from "@/lib/decision/trait-keys";
import { traitsFromSearchParams } from "@/lib/decision/traits-url";
import { paths } from "@/lib/paths";

/**
 * `GET /results/what-if?a=<answers in short form>&t=<answer>&to=<new value>`: a "What would change this" link from a
 * results page, expanded and redirected (303) to the what-if result's readable link. Works without JavaScript.
 */
export function GET(request: Request): Response {
  const query = new URL(request.url).searchParams;
  const trait = query.get("t") ?? "";
  const to = query.get("to");
  const current = expandAnswers(query.get("a") ?? "");
  if (!current || !isTraitKey(trait) || to === null) return badLink();
  const original = traitsFromSearchParams(current);
  const changedParams = new URLSearchParams(current);
  changedParams.set(trait, to);
  if (trait === "corpusSize") {
    changedParams.delete("corpusDocuments");
    changedParams.delete("documentPages");
  }
  const changed = traitsFromSearchParams(changedParams);
  if (!original.ok || !changed.ok) return badLink();
  const location = paths.whatIf(original.traits, { trait, to: changed.traits[trait] });
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

function badLink(): Response {
  return new Response("This what-if link is incomplete or damaged. Open your result again and choose the change from there.\n", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
