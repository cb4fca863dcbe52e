import type { TraitKey, Traits } from "./traits";
import type { TraitAnswer } from "./types";

/**
 * The traits with one answer changed (a flip, a what-if link). A new corpus size forgets the document count it no
 * longer matches. No zod and no scoring here: client islands build what-if links with it.
 */
export function withAnswer(traits: Traits, trait: TraitKey, to: TraitAnswer): Traits {
  const changed = { ...traits, [trait]: to } as Traits;
  if (trait !== "corpusSize") return changed;
  const { corpusDocuments: _documents, documentPages: _pages, ...rest } = changed;
  return rest;
}
