import type { Traits } from "@/lib/decision/traits";
import { withAnswer } from "@/lib/decision/with-answer";
import { encodeAnswer, traitsToQueryString } from "@/lib/decision/traits-query-string";
import type { Flip } from "@/lib/decision/types";

/** The query parameters that mark a result opened from "What would change this": the answer changed, and what it was. */
export const whatIfParams = { trait: "whatIf", was: "was" } as const;

const resultsPath = (traits: Traits) => `/results?${traitsToQueryString(traits)}`;

/** Typed route builders: every internal link goes through here, never a hand-written string. */
export const paths = {
  home: () => "/",
  assess: () => "/assess",
  results: resultsPath,
  /** The result a flip leads to: the changed traits, marked as a what-if of the current answers. */
  whatIf: (traits: Traits, flip: Flip) => {
    const changed = withAnswer(traits, flip.trait, flip.to);
    const marker = new URLSearchParams({ [whatIfParams.trait]: flip.trait, [whatIfParams.was]: encodeAnswer(traits[flip.trait]) });
    return `${resultsPath(changed)}&${marker.toString()}`;
  },
  decisionRecord: (traits: Traits) => `/results/decision-record.md?${traitsToQueryString(traits)}`,
  assessmentJson: (traits: Traits) => `/results/assessment.json?${traitsToQueryString(traits)}`,
  plan: (traits: Traits) => `/plan?${traitsToQueryString(traits)}`,
  recommendApi: () => "/api/v1/recommend",
} as const;
