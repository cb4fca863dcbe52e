// Two saved results side by side: the answers that differ, the results that differ, and the answers (factors) whose
// effect on the scores moved the decision. Pure: revisions come in, a comparison comes out.
import { recommend } from "@/lib/decision/recommend";
import { answerLabel, architectureLabels, engineeringStrengthQuestion, questionsByKey, teamSizeQuestion } from "@/lib/decision/trait-catalog";
import { traitKeys, type OptionalTraitKey, type TeamTraitKey, type TraitKey, type Traits } from "@/lib/decision/traits";
import { architectures, type Architecture, type Effects, type Factor, type Recommendation } from "@/lib/decision/types";

/** One side of a comparison: the answers and the engine's output stored with them. */
export interface CompareSide {
  answers: Traits;
  /** As stored; when it lacks the per-answer detail the engine is run again on the answers. */
  result: unknown;
}

export interface AnswerDifference {
  trait: TraitKey | OptionalTraitKey | TeamTraitKey;
  label: string;
  left: string;
  right: string;
}

export interface ScoreDifference {
  architecture: Architecture;
  left: number;
  right: number;
  /** right − left, to one decimal. */
  delta: number;
}

export interface ResultDifference {
  architecture: { left: Architecture; right: Architecture; changed: boolean };
  runnerUp: { left: Architecture; right: Architecture; changed: boolean };
  confidence: { left: number; right: number; changed: boolean };
  /** Every architecture's score, changed or not, in the engine's order. */
  scores: ScoreDifference[];
  engineVersion: { left: string; right: string; changed: boolean };
}

export interface FactorDifference {
  trait: TraitKey;
  label: string;
  /** The answer on each side, as a person reads it. */
  leftAnswer: string;
  rightAnswer: string;
  /** The summed effect of this answer's rules on each side, per architecture (raw points). */
  left: Effects;
  right: Effects;
  /**
   * How many points this answer moved the gap between the two architectures being compared, towards `towards`
   * when positive and away from it when negative.
   */
  shift: number;
  /** The engine's reason on the side the shift points to (the other side's when that side has none). */
  rationale: string;
}

export interface Comparison {
  answers: AnswerDifference[];
  result: ResultDifference;
  /** The gap the factors are measured on: `towards` (the right side's winner) against `against`. */
  gap: { towards: Architecture; against: Architecture };
  /** Answers whose effects differ, the largest move of the gap first. */
  factors: FactorDifference[];
  /** The engine version used when a side's stored result had to be recomputed, else null. */
  recomputed: { left: string | null; right: string | null };
}

const optionalLabels: Record<OptionalTraitKey, string> = { corpusDocuments: "Documents in the corpus", documentPages: "Average pages per document" };
const optionalKeys: readonly OptionalTraitKey[] = ["corpusDocuments", "documentPages"];
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

const round1 = (value: number) => Math.round(value * 10) / 10;

function sameAnswer(left: Traits[TraitKey], right: Traits[TraitKey]): boolean {
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((value) => (right as readonly string[]).includes(value));
  return left === right;
}

