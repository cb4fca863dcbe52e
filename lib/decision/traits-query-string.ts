import { optionalTraitKeys, teamTraitKeys, traitKeys } from "./trait-keys";
import type { Traits } from "./traits";
import type { TraitAnswer } from "./types";

/** One answer as it is written in a link: skills comma-separated, everything else as text. */
export function encodeAnswer(answer: TraitAnswer): string {
  return Array.isArray(answer) ? answer.join(",") : String(answer);
}

/**
 * Traits as readable URL query parameters, so a copied link reproduces a result anywhere:
 * `need=knowledge&…&teamSkills=retrieval,evaluation&perUserAccess=true`. Decoding (with validation)
 * lives in traits-url.ts; this half has no zod, so client islands can build links cheaply.
 */
export function traitsToSearchParams(traits: Traits): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of traitKeys) params.set(key, encodeAnswer(traits[key]));
  for (const key of optionalTraitKeys) {
    const value = traits[key];
    if (value !== undefined) params.set(key, String(value));
  }
  for (const key of teamTraitKeys) {
    const value = traits[key];
    if (value !== undefined) params.set(key, String(value));
  }
  // The answers marked "Not sure": their values above are the planning defaults the engine assumed.
  if (traits.unsure && traits.unsure.length > 0) params.set("unsure", traits.unsure.join(","));
  return params;
}

export function traitsToQueryString(traits: Traits): string {
  return traitsToSearchParams(traits).toString();
}
