import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role } from "@/lib/decision/types";
import { contextualSkills } from "./role-context";

/**
 * Each contextual rule, one by one: the neutral project plus one answer (or architecture) where the rule applies gives
 * the role exactly that requirement; the neighbouring answer gives it none. The neutral project triggers no rule.
 */
interface Row {
  role: Role;
  traits: Partial<Traits>;
  architecture: Architecture;
  /** The skills the role gains, in rule order; empty where no rule applies. */
  skills: string[];
}

const ACCESS_CONTROL = "Document-level access control inside retrieval";
const CITE = "Source attribution: citing the exact passages behind each answer";
const SCALE_INDEX = "Scaling vector indexes to millions of documents (sharding, filtered search, storage cost)";
const REINDEX = "Incremental re-indexing as sources change";
const RETRIEVAL_LATENCY = "Retrieval latency tuning (caching, approximate-search settings)";
const SMALL_DATA = "Building a training set from little data: labelling guidelines and synthetic examples";
const DISTIL = "Distillation and quantisation into smaller, faster models";
const LEAKAGE = "Preventing memorisation and leakage of sensitive training records";
const RETRAIN = "Automated, frequent retraining with regression checks";
const STRICT_FORMAT = "Training for strict output formats and tone";
const DOMAIN = "Domain-adaptive training on specialised text";
const COMPLIANCE = "Compliance controls: audit logs, data residency, retention";
const VOLUME = "Serving at high request volume with autoscaling and caching";
const GPUS = "Scheduling and operating owned GPU hardware";
const PERSONAL_DATA = "Handling regulated personal data (redaction, retention rules)";
const STREAMING = "Streaming ingestion and change data capture";
const PERMISSIONS = "Carrying source-system permissions into the index";
const HUMAN_REVIEW = "Designing human review for high-stakes answers";
const GROUNDING = "Measuring grounding: whether each claim is backed by a cited source";
const GOVERNANCE = "Governance frameworks: compliance checks and drift reports";
const AGENTS = "Agent orchestration and tool calling";
const HYBRID_FLOW = "Orchestrating a tuned model and a retrieval layer in one flow";
const CODE_TESTS = "Evaluating generated code by running it against tests";
const BRAND = "Turning a brand style guide into prompts and tests";