/** The answers that differ, in the wizard's order; the optional corpus figures and team answers last. */
export function answerDifferences(left: Traits, right: Traits): AnswerDifference[] {
  const differences: AnswerDifference[] = [];
  for (const key of traitKeys) {
    if (sameAnswer(left[key], right[key])) continue;
    differences.push({ trait: key, label: questionsByKey[key].short, left: answerLabel(key, left[key]), right: answerLabel(key, right[key]) });
  }
  for (const key of optionalKeys) {
    if (left[key] === right[key]) continue;
    const show = (value: number | undefined) => (value === undefined ? "Not given" : numberFormat.format(value));
    differences.push({ trait: key, label: optionalLabels[key], left: show(left[key]), right: show(right[key]) });
  }
  if (left.teamSize !== right.teamSize) {
    const show = (value: number | undefined) => (value === undefined ? "Not given" : String(value));
    differences.push({ trait: "teamSize", label: teamSizeQuestion.short, left: show(left.teamSize), right: show(right.teamSize) });
  }
  if (left.engineeringStrength !== right.engineeringStrength) {
    const show = (value: Traits["engineeringStrength"]) => (value === undefined ? "Not given" : engineeringStrengthQuestion.options[value].label);
    differences.push({
      trait: "engineeringStrength",
      label: engineeringStrengthQuestion.short,
      left: show(left.engineeringStrength),
      right: show(right.engineeringStrength),
    });
  }
  return differences;
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** True when a stored result has everything a comparison reads: winner, runner-up, confidence, scores and factors. */
export function isCompleteResult(value: unknown): value is Recommendation {
  if (typeof value !== "object" || value === null) return false;
  const result = value as Partial<Recommendation>;
  const recommendation = result.recommendation;
  const scores = result.scores;
  return (
    typeof result.engineVersion === "string" &&
    typeof recommendation === "object" &&
    recommendation !== null &&
    (architectures as readonly unknown[]).includes(recommendation.architecture) &&
    (architectures as readonly unknown[]).includes(recommendation.runnerUp) &&
    isNumber(recommendation.confidence) &&
    typeof scores === "object" &&
    scores !== null &&
    architectures.every((architecture) => isNumber(scores[architecture])) &&
    Array.isArray(result.factors) &&
    result.factors.every((factor: unknown) => typeof factor === "object" && factor !== null && typeof (factor as Factor).effects === "object" && (factor as Factor).effects !== null)
  );
}

/** The stored result when complete, else the current engine's result for the same answers. */
export function resolveResult(side: CompareSide): { result: Recommendation; recomputed: string | null } {
  if (isCompleteResult(side.result)) return { result: side.result, recomputed: null };
  const result = recommend(side.answers);
  return { result, recomputed: result.engineVersion };
}

function resultDifference(left: Recommendation, right: Recommendation): ResultDifference {
  const pair = <T>(a: T, b: T) => ({ left: a, right: b, changed: a !== b });
  return {
    architecture: pair(left.recommendation.architecture, right.recommendation.architecture),
    runnerUp: pair(left.recommendation.runnerUp, right.recommendation.runnerUp),
    confidence: pair(left.recommendation.confidence, right.recommendation.confidence),
    scores: architectures.map((architecture) => ({
      architecture,
      left: left.scores[architecture],
      right: right.scores[architecture],
      delta: round1(right.scores[architecture] - left.scores[architecture]),
    })),
    engineVersion: pair(left.engineVersion, right.engineVersion),
  };
}

interface TraitEffects {
  effects: Effects;
  rationales: string[];
}

/** Each answer's rules summed per architecture (one answer can trigger several rules). */
function effectsByTrait(factors: readonly Factor[]): Map<TraitKey, TraitEffects> {
  const byTrait = new Map<TraitKey, TraitEffects>();
  for (const factor of factors) {
    const entry = byTrait.get(factor.trait) ?? { effects: {}, rationales: [] };
    for (const architecture of architectures) {
      const effect = factor.effects[architecture];
      if (effect !== undefined && effect !== 0) entry.effects[architecture] = (entry.effects[architecture] ?? 0) + effect;
    }
    if (factor.rationale) entry.rationales.push(factor.rationale);
    byTrait.set(factor.trait, entry);
  }
  return byTrait;
}

const effectOf = (effects: Effects, architecture: Architecture) => effects[architecture] ?? 0;
const sameEffects = (a: Effects, b: Effects) => architectures.every((architecture) => effectOf(a, architecture) === effectOf(b, architecture));

/**
 * The architectures whose gap the factors are measured on: the right winner against the left winner, or, when both
 * sides pick the same one, against the right side's runner-up (the margin it won by).
 */
export function gapOf(left: Recommendation, right: Recommendation): { towards: Architecture; against: Architecture } {
  const towards = right.recommendation.architecture;
  const against = left.recommendation.architecture !== towards ? left.recommendation.architecture : right.recommendation.runnerUp;
  return { towards, against };
}

/** The answers whose effects differ between the two results, ranked by how far each moved the gap. */
export function factorDifferences(leftSide: CompareSide, rightSide: CompareSide, left: Recommendation, right: Recommendation): FactorDifference[] {
  const { towards, against } = gapOf(left, right);
  const leftEffects = effectsByTrait(left.factors);
  const rightEffects = effectsByTrait(right.factors);
  const differences: FactorDifference[] = [];
  for (const trait of traitKeys) {
    const before = leftEffects.get(trait) ?? { effects: {}, rationales: [] };
    const after = rightEffects.get(trait) ?? { effects: {}, rationales: [] };
    if (sameEffects(before.effects, after.effects)) continue;
    const gapBefore = effectOf(before.effects, towards) - effectOf(before.effects, against);
    const gapAfter = effectOf(after.effects, towards) - effectOf(after.effects, against);
    const shift = round1(gapAfter - gapBefore);
    const preferred = shift < 0 ? before : after;
    const other = shift < 0 ? after : before;
    differences.push({
      trait,
      label: questionsByKey[trait].short,
      leftAnswer: answerLabel(trait, leftSide.answers[trait]),
      rightAnswer: answerLabel(trait, rightSide.answers[trait]),
      left: before.effects,
      right: after.effects,
      shift,
      rationale: (preferred.rationales.length > 0 ? preferred.rationales : other.rationales).join(" "),
    });
  }
  // Stable sort: equal moves keep the wizard's order.
  return differences.sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift));
}

