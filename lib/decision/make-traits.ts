import type { Traits } from "./traits";

/**
 * A neutral, complete project to build test cases from: each test states only the answers it is about.
 * Chosen so no single trait dominates.
 */
export const neutralTraits: Traits = {
  need: "knowledge",
  taskType: "question_answering",
  knowledgeChange: "monthly",
  corpusSize: "small",
  citations: "helpful",
  outputControl: "consistent",
  domainVocabulary: "general",
  labeledExamples: "hundreds",
  latency: "tolerant",
  errorCost: "moderate",
  dataSensitivity: "internal",
  perUserAccess: false,
  timeToShip: "weeks",
  upfrontBudgetUsd: 25_000,
  monthlyQueries: 100_000,
  gpuAccess: "cloud",
  teamSkills: [],
  promptBaseline: "insufficient",
};

export function makeTraits(overrides: Partial<Traits> = {}): Traits {
  return { ...neutralTraits, ...overrides };
}