const rows: Row[] = [
  // RAG engineer
  { role: "rag_engineer", traits: { perUserAccess: true }, architecture: "rag", skills: [ACCESS_CONTROL] },
  { role: "rag_engineer", traits: { perUserAccess: false }, architecture: "rag", skills: [] },
  { role: "rag_engineer", traits: { citations: "required" }, architecture: "rag", skills: [CITE] },
  { role: "rag_engineer", traits: { citations: "helpful" }, architecture: "rag", skills: [] },
  { role: "rag_engineer", traits: { corpusSize: "large" }, architecture: "rag", skills: [SCALE_INDEX] },
  { role: "rag_engineer", traits: { corpusSize: "massive" }, architecture: "rag", skills: [SCALE_INDEX] },
  { role: "rag_engineer", traits: { corpusSize: "small" }, architecture: "rag", skills: [] },
  { role: "rag_engineer", traits: { knowledgeChange: "realtime" }, architecture: "rag", skills: [REINDEX] },
  { role: "rag_engineer", traits: { knowledgeChange: "daily" }, architecture: "rag", skills: [REINDEX] },
  { role: "rag_engineer", traits: { knowledgeChange: "weekly" }, architecture: "rag", skills: [] },
  { role: "rag_engineer", traits: { latency: "strict" }, architecture: "rag", skills: [RETRIEVAL_LATENCY] },
  { role: "rag_engineer", traits: { latency: "interactive" }, architecture: "rag", skills: [] },
  // Deep learning engineer
  { role: "deep_learning_engineer", traits: { labeledExamples: "none" }, architecture: "fine_tuning", skills: [SMALL_DATA] },
  { role: "deep_learning_engineer", traits: { labeledExamples: "under_100" }, architecture: "fine_tuning", skills: [SMALL_DATA] },
  { role: "deep_learning_engineer", traits: { labeledExamples: "hundreds" }, architecture: "fine_tuning", skills: [] },
  { role: "deep_learning_engineer", traits: { latency: "strict" }, architecture: "fine_tuning", skills: [DISTIL] },
  { role: "deep_learning_engineer", traits: { latency: "interactive" }, architecture: "fine_tuning", skills: [] },
  { role: "deep_learning_engineer", traits: { dataSensitivity: "regulated" }, architecture: "fine_tuning", skills: [LEAKAGE] },
  { role: "deep_learning_engineer", traits: { dataSensitivity: "internal" }, architecture: "fine_tuning", skills: [] },
  { role: "deep_learning_engineer", traits: { knowledgeChange: "realtime" }, architecture: "fine_tuning", skills: [RETRAIN] },
  { role: "deep_learning_engineer", traits: { knowledgeChange: "daily" }, architecture: "fine_tuning", skills: [RETRAIN] },
  { role: "deep_learning_engineer", traits: { knowledgeChange: "weekly" }, architecture: "fine_tuning", skills: [RETRAIN] },
  { role: "deep_learning_engineer", traits: { knowledgeChange: "monthly" }, architecture: "fine_tuning", skills: [] },
  // Retrieval keeps the facts out of the weights: no retraining for fresh facts.
  { role: "deep_learning_engineer", traits: { knowledgeChange: "weekly" }, architecture: "hybrid", skills: [] },
  { role: "deep_learning_engineer", traits: { knowledgeChange: "realtime" }, architecture: "hybrid", skills: [] },
  { role: "deep_learning_engineer", traits: { outputControl: "strict" }, architecture: "fine_tuning", skills: [STRICT_FORMAT] },
  { role: "deep_learning_engineer", traits: { outputControl: "consistent" }, architecture: "fine_tuning", skills: [] },
  { role: "deep_learning_engineer", traits: { domainVocabulary: "highly_specialized" }, architecture: "fine_tuning", skills: [DOMAIN] },
  { role: "deep_learning_engineer", traits: { domainVocabulary: "specialized" }, architecture: "fine_tuning", skills: [] },
  // MLOps engineer
  { role: "mlops_engineer", traits: { dataSensitivity: "regulated" }, architecture: "rag", skills: [COMPLIANCE] },
  { role: "mlops_engineer", traits: { dataSensitivity: "internal" }, architecture: "rag", skills: [] },
  { role: "mlops_engineer", traits: { monthlyQueries: 9_999_999 }, architecture: "rag", skills: [] },
  { role: "mlops_engineer", traits: { monthlyQueries: 10_000_000 }, architecture: "rag", skills: [VOLUME] },
  { role: "mlops_engineer", traits: { monthlyQueries: 10_000_001 }, architecture: "rag", skills: [VOLUME] },
  { role: "mlops_engineer", traits: { gpuAccess: "dedicated" }, architecture: "fine_tuning", skills: [GPUS] },
  { role: "mlops_engineer", traits: { gpuAccess: "dedicated" }, architecture: "hybrid", skills: [GPUS] },
  { role: "mlops_engineer", traits: { gpuAccess: "dedicated" }, architecture: "rag", skills: [] },
  { role: "mlops_engineer", traits: { gpuAccess: "cloud" }, architecture: "fine_tuning", skills: [] },
  { role: "mlops_engineer", traits: { gpuAccess: "cloud" }, architecture: "hybrid", skills: [] },
  // Data engineer
  { role: "data_engineer", traits: { dataSensitivity: "regulated" }, architecture: "rag", skills: [PERSONAL_DATA] },
  { role: "data_engineer", traits: { dataSensitivity: "internal" }, architecture: "rag", skills: [] },
  { role: "data_engineer", traits: { knowledgeChange: "realtime" }, architecture: "rag", skills: [STREAMING] },
  { role: "data_engineer", traits: { knowledgeChange: "daily" }, architecture: "rag", skills: [] },
  { role: "data_engineer", traits: { perUserAccess: true }, architecture: "rag", skills: [PERMISSIONS] },
  { role: "data_engineer", traits: { perUserAccess: false }, architecture: "rag", skills: [] },
  // Evaluation engineer
  { role: "evaluation_engineer", traits: { errorCost: "high" }, architecture: "rag", skills: [HUMAN_REVIEW] },
  { role: "evaluation_engineer", traits: { errorCost: "moderate" }, architecture: "rag", skills: [] },
  { role: "evaluation_engineer", traits: { citations: "required" }, architecture: "rag", skills: [GROUNDING] },
  { role: "evaluation_engineer", traits: { citations: "helpful" }, architecture: "rag", skills: [] },
  { role: "evaluation_engineer", traits: { dataSensitivity: "regulated" }, architecture: "rag", skills: [GOVERNANCE] },
  { role: "evaluation_engineer", traits: { dataSensitivity: "internal" }, architecture: "rag", skills: [] },
  // AI product engineer
  { role: "ai_product_engineer", traits: { taskType: "agent_workflow" }, architecture: "rag", skills: [AGENTS] },
  { role: "ai_product_engineer", traits: { taskType: "question_answering" }, architecture: "rag", skills: [] },
  { role: "ai_product_engineer", traits: {}, architecture: "hybrid", skills: [HYBRID_FLOW] },
  { role: "ai_product_engineer", traits: {}, architecture: "fine_tuning", skills: [] },
  { role: "ai_product_engineer", traits: { taskType: "code_generation" }, architecture: "rag", skills: [CODE_TESTS] },
  { role: "ai_product_engineer", traits: { taskType: "branded_content" }, architecture: "rag", skills: [BRAND] },
];

describe("contextual skills, rule by rule", () => {
  it.each(rows)("$role on $architecture with $traits gains $skills", ({ role, traits, architecture, skills }) => {
    expect(contextualSkills(role, makeTraits(traits), architecture).map((s) => s.skill)).toEqual(skills);
  });

  it("the neutral project gives no role any contextual requirement on any architecture", () => {
    const roles: Role[] = ["rag_engineer", "deep_learning_engineer", "mlops_engineer", "data_engineer", "evaluation_engineer"];
    for (const role of roles) {
      for (const architecture of ["rag", "fine_tuning", "prompt_engineering", "hybrid"] as Architecture[]) {
        expect(contextualSkills(role, makeTraits(), architecture)).toEqual([]);
      }
    }
  });

  it("carries each rule's level and reason", () => {
    expect(contextualSkills("mlops_engineer", makeTraits({ monthlyQueries: 10_000_000 }), "rag")).toEqual([
      { level: "must", skill: VOLUME, because: "traffic is ten million requests a month or more" },
    ]);
    expect(contextualSkills("deep_learning_engineer", makeTraits({ domainVocabulary: "highly_specialized" }), "fine_tuning")).toEqual([
      { level: "nice", skill: DOMAIN, because: "the vocabulary is highly specialised" },
    ]);
  });

  it("several rules for one role come back in rule order", () => {
    const t = makeTraits({ dataSensitivity: "regulated", knowledgeChange: "realtime", perUserAccess: true });
    expect(contextualSkills("data_engineer", t, "rag").map((s) => s.skill)).toEqual([PERSONAL_DATA, STREAMING, PERMISSIONS]);
  });
});