/** Everything that differs between two saved results. */
export function compareResults(left: CompareSide, right: CompareSide): Comparison {
  const resolvedLeft = resolveResult(left);
  const resolvedRight = resolveResult(right);
  return {
    answers: answerDifferences(left.answers, right.answers),
    result: resultDifference(resolvedLeft.result, resolvedRight.result),
    gap: gapOf(resolvedLeft.result, resolvedRight.result),
    factors: factorDifferences(left, right, resolvedLeft.result, resolvedRight.result),
    recomputed: { left: resolvedLeft.recomputed, right: resolvedRight.recomputed },
  };
}

/** A factor's move in words: "+12 points towards RAG over Fine-tuning". */
export function shiftText(shift: number, gap: { towards: Architecture; against: Architecture }): string {
  if (shift === 0) return `No change to the gap between ${architectureLabels[gap.towards]} and ${architectureLabels[gap.against]}`;
  const [winner, loser] = shift > 0 ? [gap.towards, gap.against] : [gap.against, gap.towards];
  const points = Math.abs(shift);
  return `${points} ${points === 1 ? "point" : "points"} towards ${architectureLabels[winner]} over ${architectureLabels[loser]}`;
}

/** True when nothing differs at all: same answers, same result. */
export function isIdentical(comparison: Comparison): boolean {
  const { result } = comparison;
  return (
    comparison.answers.length === 0 &&
    comparison.factors.length === 0 &&
    !result.architecture.changed &&
    !result.confidence.changed &&
    result.scores.every((score) => score.delta === 0)
  );
}

// ── The revision timeline ───────────────────────────────────────────────────────────────────────

/** The audit-log actions the history shows beside the revisions: the review's decisions, not every comment. */
export const timelineActions = [
  "status.changed",
  "assessment.superseded",
  "review.requested",
  "review.voted",
  "calibration.started",
  "calibration.settled",
] as const;

export type TimelineEntry =
  | { kind: "revision"; at: Date; number: number; architecture: Architecture; engineVersion: string; actorName: string }
  | { kind: "event"; at: Date; id: string; action: string; summary: string; actorName: string };

/** Revisions and review events in one list, newest first; at the same moment a revision comes before an event. */
export function buildTimeline(
  revisions: readonly { number: number; architecture: Architecture; engineVersion: string; authorName: string; createdAt: Date }[],
  events: readonly { id: string; action: string; summary: string; actorName: string; createdAt: Date }[],
): TimelineEntry[] {
  const allowed: ReadonlySet<string> = new Set(timelineActions);
  const entries: TimelineEntry[] = [
    ...revisions.map((revision) => ({
      kind: "revision" as const,
      at: revision.createdAt,
      number: revision.number,
      architecture: revision.architecture,
      engineVersion: revision.engineVersion,
      actorName: revision.authorName,
    })),
    ...events.filter((event) => allowed.has(event.action)).map((event) => ({ kind: "event" as const, at: event.createdAt, id: event.id, action: event.action, summary: event.summary, actorName: event.actorName })),
  ];
  // Revisions are numbered from 1, events rank 0: at the same moment the later revision, then any revision, comes first.
  const rank = (entry: TimelineEntry) => (entry.kind === "revision" ? entry.number : 0);
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || rank(b) - rank(a));
}

/**
 * The two revisions to compare from the page's query (`?left=3&right=5`): numbers that exist, else the one before the
 * latest against the latest (or the latest against itself when there is only one).
 */
export function pickRevisions(query: { left?: string | string[]; right?: string | string[] }, revisionCount: number): { left: number; right: number; adjusted: boolean } {
  const read = (value: string | string[] | undefined) => {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || !/^\d{1,6}$/.test(text)) return null;
    const number = Number(text);
    return number >= 1 && number <= revisionCount ? number : null;
  };
  const left = read(query.left);
  const right = read(query.right);
  const asked = query.left !== undefined || query.right !== undefined;
  return {
    left: left ?? Math.max(1, revisionCount - 1),
    right: right ?? revisionCount,
    adjusted: asked && (left === null || right === null),
  };
}
