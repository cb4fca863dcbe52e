import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role } from "@/lib/decision/types";
import type { ContextualSkill } from "./types";

/** A requirement a role gains only when the project's answers call for it. */
interface ContextRule extends ContextualSkill {
  role: Role;
  applies: (traits: Traits, architecture: Architecture) => boolean;
}

const fastChange = (traits: Traits) => traits.knowledgeChange === "realtime" || traits.knowledgeChange === "daily";
const tunes = (architecture: Architecture) => architecture === "fine_tuning" || architecture === "hybrid";

export const contextRules: readonly ContextRule[] = [
  {
    role: "rag_engineer",
    level: "must",
    skill: "Document-level access control inside retrieval",
    because: "different users may see different documents",
    applies: (t) => t.perUserAccess,
  },
  {
    role: "rag_engineer",
    level: "must",
    skill: "Source attribution: citing the exact passages behind each answer",
    because: "answers must cite their sources",
    applies: (t) => t.citations === "required",
  },
  {
    role: "rag_engineer",
    level: "must",
    skill: "Scaling vector indexes to millions of documents (sharding, filtered search, storage cost)",
    because: "the corpus is large",
    applies: (t) => t.corpusSize === "large" || t.corpusSize === "massive",
  },
  {
    role: "rag_engineer",
    level: "must",
    skill: "Incremental re-indexing as sources change",
    because: "the information changes daily or faster",
    applies: fastChange,
  },
  {
    role: "rag_engineer",
    level: "must",
    skill: "Retrieval latency tuning (caching, approximate-search settings)",
    because: "responses must come back in under 300 ms",
    applies: (t) => t.latency === "strict",
  },
  {
    role: "deep_learning_engineer",
    level: "must",
    skill: "Building a training set from little data: labelling guidelines and synthetic examples",
    because: "fewer than a hundred labelled examples exist",
    applies: (t) => t.labeledExamples === "none" || t.labeledExamples === "under_100",
  },
  {
    role: "deep_learning_engineer",
    level: "must",
    skill: "Distillation and quantisation into smaller, faster models",
    because: "responses must come back in under 300 ms",
    applies: (t) => t.latency === "strict",
  },
  {
    role: "deep_learning_engineer",
    level: "must",
    skill: "Preventing memorisation and leakage of sensitive training records",
    because: "the data is regulated",
    applies: (t) => t.dataSensitivity === "regulated",
  },
  {
    role: "deep_learning_engineer",
    level: "must",
    skill: "Automated, frequent retraining with regression checks",
    because: "the facts baked into the weights change weekly or faster",
    applies: (t, a) =>
      a === "fine_tuning" && (t.knowledgeChange === "realtime" || t.knowledgeChange === "daily" || t.knowledgeChange === "weekly"),
  },
  {
    role: "deep_learning_engineer",
    level: "must",
    skill: "Training for strict output formats and tone",
    because: "outputs must follow a strict structure",
    applies: (t) => t.outputControl === "strict",
  },
  {
    role: "deep_learning_engineer",
    level: "nice",
    skill: "Domain-adaptive training on specialised text",
    because: "the vocabulary is highly specialised",
    applies: (t) => t.domainVocabulary === "highly_specialized",
  },
  {
    role: "mlops_engineer",
    level: "must",
    skill: "Compliance controls: audit logs, data residency, retention",
    because: "the data is regulated",
    applies: (t) => t.dataSensitivity === "regulated",
  },
  {
    role: "mlops_engineer",
    level: "must",
    skill: "Serving at high request volume with autoscaling and caching",
    because: "traffic is ten million requests a month or more",
    applies: (t) => t.monthlyQueries >= 10_000_000,
  },
  {
    role: "mlops_engineer",
    level: "nice",
    skill: "Scheduling and operating owned GPU hardware",
    because: "the team has dedicated GPUs",
    applies: (t, a) => t.gpuAccess === "dedicated" && tunes(a),
  },
  {
    role: "data_engineer",
    level: "must",
    skill: "Handling regulated personal data (redaction, retention rules)",
    because: "the data is regulated",
    applies: (t) => t.dataSensitivity === "regulated",
  },
  {
    role: "data_engineer",
    level: "must",
    skill: "Streaming ingestion and change data capture",
    because: "the information changes in real time",
    applies: (t) => t.knowledgeChange === "realtime",
  },
  {
    role: "data_engineer",
    level: "must",
    skill: "Carrying source-system permissions into the index",
    because: "different users may see different documents",
    applies: (t) => t.perUserAccess,
  },
  {
    role: "evaluation_engineer",
    level: "must",
    skill: "Designing human review for high-stakes answers",
    because: "a confidently wrong answer is costly",
    applies: (t) => t.errorCost === "high",
  },
  {
    role: "evaluation_engineer",
    level: "must",
    skill: "Measuring grounding: whether each claim is backed by a cited source",
    because: "answers must cite their sources",
    applies: (t) => t.citations === "required",
  },
  {
    role: "evaluation_engineer",
    level: "nice",
    skill: "Governance frameworks: compliance checks and drift reports",
    because: "the data is regulated",
    applies: (t) => t.dataSensitivity === "regulated",
  },
  {
    role: "ai_product_engineer",
    level: "must",
    skill: "Agent orchestration and tool calling",
    because: "the product runs multi-step agent workflows",
    applies: (t) => t.taskType === "agent_workflow",
  },
  {
    role: "ai_product_engineer",
    level: "nice",
    skill: "Orchestrating a tuned model and a retrieval layer in one flow",
    because: "the architecture combines fine-tuning and retrieval",
    applies: (_t, a) => a === "hybrid",
  },
  {
    role: "ai_product_engineer",
    level: "must",
    skill: "Evaluating generated code by running it against tests",
    because: "the main job is code generation",
    applies: (t) => t.taskType === "code_generation",
  },
  {
    role: "ai_product_engineer",
    level: "nice",
    skill: "Turning a brand style guide into prompts and tests",
    because: "the main job is on-brand content",
    applies: (t) => t.taskType === "branded_content",
  },
];

/** The extra requirements one role picks up from this project's answers, in rule order. */
export function contextualSkills(role: Role, traits: Traits, architecture: Architecture): ContextualSkill[] {
  return contextRules
    .filter((rule) => rule.role === role && rule.applies(traits, architecture))
    .map(({ level, skill, because }) => ({ level, skill, because }));
}
