import type { Traits } from "./traits";
import type { Architecture, PrimaryRole, Role, RoleNeed, RoleProfile, Scores, Seniority } from "./types";
import { hiringWarnings } from "./hiring-warnings";

/** Skills and tools per role, drawn from the source articles' lists. */
export const roleSkills: Record<Role, { skills: string[]; tools: string[] }> = {
  rag_engineer: {
    skills: ["Embedding models", "Chunking strategies", "Retrieval pipelines", "Ranking and filtering", "Vector databases", "Prompt engineering", "Retrieval evaluation"],
    tools: ["LangChain", "LlamaIndex", "Haystack", "Pinecone", "Weaviate", "Qdrant", "FAISS", "pgvector", "OpenAI or Hugging Face embeddings"],
  },
  deep_learning_engineer: {
    skills: ["Dataset curation and validation", "Parameter-efficient fine-tuning (LoRA, QLoRA)", "Preference tuning (DPO)", "Hyperparameter optimisation", "Transformer internals", "Benchmark-driven evaluation"],
    tools: ["Hugging Face Trainer and PEFT", "Axolotl", "OpenAI fine-tuning API", "Amazon SageMaker JumpStart", "Weights & Biases"],
  },
  mlops_engineer: {
    skills: ["Training and deployment pipelines", "Model versioning and rollback", "GPU capacity planning", "Drift monitoring", "Model hosting"],
    tools: ["Amazon SageMaker", "Weights & Biases", "Container orchestration", "Model registries"],
  },
  data_engineer: {
    skills: ["Ingestion and cleaning pipelines", "Document parsing", "Freshness and re-indexing schedules", "Access-control metadata", "Labelling workflows"],
    tools: ["Workflow schedulers", "pgvector", "Object storage", "Labelling tools"],
  },
  evaluation_engineer: {
    skills: ["Test-set design", "Answer-quality and groundedness metrics", "Hallucination detection", "Tracing queries, responses and sources", "Regression gates before release"],
    tools: ["Evaluation harnesses", "Tracing and observability dashboards", "Weights & Biases"],
  },
  ai_product_engineer: {
    skills: ["Prompt engineering with examples", "Structured outputs", "Application APIs", "Prompt evaluation", "Agent and tool orchestration"],
    tools: ["Model provider APIs", "LangChain", "Evaluation harnesses"],
  },
};

const seniorityLadder: Seniority[] = ["junior", "mid", "senior", "staff"];
const raise = (level: Seniority, steps: number): Seniority =>
  seniorityLadder[Math.min(seniorityLadder.length - 1, seniorityLadder.indexOf(level) + steps)] ?? level;

function need(role: Role, fte: number, seniority: Seniority, why: string): RoleNeed {
  return { role, fte, seniority, skills: [...roleSkills[role].skills], tools: [...roleSkills[role].tools], why };
}

const highStakes = (t: Traits) => t.errorCost === "high" || t.dataSensitivity === "regulated";
const bigCorpus = (t: Traits) => t.corpusSize === "large" || t.corpusSize === "massive";
const fastFacts = (t: Traits) => ["realtime", "daily", "weekly"].includes(t.knowledgeChange);
const fewExamples = (t: Traits) => ["none", "under_100", "hundreds"].includes(t.labeledExamples);

function ragRoles(t: Traits, share: number): RoleNeed[] {
  const fte = (bigCorpus(t) ? 2 : 1) * share;
  const seniority = raise("mid", (highStakes(t) ? 1 : 0) + (t.perUserAccess || t.corpusSize === "massive" ? 1 : 0));
  const roles = [need("rag_engineer", fte, seniority, "Builds and tunes the retrieval pipeline: chunking, embeddings, the vector store, ranking and grounding of answers.")];
  if (bigCorpus(t) || fastFacts(t) || t.perUserAccess) {
    roles.push(need("data_engineer", bigCorpus(t) && fastFacts(t) ? 1 : 0.5, "mid", "Keeps documents flowing in clean, fresh and tagged with permissions so the index never goes stale."));
  }
  return roles;
}

function fineTuningRoles(t: Traits, share: number): RoleNeed[] {
  const seniority = raise("senior", t.domainVocabulary === "highly_specialized" && highStakes(t) ? 1 : 0);
  const roles = [
    need("deep_learning_engineer", share, seniority, "Curates the training set, runs parameter-efficient fine-tuning experiments and measures them against the base model."),
    need("mlops_engineer", t.monthlyQueries >= 1_000_000 || t.gpuAccess === "dedicated" ? 1 : 0.5, "mid", "Turns one training run into a repeatable pipeline: versioned models, deployment, rollback and drift monitoring."),
  ];
  if (fewExamples(t)) roles.push(need("data_engineer", 0.5, "mid", "Builds the labelling workflow that grows a small set of examples into a training set you can trust."));
  return roles;
}

function evaluationRole(t: Traits, architecture: Architecture): RoleNeed[] {
  const fte = highStakes(t) || architecture === "hybrid" ? 1 : 0.5;
  return [need("evaluation_engineer", fte, highStakes(t) ? "senior" : "mid", "Owns the test set, quality metrics and production tracing, so errors, drift and hallucinations are caught rather than reported by users.")];
}

/** `scores` are the displayed 0–100 scores (a hybrid's primary role follows the heavier side). */
export function buildRoleProfile(t: Traits, architecture: Architecture, scores: Scores): RoleProfile {
  let primaryRole: PrimaryRole;
  let roles: RoleNeed[];
  switch (architecture) {
    case "prompt_engineering":
      primaryRole = "ai_product_engineer";
      roles = [need("ai_product_engineer", 1, highStakes(t) ? "senior" : "mid", "Builds the product around a strong, measured prompt: examples, structured outputs and evaluation, before any heavier machinery.")];
      break;
    case "rag":
      primaryRole = "rag_engineer";
      roles = [...ragRoles(t, 1), need("ai_product_engineer", 0.5, "mid", "Wires retrieval into the product: prompts, APIs and the user experience around cited answers.")];
      break;
    case "fine_tuning":
      primaryRole = "deep_learning_engineer";
      roles = fineTuningRoles(t, 1);
      break;
    case "hybrid":
      primaryRole = scores.rag >= scores.fine_tuning ? "rag_engineer" : "deep_learning_engineer";
      roles = [...ragRoles(t, 1), ...fineTuningRoles(t, 1)];
      break;
  }
  roles = mergeRoles([...roles, ...evaluationRole(t, architecture)]);
  return { primaryRole, roles, warnings: hiringWarnings(t, architecture, scores) };
}

/** One entry per role: the larger FTE and seniority win when two sides ask for the same role. */
function mergeRoles(roles: RoleNeed[]): RoleNeed[] {
  const merged = new Map<Role, RoleNeed>();
  for (const role of roles) {
    const existing = merged.get(role.role);
    if (!existing) merged.set(role.role, role);
    else {
      existing.fte = Math.max(existing.fte, role.fte);
      if (seniorityLadder.indexOf(role.seniority) > seniorityLadder.indexOf(existing.seniority)) existing.seniority = role.seniority;
    }
  }
  return [...merged.values()];
}
