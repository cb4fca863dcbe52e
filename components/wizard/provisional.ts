import { previewScores, type Architecture, type Factor, type ScorePreview, type Scores } from "@/lib/decision";
import { needs, promptBaselines, taskTypes, traitKeys, traitsSchema, type TraitKey, type Traits } from "@/lib/decision/traits";
import { architectures } from "@/lib/decision/types";
import { answersWithSkips, isSkippedQuestion } from "@/lib/decision/skipped";
import { answersWithPlanningDefaults } from "@/lib/decision/unsure";

/**
 * Stand-ins for unanswered questions while the wizard is half-filled: for each trait, the answer that moves
 * the scores least in the engine's scoring table (zero where one exists), so the provisional leaning comes
 * from what the person actually said. Kept honest by provisional.test.ts.
 */
export const neutralAnswers = {
  knowledgeChange: "yearly",
  corpusSize: "small",
  citations: "none",
  outputControl: "consistent",
  domainVocabulary: "specialized",
  labeledExamples: "hundreds",
  latency: "tolerant",
  errorCost: "moderate",
  dataSensitivity: "public",
  perUserAccess: false,
  timeToShip: "months",
  upfrontBudgetUsd: 50_000,
  monthlyQueries: 100_000,
  gpuAccess: "cloud",
  teamSkills: [],
} as const satisfies Omit<Traits, "need" | "taskType" | "promptBaseline">;

/** The first step's questions have no near-neutral answer: while unanswered, the leaning averages over all of them. */
const averagedTraits = {
  need: needs,
  taskType: taskTypes,
  promptBaseline: promptBaselines,
} as const;

export interface Leaning {
  /** Valid answers given so far. */
  answered: number;
  /** Questions still without a valid answer. */
  remaining: number;
  /** 0..100 per architecture; averaged when first-step questions are open. */
  scores: Scores;
  leader: Architecture;
  runnerUp: Architecture;
  /** Only when every question is answered: the engine's own confidence. */
  confidence: number | undefined;
  /** The strongest effects among the answers actually given, largest first. */
  topFactors: Factor[];
}

/** Answers that pass the contract's schema; anything else counts as unanswered. */
export function validAnswers(answers: Partial<Traits>): Partial<Traits> {
  const valid: Record<string, unknown> = {};
  for (const key of traitKeys) {
    if (answers[key] !== undefined && traitsSchema.shape[key].safeParse(answers[key]).success) valid[key] = answers[key];
  }
  return valid as Partial<Traits>;
}

/**
 * Scores what has been answered so far. Unanswered traits take {@link neutralAnswers}; unanswered first-step
 * questions are averaged over all their options (at most 3 × 8 × 3 scorings, a few microseconds each: no flips or role profile).
 * Returns undefined before the first answer.
 */
export function computeLeaning(answers: Partial<Traits>): Leaning | undefined {
  // An answer marked "Not sure" counts as given, with the engine's planning default. A question skipped for the need
  // (retrieval questions for a behaviour-only need) is not left to answer, but is not the person's answer either.
  const filled = answersWithSkips(answers);
  const given = validAnswers(answersWithPlanningDefaults(filled));
  const answeredKeys = new Set((Object.keys(given) as TraitKey[]).filter((key) => !isSkippedQuestion(key, answers)));
  const answered = answeredKeys.size;
  if (answered === 0) return undefined;
  const remaining = traitKeys.length - Object.keys(given).length;

  let variants: Partial<Traits>[] = [{ ...neutralAnswers, ...given, ...(filled.unsure ? { unsure: filled.unsure } : {}) }];
  for (const [key, options] of Object.entries(averagedTraits) as [keyof typeof averagedTraits, readonly string[]][]) {
    if (given[key] !== undefined) continue;
    variants = variants.flatMap((variant) => options.map((option) => ({ ...variant, [key]: option })));
  }

  const totals: Scores = { prompt_engineering: 0, rag: 0, fine_tuning: 0, hybrid: 0 };
  let first: ScorePreview | undefined;
  for (const variant of variants) {
    // Every variant is complete and built from valid answers only.
    const result = previewScores(variant as Traits);
    first ??= result;
    for (const architecture of architectures) totals[architecture] += result.scores[architecture];
  }
  const scores = Object.fromEntries(
    architectures.map((a) => [a, Math.round((totals[a] / variants.length) * 10) / 10]),
  ) as Scores;
  // Same tie-break as the engine: the simpler architecture (earlier in the list) wins.
  const ranked = [...architectures].sort((a, b) => scores[b] - scores[a] || architectures.indexOf(a) - architectures.indexOf(b));
  return {
    answered,
    remaining,
    scores,
    leader: ranked[0] ?? "prompt_engineering",
    runnerUp: ranked[1] ?? "rag",
    confidence: remaining === 0 ? first?.confidence : undefined,
    topFactors: (first?.factors ?? []).filter((factor) => answeredKeys.has(factor.trait)).slice(0, 3),
  };
}
