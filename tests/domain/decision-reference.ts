import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";

/**
 * The scoring rules of lib/decision/scoring-rules.ts written out again by hand, as the tests' independent reference:
 * a wrong weight, band edge, condition or default in the engine disagrees with this table. Nothing here is imported
 * from the engine's tables; change it only when the rules are meant to change.
 *
 * Points are [prompt engineering, RAG, fine-tuning, hybrid].
 */
export type Points = readonly [pe: number, rag: number, ft: number, hy: number];

export const order: readonly Architecture[] = ["prompt_engineering", "rag", "fine_tuning", "hybrid"];

/** Before any answer: the hybrid pays for running two systems. */
export const base: Points = [0, 0, 0, -12];

/** One row per answer that moves a score; an answer missing here moves nothing. */
export const answerPoints = {
  need: { knowledge: [0, 28, -16, -4], behavior: [6, -20, 28, -6], both: [0, 8, 8, 30] },
  taskType: {
    question_answering: [0, 10, -4, 0],
    search_summarize: [0, 12, -4, 0],
    support_assistant: [0, 10, 0, 4],
    classification_extraction: [2, -10, 18, 0],
    structured_generation: [0, 0, 10, 3],
    branded_content: [0, -8, 14, 2],
    code_generation: [0, 4, 8, 0],
    agent_workflow: [0, 0, 4, 8],
  },
  promptBaseline: { not_tried: [16, 0, 0, -6], insufficient: [-32, 0, 0, 4], sufficient: [34, 0, 0, 0] },
  knowledgeChange: {
    realtime: [0, 22, -24, 6],
    daily: [0, 18, -20, 5],
    weekly: [0, 12, -12, 3],
    monthly: [0, 6, -5, 1],
    yearly: [0, 2, 0, 0],
    static: [0, 0, 6, -2],
  },
  corpusSize: { fits_in_prompt: [20, -8, -4, 0], small: [2, 8, 0, 0], large: [-10, 14, -2, 0], massive: [-16, 10, 4, 6] },
  citations: { none: [0, 0, 3, 0], helpful: [0, 6, 0, 2], required: [-2, 18, -12, 6] },
  outputControl: { loose: [8, 0, -8, 0], consistent: [2, 0, 6, 0], strict: [-6, -4, 18, 8] },
  domainVocabulary: { general: [6, 0, -5, 0], specialized: [0, 2, 5, 0], highly_specialized: [-8, 0, 15, 8] },
  errorCost: { low: [6, 0, 0, 0], moderate: [0, 2, 0, 0], high: [-6, 8, 0, 4] },
  latency: { strict: [4, -18, 15, -8], interactive: [0, -6, 6, -3], tolerant: [0, 0, 0, 0], batch: [0, 4, -2, 2] },
  dataSensitivity: { public: [0, 0, 0, 0], internal: [0, 3, 0, 0], regulated: [0, 10, -8, 2] },
  perUserAccess: { true: [0, 12, -12, 4], false: [0, 0, 0, 0] },
  timeToShip: { days: [14, 10, -22, -22], weeks: [4, 6, -4, -6], months: [0, 0, 6, 8] },
  labeledExamples: {
    none: [6, 0, -20, -15],
    under_100: [6, 0, -10, -8],
    hundreds: [0, 0, 2, 0],
    thousands: [0, 0, 12, 6],
    tens_of_thousands: [0, 0, 18, 10],
  },
  gpuAccess: { none: [0, 0, -8, -6], cloud: [0, 0, 0, 0], dedicated: [0, 0, 6, 4] },
} as const satisfies { [K in keyof Traits]?: Record<string, Points> };

/** Each skill the team has adds its points. */
export const skillPoints = {
  prompt_engineering: [4, 0, 0, 0],
  retrieval: [0, 5, 0, 2],
  vector_databases: [0, 4, 0, 2],
  model_training: [0, 0, 6, 3],
  mlops: [0, 0, 4, 3],
  data_engineering: [0, 2, 2, 1],
  evaluation: [2, 1, 1, 1],
} as const satisfies Record<Traits["teamSkills"][number], Points>;

/** Share of a log-scale effect at `value`: none at `from`, all at `to`, in proportion to the logarithm between. */
export function logShare(value: number, from: number, to: number): number {
  const share = Math.log(Math.max(value, 1) / from) / Math.log(to / from);
  return Math.min(1, Math.max(0, share));
}

/** A log-scale effect: each architecture's points times the share, to one decimal. */
function scaled(points: Points, share: number): Points {
  const one = (x: number) => Math.round(x * share * 10) / 10;
  return [one(points[0]), one(points[1]), one(points[2]), one(points[3])];
}

/** One-time budget in USD on a log scale: a small-budget effect fading out by $25k, a large-budget one from $20k to $5M. */
export function budgetPoints(usd: number): Points {
  return plus(scaled([6, 2, -15, -15], logShare(usd, 25_000, 1_000)), scaled([0, 0, 10, 14], logShare(usd, 20_000, 5_000_000)));
}

/** Requests per month on a log scale: a low-volume effect fading out by 100k, a high-volume one from 100k to a billion. */
export function queryPoints(requests: number): Points {
  return plus(scaled([4, 0, 0, 0], logShare(requests, 100_000, 1_000)), scaled([0, -6, 16, 6], logShare(requests, 100_000, 1_000_000_000)));
}

