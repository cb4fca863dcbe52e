import type { OptionalTraitKey, TeamTraitKey, TraitKey } from "./traits";

/**
 * The contract's traits in its order. Plain data, no zod, so links to results can be built in client
 * code without shipping the schema (a test checks it matches traitsSchema).
 */
export const traitKeys: readonly TraitKey[] = [
  "need",
  "taskType",
  "knowledgeChange",
  "corpusSize",
  "citations",
  "outputControl",
  "domainVocabulary",
  "labeledExamples",
  "latency",
  "errorCost",
  "dataSensitivity",
  "perUserAccess",
  "timeToShip",
  "upfrontBudgetUsd",
  "monthlyQueries",
  "gpuAccess",
  "teamSkills",
  "promptBaseline",
];

/** Answers beyond the v1 contract, in the order links write them: the corpus's document count and average length. */
export const optionalTraitKeys: readonly OptionalTraitKey[] = ["corpusDocuments", "documentPages"];

/**
 * Optional answers about the team (engineers available, general engineering strength), in the order links write them.
 * Kept apart from optionalTraitKeys so the compact link format of older links keeps its field count.
 */
export const teamTraitKeys: readonly TeamTraitKey[] = ["teamSize", "engineeringStrength"];

const traitKeySet: ReadonlySet<string> = new Set(traitKeys);

/** True when `key` names a trait of the contract (a query parameter, a form field, a flip). */
export function isTraitKey(key: string): key is TraitKey {
  return traitKeySet.has(key);
}
