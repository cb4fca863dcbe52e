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

/** One-time budget in USD, lower edge included, upper edge excluded. */
export function budgetPoints(usd: number): Points {
  if (usd < 5_000) return [6, 2, -15, -15];
  if (usd < 25_000) return [0, 0, -5, -8];
  if (usd < 100_000) return [0, 0, 3, 2];
  return [0, 0, 6, 8];
}

/** Requests per month, lower edge included, upper edge excluded; 10k up to 1M moves nothing. */
export function queryPoints(requests: number): Points {
  if (requests < 10_000) return [4, 0, 0, 0];
  if (requests < 1_000_000) return [0, 0, 0, 0];
  if (requests < 10_000_000) return [0, 0, 5, 2];
  return [0, -4, 10, 4];
}

/** Interactions and feasibility gates: a condition over several answers. */
export const conditions: readonly { id: string; holds: (t: Traits) => boolean; points: Points }[] = [
  { id: "facts change faster than training", holds: (t) => t.need !== "behavior" && (t.knowledgeChange === "realtime" || t.knowledgeChange === "daily"), points: [0, 0, -30, 0] },
  { id: "nothing to train on", holds: (t) => t.labeledExamples === "none" && t.upfrontBudgetUsd < 10_000, points: [0, 0, -30, -25] },
  { id: "no way to pay for training", holds: (t) => t.gpuAccess === "none" && t.upfrontBudgetUsd < 2_000, points: [0, 0, -20, -20] },
  { id: "training takes weeks", holds: (t) => t.timeToShip === "days", points: [0, 0, -24, -24] },
  { id: "retrieval over a large index in 300 ms", holds: (t) => t.latency === "strict" && (t.corpusSize === "large" || t.corpusSize === "massive"), points: [0, -8, 0, -6] },
  { id: "high stakes with citations", holds: (t) => t.errorCost === "high" && t.citations === "required", points: [0, 8, -6, 4] },
  { id: "regulated facts in weights", holds: (t) => t.dataSensitivity === "regulated" && t.need !== "behavior", points: [0, 0, -6, 0] },
];

const plus = (a: Points, b: Points): Points => [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];

/** Raw points of a project by the reference table. */
export function referencePoints(t: Traits): Points {
  let sum = base;
  for (const [trait, rows] of Object.entries(answerPoints)) {
    const row = (rows as Record<string, Points>)[String(t[trait as keyof Traits])];
    if (row) sum = plus(sum, row);
  }
  for (const skill of t.teamSkills) sum = plus(sum, skillPoints[skill]);
  sum = plus(sum, budgetPoints(t.upfrontBudgetUsd));
  sum = plus(sum, queryPoints(t.monthlyQueries));
  for (const condition of conditions) if (condition.holds(t)) sum = plus(sum, condition.points);
  return sum;
}

/** Raw points as a record, the shape rawScores returns. */
export function referenceScores(t: Traits): Record<Architecture, number> {
  const [pe, rag, ft, hy] = referencePoints(t);
  return { prompt_engineering: pe, rag, fine_tuning: ft, hybrid: hy };
}

/** The winner: the highest points; a tie goes to the simpler architecture (earlier in `order`). */
export function referenceWinner(t: Traits): Architecture {
  const points = referencePoints(t);
  let best = 0;
  for (let i = 1; i < 4; i++) if ((points[i] ?? 0) > (points[best] ?? 0)) best = i;
  return order[best] ?? "prompt_engineering";
}
