import { traitKeys } from "./trait-keys";
import type { Traits } from "./traits";

/**
 * Traits as readable URL query parameters, so a copied link reproduces a result anywhere:
 * `need=knowledge&…&teamSkills=retrieval,evaluation&perUserAccess=true`. Decoding (with validation)
 * lives in traits-url.ts; this half has no zod, so client islands can build links cheaply.
 */
export function traitsToSearchParams(traits: Traits): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of traitKeys) {
    const value = traits[key];
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  return params;
}

export function traitsToQueryString(traits: Traits): string {
  return traitsToSearchParams(traits).toString();
}
