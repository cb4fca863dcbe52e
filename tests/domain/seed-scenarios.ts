import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import { makeTraits } from "@/tests/fixtures/traits";

/*
 * The scenarios the seed articles state outright (seed 003's matrix, seed 004's flowchart, seed 000's questions),
 * each written out as a whole project. The seed-scenario test holds the engine to them; the built-in scenario table
 * (built-in-scenarios.test.ts) lists every pick, so a change to the weights shows which scenarios moved.
 */

export interface Scenario {
  name: string;
  traits: Traits;
  expected: Architecture;
}

/** Seed 003's decision matrix: nine scenarios, each written out as a whole project. */
export const decisionMatrix: Scenario[] = [
  {
    name: "keep the model updated with changing docs",
    expected: "rag",
    traits: makeTraits({ need: "knowledge", taskType: "question_answering", knowledgeChange: "weekly", corpusSize: "large", citations: "helpful", labeledExamples: "none", timeToShip: "weeks" }),
  },
  {
    name: "control over output structure and style",
    expected: "fine_tuning",
    traits: makeTraits({ need: "behavior", taskType: "structured_generation", knowledgeChange: "static", corpusSize: "fits_in_prompt", citations: "none", outputControl: "strict", labeledExamples: "thousands", timeToShip: "months", upfrontBudgetUsd: 60_000 }),
  },
  {
    name: "low budget and a fast MVP",
    expected: "rag",
    traits: makeTraits({ need: "knowledge", taskType: "support_assistant", knowledgeChange: "monthly", corpusSize: "small", upfrontBudgetUsd: 2_000, timeToShip: "days", labeledExamples: "none", gpuAccess: "none", outputControl: "loose" }),
  },
  {
    name: "recall beyond the context window",
    expected: "fine_tuning",
    traits: makeTraits({ need: "knowledge", taskType: "question_answering", knowledgeChange: "static", corpusSize: "massive", citations: "none", latency: "strict", domainVocabulary: "highly_specialized", labeledExamples: "tens_of_thousands", gpuAccess: "dedicated", timeToShip: "months", upfrontBudgetUsd: 250_000, monthlyQueries: 5_000_000 }),
  },
  {
    name: "real-time customer support from docs",
    expected: "rag",
    traits: makeTraits({ need: "knowledge", taskType: "support_assistant", knowledgeChange: "daily", corpusSize: "large", citations: "required", latency: "interactive", perUserAccess: true, labeledExamples: "under_100" }),
  },
  {
    name: "legal document clause rewriting",
    expected: "fine_tuning",
    traits: makeTraits({ need: "behavior", taskType: "structured_generation", knowledgeChange: "yearly", corpusSize: "small", citations: "none", outputControl: "strict", domainVocabulary: "highly_specialized", labeledExamples: "thousands", errorCost: "high", timeToShip: "months", upfrontBudgetUsd: 80_000 }),
  },
  {
    name: "internal Q&A over technical docs",
    expected: "rag",
    traits: makeTraits({ need: "knowledge", taskType: "question_answering", knowledgeChange: "weekly", corpusSize: "large", citations: "helpful", domainVocabulary: "specialized", perUserAccess: true, labeledExamples: "none" }),
  },
  {
    name: "email drafting with brand tone",
    expected: "fine_tuning",
    traits: makeTraits({ need: "behavior", taskType: "branded_content", knowledgeChange: "yearly", corpusSize: "fits_in_prompt", citations: "none", outputControl: "strict", labeledExamples: "thousands", errorCost: "low", timeToShip: "months", upfrontBudgetUsd: 40_000 }),
  },
  {
    name: "long-term scalable infrastructure",
    expected: "hybrid",
    traits: makeTraits({ need: "both", taskType: "support_assistant", knowledgeChange: "weekly", corpusSize: "large", citations: "helpful", outputControl: "strict", domainVocabulary: "specialized", labeledExamples: "thousands", timeToShip: "months", upfrontBudgetUsd: 300_000, monthlyQueries: 5_000_000, gpuAccess: "cloud" }),
  },
];

/** Seed 004's whiteboard flowchart, walked down each branch. */
export const flowchart: Scenario[] = [
  {
    name: "knowledge that changes often → RAG",
    expected: "rag",
    traits: makeTraits({ need: "knowledge", knowledgeChange: "daily", corpusSize: "large", citations: "helpful" }),
  },
  {
    name: "behaviour with labelled examples → fine-tune",
    expected: "fine_tuning",
    traits: makeTraits({ need: "behavior", taskType: "classification_extraction", knowledgeChange: "static", outputControl: "strict", labeledExamples: "thousands", citations: "none", timeToShip: "months" }),
  },
  {
    name: "behaviour without labelled examples → a better prompt first",
    expected: "prompt_engineering",
    traits: makeTraits({ need: "behavior", taskType: "branded_content", knowledgeChange: "static", corpusSize: "fits_in_prompt", outputControl: "consistent", labeledExamples: "none", citations: "none", promptBaseline: "not_tried", upfrontBudgetUsd: 5_000 }),
  },
  {
    name: "still struggling with both → fine-tune + RAG",
    expected: "hybrid",
    traits: makeTraits({ need: "both", taskType: "structured_generation", knowledgeChange: "weekly", corpusSize: "large", outputControl: "strict", labeledExamples: "thousands", promptBaseline: "insufficient", timeToShip: "months", upfrontBudgetUsd: 150_000 }),
  },
];

/** Seed 000's three questions, each answered both ways with everything else neutral. */
export const threeQuestions: Scenario[] = [
  { name: "new facts → RAG", expected: "rag", traits: makeTraits({ need: "knowledge" }) },
  { name: "new behaviour → fine-tuning", expected: "fine_tuning", traits: makeTraits({ need: "behavior", taskType: "structured_generation", knowledgeChange: "static", citations: "none", labeledExamples: "thousands" }) },
  { name: "knowledge that changes daily → RAG, even with training data", expected: "rag", traits: makeTraits({ need: "both", knowledgeChange: "daily", labeledExamples: "thousands", outputControl: "consistent" }) },
  { name: "ship within days → RAG rather than training", expected: "rag", traits: makeTraits({ need: "knowledge", timeToShip: "days", labeledExamples: "thousands", knowledgeChange: "static" }) },
];

