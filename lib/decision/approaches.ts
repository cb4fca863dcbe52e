import type { Traits } from "./traits";
import type { Architecture } from "./types";

/** Ways of building inside an architecture, shown on the results page when the answers support them. */
export const approachIds = [
  "structured_outputs",
  "long_context",
  "distillation",
  "lora",
  "full_fine_tuning",
  "reranking_hybrid_search",
] as const;
export type ApproachId = (typeof approachIds)[number];

export interface Approach {
  id: ApproachId;
  name: string;
  reason: string;
}

export const approachNames: Record<ApproachId, string> = {
  structured_outputs: "Structured outputs and validators",
  long_context: "Long-context prompting",
  distillation: "Distil the working prompt into a smaller model",
  lora: "Parameter-efficient fine-tuning (LoRA)",
  full_fine_tuning: "Full fine-tuning",
  reranking_hybrid_search: "Hybrid search and re-ranking",
};

/** Budget from which full fine-tuning (every weight) is worth weighing against LoRA, with dedicated GPUs and a large dataset. */
export const fullFineTuningBudgetUsd = 250_000;
/** Requests a month from which distilling a working prompt pays. */
export const distillationQueries = 10_000_000;

const trains = (architecture: Architecture) => architecture === "fine_tuning" || architecture === "hybrid";
const retrieves = (architecture: Architecture) => architecture === "rag" || architecture === "hybrid";
const manyExamples = (t: Traits) => t.labeledExamples === "thousands" || t.labeledExamples === "tens_of_thousands";

/** The approaches these answers support for this architecture, each with its reason, in the order to try them. */
export function approachesFor(t: Traits, architecture: Architecture): Approach[] {
  const out: Approach[] = [];
  const add = (id: ApproachId, reason: string) => out.push({ id, name: approachNames[id], reason });

  if (t.outputControl === "strict" || t.taskType === "structured_generation" || t.taskType === "classification_extraction") {
    add(
      "structured_outputs",
      trains(architecture)
        ? "Before training for a format, hold it with a schema-constrained (structured) output and a validator that rejects and retries bad answers; train only for what they cannot hold."
        : "A schema-constrained (structured) output and a validator that rejects and retries bad answers hold a strict format without training.",
    );
  }
  if (t.corpusSize === "fits_in_prompt" && t.need !== "behavior") {
    add("long_context", "All the material fits in one prompt: send it whole with each request (cached if the model offers it) rather than building an index to search.");
  }
  if (t.promptBaseline === "sufficient" && t.need !== "knowledge" && manyExamples(t) && t.monthlyQueries >= distillationQueries) {
    add("distillation", "The prompt already does the job; at this volume, train a smaller model on its inputs and outputs (and your examples) to do the same job faster and for less per request.");
  }
  if (trains(architecture)) {
    if (t.labeledExamples === "tens_of_thousands" && t.upfrontBudgetUsd >= fullFineTuningBudgetUsd && t.gpuAccess === "dedicated") {
      add("full_fine_tuning", "A large reviewed dataset, your own GPUs and the budget for it: updating every weight can beat adapters; compare it with LoRA on the same evaluation set.");
    } else {
      add("lora", "Train small adapter weights on top of a base model (LoRA or QLoRA): far cheaper in data, hardware and time than updating every weight, and easy to retrain.");
    }
  }
  if (retrieves(architecture) && (t.corpusSize === "large" || t.corpusSize === "massive")) {
    add("reranking_hybrid_search", "Over a large corpus, combine keyword and vector search and re-rank the top passages before the model reads them: it fixes most misses of plain vector search.");
  }
  return out;
}
