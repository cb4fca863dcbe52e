import type { Traits } from "@/lib/decision/traits";
import { traitsToQueryString } from "@/lib/decision/traits-query-string";

/** Typed route builders: every internal link goes through here, never a hand-written string. */
export const paths = {
  home: () => "/",
  assess: () => "/assess",
  results: (traits: Traits) => `/results?${traitsToQueryString(traits)}`,
  plan: (traits: Traits) => `/plan?${traitsToQueryString(traits)}`,
  recommendApi: () => "/api/v1/recommend",
} as const;
