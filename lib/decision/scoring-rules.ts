import type { Traits, TraitKey } from "./traits";
import type { SourceId } from "./source-articles";
import type { Effects } from "./types";


/**
 * One row of the scoring table: when `trait` has `answer` (a numeric trait: its value lies in `range`;
 * teamSkills: the list includes `answer`), and `when` holds if given, add `effects` to the raw scores.
 */
export interface ScoringRule {
  id: string;
  trait: TraitKey;
  answer: string | boolean;
  /** For numeric traits: [min, maxExclusive). */
  range?: readonly [number, number];
  /**
   * For numeric traits: a continuous effect on a log scale. None of `effects` at `from`, all of it at `to`, in
   * proportion to log(value / from) / log(to / from) in between (so each doubling adds the same share), clamped
   * beyond. `from` above `to` makes an effect that grows as the value falls.
   */
  logRamp?: readonly [from: number, to: number];
  /**
   * An answer that calls for retrieval (fresh facts, citations, per-user access, a corpus to search). It hardly
   * separates the options when there is nothing to retrieve, and it counts for the hybrid's retrieval half when the
   * need is both (see score.ts, `retrievalMode`).
   */
  retrieval?: true;
  /** Extra condition on other traits: interactions and feasibility gates. */
  when?: (traits: Traits) => boolean;
  /**
   * Every trait `when` reads (a test checks no other answer changes it): the what-if scorer re-checks a condition
   * only when one of these changes.
   */
  reads?: readonly TraitKey[];
  effects: Effects;
  rationale: string;
  sources: SourceId[];
  /** A feasibility gate: reality rules an option out (or nearly), whatever the preferences. */
  gate?: boolean;
}

const r = (
  trait: TraitKey,
  answer: string | boolean,
  effects: Effects,
  sources: SourceId[],
  rationale: string,
  extra: Partial<Pick<ScoringRule, "range" | "logRamp" | "when" | "reads" | "gate" | "retrieval">> = {},
): ScoringRule => ({ id: `${trait}:${String(answer)}`, trait, answer, effects, sources, rationale, ...extra });

const needsKnowledge = (t: Traits) => t.need !== "behavior";
const retrieval = { retrieval: true } as const;
const hasManyExamples = (t: Traits) => t.labeledExamples === "thousands" || t.labeledExamples === "tens_of_thousands";

/** Base raw score per architecture before any answer: the hybrid pays for running two systems. */
export const baseScores = { prompt_engineering: 0, rag: 0, fine_tuning: 0, hybrid: -12 } as const;