/** Answers that call for retrieval: they count a quarter with nothing to retrieve, and for the hybrid too with both needs. */
export const retrievalAnswers: { readonly [K in keyof Traits]?: readonly string[] } = {
  knowledgeChange: ["realtime", "daily", "weekly", "monthly", "yearly", "static"],
  corpusSize: ["small", "large", "massive"],
  citations: ["none", "helpful", "required"],
  perUserAccess: ["true"],
};

/** How retrieval answers count for this project: "nothing" (behaviour only, or it all fits in the prompt), "both", or as written. */
export function retrievalCounting(t: Traits): "nothing" | "both" | "plain" {
  if (t.need === "behavior" || t.corpusSize === "fits_in_prompt") return "nothing";
  return t.need === "both" ? "both" : "plain";
}

/** Points of a retrieval answer as they count for this project. */
export function asCounted(t: Traits, points: Points): Points {
  const counting = retrievalCounting(t);
  if (counting === "nothing") return [points[0] / 4, points[1] / 4, points[2] / 4, points[3] / 4];
  if (counting === "both" && points[1] > 0) return [points[0], points[1], points[2], Math.max(points[3], (points[1] * 7) / 8)];
  return points;
}

const manyExamples = (t: Traits) => t.labeledExamples === "thousands" || t.labeledExamples === "tens_of_thousands";

/** Interactions and feasibility gates: a condition over several answers. */
export const conditions: readonly { id: string; holds: (t: Traits) => boolean; points: (t: Traits) => Points }[] = [
  { id: "facts change faster than training", holds: (t) => t.need !== "behavior" && (t.knowledgeChange === "realtime" || t.knowledgeChange === "daily"), points: () => [0, 0, -30, 0] },
  { id: "nothing to train on", holds: (t) => t.labeledExamples === "none" && t.upfrontBudgetUsd < 10_000, points: () => [0, 0, -30, -25] },
  { id: "no way to pay for training", holds: (t) => t.gpuAccess === "none" && t.upfrontBudgetUsd < 2_000, points: () => [0, 0, -20, -20] },
  { id: "training takes weeks", holds: (t) => t.timeToShip === "days", points: () => [0, 0, -30, -30] },
  { id: "retrieval over a large index in 300 ms", holds: (t) => t.latency === "strict" && (t.corpusSize === "large" || t.corpusSize === "massive"), points: () => [0, -8, 0, -6] },
  { id: "nothing to retrieve", holds: (t) => t.need === "behavior" && t.corpusSize === "fits_in_prompt", points: () => [0, -40, 0, -40] },
  {
    id: "distil a working prompt",
    holds: (t) => t.promptBaseline === "sufficient" && t.need !== "knowledge" && manyExamples(t),
    points: (t) => scaled([-8, 0, 40, 0], logShare(t.monthlyQueries, 1_000_000, 100_000_000)),
  },
  { id: "high stakes with citations", holds: (t) => t.errorCost === "high" && t.citations === "required", points: (t) => asCounted(t, [0, 8, -6, 4]) },
  { id: "regulated facts in weights", holds: (t) => t.dataSensitivity === "regulated" && t.need !== "behavior", points: () => [0, 0, -6, 0] },
];

function plus(a: Points, b: Points): Points {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];
}

/** Raw points of a project by the reference table. */
export function referencePoints(t: Traits): Points {
  let sum = base;
  for (const [trait, rows] of Object.entries(answerPoints)) {
    const answer = String(t[trait as keyof Traits]);
    const row = (rows as Record<string, Points>)[answer];
    const retrieval = retrievalAnswers[trait as keyof Traits]?.includes(answer) ?? false;
    if (row) sum = plus(sum, retrieval ? asCounted(t, row) : row);
  }
  for (const skill of t.teamSkills) sum = plus(sum, skillPoints[skill]);
  sum = plus(sum, budgetPoints(t.upfrontBudgetUsd));
  sum = plus(sum, queryPoints(t.monthlyQueries));
  for (const condition of conditions) if (condition.holds(t)) sum = plus(sum, condition.points(t));
  return sum;
}

/** Raw points as a record, the shape rawScores returns. */
export function referenceScores(t: Traits): Record<Architecture, number> {
  // Sums of tenths and eighths, without the binary rounding error of adding them up.
  const [pe, rag, ft, hy] = referencePoints(t).map((x) => Math.round(x * 1e6) / 1e6 + 0);
  return { prompt_engineering: pe ?? 0, rag: rag ?? 0, fine_tuning: ft ?? 0, hybrid: hy ?? 0 };
}

/** The winner: the highest points; a tie goes to the simpler architecture (earlier in `order`). */
export function referenceWinner(t: Traits): Architecture {
  const points = referencePoints(t);
  let best = 0;
  // Sums of tenths and eighths added in another order differ by rounding error only: closer than 1e-9 is a tie.
  for (let i = 1; i < 4; i++) if ((points[i] ?? 0) > (points[best] ?? 0) + 1e-9) best = i;
  return order[best] ?? "prompt_engineering";
}
