import type { Traits } from "../lib/decision/traits";

/**
 * Complete, valid traits for browser tests and benches. `makeTraits()` is a plain RAG case (a support
 * assistant over fast-changing documents that must cite sources); the named cases below are tuned so
 * the engine recommends each architecture clearly. Override any answer: `makeTraits({ latency: "strict" })`.
 */
export const baseTraits: Traits = {
  need: "knowledge",
  taskType: "support_assistant",
  knowledgeChange: "daily",
  corpusSize: "large",
  citations: "required",
  outputControl: "consistent",
  domainVocabulary: "specialized",
  labeledExamples: "under_100",
  latency: "tolerant",
  errorCost: "high",
  dataSensitivity: "internal",
  perUserAccess: true,
  timeToShip: "weeks",
  upfrontBudgetUsd: 25_000,
  monthlyQueries: 200_000,
  gpuAccess: "cloud",
  teamSkills: ["prompt_engineering", "evaluation"],
  promptBaseline: "insufficient",
};

export function makeTraits(overrides: Partial<Traits> = {}): Traits {
  return { ...baseTraits, ...overrides };
}

/** Fresh documents, citations, per-user permissions: retrieval. */
export const ragTraits: Traits = makeTraits();

/** A house voice learnt from thousands of examples, stable knowledge, tight latency: training. */
export const fineTuningTraits: Traits = makeTraits({
  need: "behavior",
  taskType: "classification_extraction",
  knowledgeChange: "static",
  corpusSize: "small",
  citations: "none",
  outputControl: "strict",
  domainVocabulary: "highly_specialized",
  labeledExamples: "tens_of_thousands",
  latency: "interactive",
  errorCost: "moderate",
  perUserAccess: false,
  timeToShip: "months",
  upfrontBudgetUsd: 150_000,
  monthlyQueries: 5_000_000,
  gpuAccess: "dedicated",
  teamSkills: ["model_training", "mlops", "evaluation"],
});

/** Fresh facts and a strict format, with data and time for both: a tuned model that retrieves. */
export const hybridTraits: Traits = makeTraits({
  need: "both",
  taskType: "agent_workflow",
  knowledgeChange: "weekly",
  corpusSize: "massive",
  citations: "helpful",
  outputControl: "strict",
  domainVocabulary: "highly_specialized",
  labeledExamples: "thousands",
  latency: "tolerant",
  perUserAccess: false,
  timeToShip: "months",
  upfrontBudgetUsd: 500_000,
  monthlyQueries: 2_000_000,
  gpuAccess: "dedicated",
  teamSkills: ["retrieval", "model_training", "mlops", "evaluation"],
});

/** Everything fits in a prompt that already works: no heavier machinery yet. */
export const promptTraits: Traits = makeTraits({
  need: "behavior",
  taskType: "branded_content",
  knowledgeChange: "yearly",
  corpusSize: "fits_in_prompt",
  citations: "none",
  outputControl: "loose",
  domainVocabulary: "general",
  labeledExamples: "none",
  latency: "tolerant",
  errorCost: "low",
  dataSensitivity: "public",
  perUserAccess: false,
  timeToShip: "days",
  upfrontBudgetUsd: 2_000,
  monthlyQueries: 5_000,
  gpuAccess: "none",
  teamSkills: ["prompt_engineering"],
  promptBaseline: "sufficient",
});