export const scoringRules: readonly ScoringRule[] = [
  // The problem
  r("need", "knowledge", { rag: 28, fine_tuning: -16, hybrid: -4 }, ["000", "001", "004"], "New facts are a knowledge problem: retrieval supplies them at answer time without touching the model."),
  r("need", "behavior", { fine_tuning: 28, rag: -20, hybrid: -6, prompt_engineering: 6 }, ["000", "001", "004"], "A new way of responding is a behaviour problem: training changes how the model acts; retrieval only changes what it reads."),
  r("need", "both", { hybrid: 30, rag: 8, fine_tuning: 8 }, ["000", "001", "003", "004"], "Fresh facts and a set way of answering are two problems; combining a tuned model with retrieval addresses both."),
  r("taskType", "question_answering", { rag: 10, fine_tuning: -4 }, ["000", "003"], "Answering questions over documents is the classic retrieval use case."),
  r("taskType", "search_summarize", { rag: 12, fine_tuning: -4 }, ["001", "003"], "Search-then-summarise needs the right passages in front of the model at answer time."),
  r("taskType", "support_assistant", { rag: 10, hybrid: 4 }, ["000", "001", "003"], "Support assistants must stay grounded in current product documentation."),
  r("taskType", "classification_extraction", { fine_tuning: 18, rag: -10, prompt_engineering: 2 }, ["003", "004"], "Labelling text or pulling out fields is where trained models beat retrieval most clearly."),
  r("taskType", "structured_generation", { fine_tuning: 10, hybrid: 3 }, ["001", "003"], "Producing a fixed structure reliably is behaviour that training can build in."),
  r("taskType", "branded_content", { fine_tuning: 14, rag: -8, hybrid: 2 }, ["001", "003"], "A house voice across many pieces of content is learnt better from examples than retrieved."),
  r("taskType", "code_generation", { fine_tuning: 8, rag: 4 }, ["003"], "Code for internal libraries benefits from training on them, with their docs retrievable too."),
  r("taskType", "agent_workflow", { fine_tuning: 4, hybrid: 8 }, ["001", "003"], "Agents orchestrate tools and retrieval and often need a consistent response style: a combined design fits."),
  r("promptBaseline", "not_tried", { prompt_engineering: 16, hybrid: -6 }, ["004"], "Nobody has measured a well-built prompt yet; it is the cheapest thing to try and often enough."),
  r("promptBaseline", "insufficient", { prompt_engineering: -32, hybrid: 4 }, ["004"], "A careful, measured prompt already fell short, so the gap needs retrieval, training or both."),
  r("promptBaseline", "sufficient", { prompt_engineering: 34 }, ["004"], "A measured prompt already meets the bar: ship it and keep evaluating before building more."),

  // Knowledge (fastest change first: RAG gains, fine-tuning loses)
  r("knowledgeChange", "realtime", { rag: 22, fine_tuning: -24, hybrid: 6 }, ["000", "001", "002", "003", "004"], "Information that changes by the minute can only be read at answer time; retraining can never keep up.", retrieval),
  r("knowledgeChange", "daily", { rag: 18, fine_tuning: -20, hybrid: 5 }, ["000", "003", "004"], "Daily updates argue strongly for retrieval: updating an index is instant, retraining is not.", retrieval),
  r("knowledgeChange", "weekly", { rag: 12, fine_tuning: -12, hybrid: 3 }, ["002", "003", "004"], "Weekly changes favour a document store that can be refreshed without retraining.", retrieval),
  r("knowledgeChange", "monthly", { rag: 6, fine_tuning: -5, hybrid: 1 }, ["002", "003"], "Monthly changes still mean periodic retraining if the facts live in the weights.", retrieval),
  r("knowledgeChange", "yearly", { rag: 2 }, ["002"], "Rare changes leave both options open.", retrieval),
  r("knowledgeChange", "static", { fine_tuning: 6, hybrid: -2 }, ["002"], "Stable knowledge can be trained in once without going stale.", retrieval),
  r("corpusSize", "fits_in_prompt", { prompt_engineering: 20, rag: -8, fine_tuning: -4 }, ["003"], "All the material fits in the context window: put it in the prompt, no retrieval system needed."),
  r("corpusSize", "small", { rag: 8, prompt_engineering: 2 }, ["003"], "A modest document set is quick to chunk, embed and index.", retrieval),
  r("corpusSize", "large", { rag: 14, prompt_engineering: -10, fine_tuning: -2 }, ["003", "004"], "A large, mixed corpus is far cheaper to index and retrieve from than to train into a model.", retrieval),
  r("corpusSize", "massive", { rag: 10, fine_tuning: 4, hybrid: 6, prompt_engineering: -16 }, ["002", "003"], "At this scale retrieval needs serious infrastructure, and recall beyond the context window can justify training.", retrieval),
  r("citations", "none", { fine_tuning: 3 }, ["004"], "No attribution needed: knowledge baked into weights is acceptable.", retrieval),
  r("citations", "helpful", { rag: 6, hybrid: 2 }, ["002", "004"], "Pointing to sources builds trust, and only retrieval can show where an answer came from.", retrieval),
  r("citations", "required", { rag: 18, fine_tuning: -12, hybrid: 6, prompt_engineering: -2 }, ["001", "002", "004"], "Required citations or an audit trail need the exact passage that informed each answer: retrieval gives that, weights cannot.", retrieval),

  // Behaviour and output (stricter control: fine-tuning gains, retrieval does not)
  r("outputControl", "loose", { prompt_engineering: 8, fine_tuning: -8 }, ["003", "004"], "Loose output needs no training: instructions in a prompt are enough."),
  r("outputControl", "consistent", { fine_tuning: 6, prompt_engineering: 2 }, ["001", "004"], "A recognisable shape and voice across outputs starts to favour training."),
  r("outputControl", "strict", { fine_tuning: 18, hybrid: 8, rag: -4, prompt_engineering: -6 }, ["001", "003", "004"], "Exact formats or a brand voice across thousands of outputs are what retrieval cannot reliably enforce and training can."),
  r("domainVocabulary", "general", { prompt_engineering: 6, fine_tuning: -5 }, ["002", "004"], "Base models already speak everyday language."),
  r("domainVocabulary", "specialized", { fine_tuning: 5, rag: 2 }, ["002", "004"], "Jargon the base model half-knows benefits from examples in context or in training."),
  r("domainVocabulary", "highly_specialized", { fine_tuning: 15, hybrid: 8, prompt_engineering: -8 }, ["000", "002", "003", "004"], "Terminology that confuses base models (medical coding, contracts, chemistry) is learnt best by training."),
  r("errorCost", "low", { prompt_engineering: 6 }, ["004"], "Cheap mistakes allow the lightest approach first."),
  r("errorCost", "moderate", { rag: 2 }, ["004"], "Some harm from errors rewards answers that can be checked."),
  r("errorCost", "high", { rag: 8, hybrid: 4, prompt_engineering: -6 }, ["002", "004"], "When a confident mistake is costly you need to inspect what the model was shown; knowledge in weights is hard to audit or correct."),

  // Constraints (tighter latency: retrieval loses, fine-tuning gains)
  r("latency", "strict", { rag: -18, fine_tuning: 15, hybrid: -8, prompt_engineering: 4 }, ["001", "002", "003", "004"], "Under 300 ms leaves no room for a retrieval round trip; a smaller tuned model answers fastest."),
  r("latency", "interactive", { rag: -6, fine_tuning: 6, hybrid: -3 }, ["002", "004"], "A one-second budget makes retrieval's overhead noticeable."),
  r("latency", "tolerant", {}, ["004"], "A few seconds leaves room for retrieval."),
  r("latency", "batch", { rag: 4, fine_tuning: -2, hybrid: 2 }, ["003"], "Background jobs can afford retrieval and re-ranking."),
  r("dataSensitivity", "internal", { rag: 3 }, ["004"], "Internal data is easier to keep behind access controls in a retrieval layer."),
  r("dataSensitivity", "regulated", { rag: 10, fine_tuning: -8, hybrid: 2 }, ["003", "004"], "Regulated data is safer in a governed store than in weights, which can memorise and leak training examples."),
  r("perUserAccess", true, { rag: 12, fine_tuning: -12, hybrid: 4 }, ["004"], "Per-user permissions can be enforced when documents are retrieved; a model's weights cannot forget for one user.", retrieval),
  r("timeToShip", "days", { prompt_engineering: 14, rag: 10, fine_tuning: -22, hybrid: -22 }, ["000", "002", "003", "004"], "Something in users' hands within days rules out a training project; prompts and retrieval ship that fast."),
  r("timeToShip", "weeks", { rag: 6, prompt_engineering: 4, fine_tuning: -4, hybrid: -6 }, ["000", "004"], "A few weeks suits a retrieval pipeline; a fine-tune is possible but tight."),
  r("timeToShip", "months", { fine_tuning: 6, hybrid: 8 }, ["000", "004"], "Months allow for collecting data, training and evaluating models."),

  // Resources (more labelled examples never hurt fine-tuning)
  r("labeledExamples", "none", { fine_tuning: -20, hybrid: -15, prompt_engineering: 6 }, ["003", "004"], "Without curated examples there is nothing to train on; training without good data makes a worse model."),
  r("labeledExamples", "under_100", { fine_tuning: -10, hybrid: -8, prompt_engineering: 6 }, ["004"], "Under a hundred examples are better used as few-shot examples and a test set than as training data."),
  r("labeledExamples", "hundreds", { fine_tuning: 2 }, ["003", "004"], "Hundreds of good examples can support a parameter-efficient fine-tune (LoRA)."),
  r("labeledExamples", "thousands", { fine_tuning: 12, hybrid: 6 }, ["003", "004"], "Thousands of reviewed examples are a solid base for fine-tuning."),
  r("labeledExamples", "tens_of_thousands", { fine_tuning: 18, hybrid: 10 }, ["003", "004"], "A large reviewed dataset is the strongest reason to train."),
  r("gpuAccess", "none", { fine_tuning: -8, hybrid: -6 }, ["001", "003"], "With no hardware, training depends on a hosted fine-tuning API and its limits."),
  r("gpuAccess", "dedicated", { fine_tuning: 6, hybrid: 4 }, ["001", "003"], "Your own GPUs make training runs and retraining cheap to repeat."),
  // Money and volume on a log scale: each doubling counts the same, and neither flattens out at the top of a band.
  r("upfrontBudgetUsd", "small budget", { fine_tuning: -15, hybrid: -15, prompt_engineering: 6, rag: 2 }, ["003"], "A small one-time budget covers a prompt or a retrieval prototype, not a training project: the less there is, the stronger this holds.", { logRamp: [25_000, 1_000] }),
  r("upfrontBudgetUsd", "large budget", { fine_tuning: 10, hybrid: 14 }, ["001", "003"], "A larger budget pays for data work, training runs and hosting, and up to a few million dollars for retrieval alongside.", { logRamp: [20_000, 5_000_000] }),
  r("monthlyQueries", "low volume", { prompt_engineering: 4 }, ["001"], "Low volume keeps running costs small whatever the design, so the lightest option costs least.", { logRamp: [100_000, 1_000] }),
  r("monthlyQueries", "high volume", { fine_tuning: 16, hybrid: 6, rag: -6 }, ["001", "003"], "Each tenfold rise in requests makes per-request cost and latency weigh more; a smaller tuned model spreads its training cost over them.", { logRamp: [100_000, 1_000_000_000] }),

  // Team
  r("teamSkills", "prompt_engineering", { prompt_engineering: 4 }, ["000"], "Prompt skills make a strong prompt baseline quick to build."),
  r("teamSkills", "retrieval", { rag: 5, hybrid: 2 }, ["000", "001"], "Retrieval experience shortens the path to a working pipeline."),
  r("teamSkills", "vector_databases", { rag: 4, hybrid: 2 }, ["000", "001", "003"], "Vector database experience removes the biggest unknown of retrieval."),
  r("teamSkills", "model_training", { fine_tuning: 6, hybrid: 3 }, ["000", "001", "003"], "Training experience makes fine-tuning a known quantity."),
  r("teamSkills", "mlops", { fine_tuning: 4, hybrid: 3 }, ["001", "003"], "MLOps skills cover deploying, versioning and monitoring tuned models."),
  r("teamSkills", "data_engineering", { rag: 2, fine_tuning: 2, hybrid: 1 }, ["004"], "Clean data pipelines help both: better chunks to retrieve and better examples to train on."),
  r("teamSkills", "evaluation", { prompt_engineering: 2, rag: 1, fine_tuning: 1, hybrid: 1 }, ["001", "004"], "Evaluation skills let you prove which option actually works."),

  // Feasibility gates and interactions
  r("knowledgeChange", "facts change faster than training", { fine_tuning: -30 }, ["000", "004"], "Facts that change daily or faster cannot live only in a model's weights: they would be stale before each training run finished.", { gate: true, reads: ["need", "knowledgeChange"], when: (t) => needsKnowledge(t) && (t.knowledgeChange === "realtime" || t.knowledgeChange === "daily") }),
  r("labeledExamples", "nothing to train on", { fine_tuning: -30, hybrid: -25 }, ["003", "004"], "No labelled examples and too little budget to create them: a fine-tune has nothing to learn from.", { gate: true, reads: ["labeledExamples", "upfrontBudgetUsd"], when: (t) => t.labeledExamples === "none" && t.upfrontBudgetUsd < 10_000 }),
  r("gpuAccess", "no way to pay for training", { fine_tuning: -20, hybrid: -20 }, ["003"], "No training hardware and almost no budget to rent it or pay a hosted fine-tuning API.", { gate: true, reads: ["gpuAccess", "upfrontBudgetUsd"], when: (t) => t.gpuAccess === "none" && t.upfrontBudgetUsd < 2_000 }),
  r("timeToShip", "training takes weeks", { fine_tuning: -30, hybrid: -30 }, ["000", "002", "004"], "A fine-tuning project takes weeks of data preparation, training and evaluation: it cannot be in users' hands within days.", { gate: true, reads: ["timeToShip"], when: (t) => t.timeToShip === "days" }),
  r("latency", "retrieval over a large index in 300 ms", { rag: -8, hybrid: -6 }, ["002", "003"], "Searching a large index and then generating rarely fits in 300 ms.", { gate: true, reads: ["latency", "corpusSize"], when: (t) => t.latency === "strict" && (t.corpusSize === "large" || t.corpusSize === "massive") }),
  r("corpusSize", "nothing to retrieve", { rag: -40, hybrid: -40 }, ["003", "004"], "The need is behaviour only and all the material fits in one prompt: there is nothing for a retrieval system to fetch.", { gate: true, reads: ["need", "corpusSize"], when: (t) => t.need === "behavior" && t.corpusSize === "fits_in_prompt" }),
  r("monthlyQueries", "distil a working prompt", { fine_tuning: 40, prompt_engineering: -8 }, ["001", "003"], "A prompt that already works, thousands of good examples and tens of millions of requests: training a smaller model to do the same job (distilling the prompt) cuts cost and latency at that volume.", { logRamp: [1_000_000, 100_000_000], reads: ["promptBaseline", "need", "labeledExamples"], when: (t) => t.promptBaseline === "sufficient" && t.need !== "knowledge" && hasManyExamples(t) }),
  r("errorCost", "high stakes with citations", { rag: 8, hybrid: 4, fine_tuning: -6 }, ["004"], "High-stakes answers that must cite sources need retrieval's traceability.", { retrieval: true, reads: ["errorCost", "citations"], when: (t) => t.errorCost === "high" && t.citations === "required" }),
  r("dataSensitivity", "regulated facts in weights", { fine_tuning: -6 }, ["003", "004"], "Training regulated facts into weights risks the model repeating them to the wrong person.", { reads: ["dataSensitivity", "need"], when: (t) => t.dataSensitivity === "regulated" && needsKnowledge(t) }),
];
