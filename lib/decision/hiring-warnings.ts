import type { Traits } from "./traits";
import type { Architecture, Scores, Warning } from "./types";

/**
 * Hiring mistakes the answers make likely: seed 001's five, and seed 004's advice to try a
 * better prompt and cleaner retrieval before training. Each fires on specific answers.
 */
export interface WarningRule {
  code: string;
  sources: string[];
  applies: (t: Traits, architecture: Architecture, raw: Scores) => boolean;
  message: (t: Traits, architecture: Architecture) => string;
}

const has = (t: Traits, skill: Traits["teamSkills"][number]) => t.teamSkills.includes(skill);
const buildsSystems = (a: Architecture) => a !== "prompt_engineering";

export const warningRules: readonly WarningRule[] = [
  {
    code: "prompt-engineers-only",
    sources: ["001"],
    applies: (t, a) => buildsSystems(a) && !["retrieval", "vector_databases", "model_training", "mlops", "data_engineering"].some((s) => has(t, s as Traits["teamSkills"][number])),
    message: (_t, a) =>
      `Your team lists no retrieval, training or data skills, but a ${a === "rag" ? "retrieval" : a === "fine_tuning" ? "fine-tuning" : "combined"} system needs them. Hiring more prompt specialists will not build the pipeline.`,
  },
  {
    code: "fine-tuning-for-knowledge",
    sources: ["001", "004"],
    applies: (t, a, raw) => t.need === "knowledge" && (a === "fine_tuning" || a === "hybrid" || raw.fine_tuning >= raw.rag - 5),
    message: () =>
      "The need is knowledge, and training facts into weights is the costly way to supply them. Check that a retrieval layer would not close the gap first before hiring for fine-tuning.",
  },
  {
    code: "no-evaluation",
    sources: ["001"],
    applies: (t, a) => !has(t, "evaluation") && (buildsSystems(a) || t.errorCost !== "low"),
    message: (t) =>
      `Nobody on the team owns evaluation${t.errorCost === "high" ? ", and wrong answers here are costly" : ""}. Without test sets and monitoring, errors, drift and hallucinations go unnoticed: budget for evaluation from the first hire.`,
  },
  {
    code: "retrieval-upkeep",
    sources: ["001"],
    applies: (t, a) => (a === "rag" || a === "hybrid") && (["realtime", "daily", "weekly"].includes(t.knowledgeChange) || t.corpusSize === "large" || t.corpusSize === "massive"),
    message: (t) =>
      `Retrieval is not build-once: with ${["realtime", "daily", "weekly"].includes(t.knowledgeChange) ? "facts that change often" : "a corpus this large"}, chunking, embeddings and the index need continuous tuning. Plan ongoing retrieval work, not a one-off project.`,
  },
  {
    code: "prototype-is-not-production",
    sources: ["001"],
    applies: (t, a) => buildsSystems(a) && (t.timeToShip === "days" || t.timeToShip === "weeks") && (t.monthlyQueries >= 1_000_000 || t.errorCost === "high" || t.dataSensitivity === "regulated") && !has(t, "mlops") && !has(t, "data_engineering"),
    message: () =>
      "A fast prototype will be ready long before it is production-ready at this scale or risk. Demo skills do not equal production engineering: hire for monitoring, data pipelines and reliability as well.",
  },
  {
    code: "prompt-and-retrieval-first",
    sources: ["004"],
    applies: (t, a) => (a === "fine_tuning" || a === "hybrid") && t.promptBaseline === "not_tried",
    message: () =>
      "Nobody has measured a well-built prompt yet. Many teams that believe they need fine-tuning need a better prompt and a cleaner retrieval layer first: try those before hiring for training.",
  },
  {
    code: "training-data-gap",
    sources: ["004"],
    applies: (t, a) => (a === "fine_tuning" || a === "hybrid") && (t.labeledExamples === "none" || t.labeledExamples === "under_100"),
    message: () =>
      "Fine-tuning is recommended but you have few labelled examples. Fine-tuning on poor or scarce data gives a worse model: plan the labelling work before the training hire starts.",
  },
];

export function hiringWarnings(t: Traits, architecture: Architecture, raw: Scores): Warning[] {
  return warningRules.filter((rule) => rule.applies(t, architecture, raw)).map((rule) => ({ code: rule.code, message: rule.message(t, architecture) }));
}
