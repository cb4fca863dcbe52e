import { argmax, whatIfWinnerScorer } from "./score";
import {
  citationNeeds,
  corpusSizes,
  dataSensitivities,
  errorCosts,
  gpuAccessLevels,
  knowledgeChanges,
  labeledExampleCounts,
  latencies,
  maxMonthlyQueries,
  maxUpfrontBudgetUsd,
  outputControls,
  timesToShip,
  vocabularies,
  type TraitKey,
  type Traits,
  type UnsureTraitKey,
} from "./traits";
import { unsureKeysOf } from "./unsure";
import { architectures, type Architecture, type Flip, type TraitAnswer } from "./types";

/**
 * Confidence that means something (docs/decisions/0019-confidence-and-unsure-answers.md).
 *
 * A one-step nudge is the smallest honest change of a single answer: the neighbouring value on an ordered scale, the
 * other answer of a yes/no question, a number halved or doubled. The need, the main job, the prompt baseline and the
 * team's skills are not scales, so they have no nudges (their changes are still listed as flips).
 */
export const orderedScales: { readonly [K in Exclude<UnsureTraitKey, "upfrontBudgetUsd" | "monthlyQueries">]: readonly Traits[K][] } = {
  knowledgeChange: knowledgeChanges,
  corpusSize: corpusSizes,
  citations: citationNeeds,
  outputControl: outputControls,
  domainVocabulary: vocabularies,
  errorCost: errorCosts,
  latency: latencies,
  dataSensitivity: dataSensitivities,
  perUserAccess: [false, true],
  timeToShip: timesToShip,
  labeledExamples: labeledExampleCounts,
  gpuAccess: gpuAccessLevels,
};

const numberLimits = { upfrontBudgetUsd: maxUpfrontBudgetUsd, monthlyQueries: maxMonthlyQueries } as const;

/** Representative values of the two numbers, to show what an unsure figure could change (a factor of ten apart). */
export const unsureProbes = {
  upfrontBudgetUsd: [1_000, 10_000, 100_000, 1_000_000],
  monthlyQueries: [1_000, 100_000, 10_000_000, 1_000_000_000],
} as const;

export interface Nudge {
  trait: TraitKey;
  to: TraitAnswer;
}

const scaleEntries = Object.entries(orderedScales) as [TraitKey, readonly TraitAnswer[]][];

/** Every one-step nudge of these traits, in the catalogue's order (the lower neighbour or half first). */
export function nudges(traits: Traits): Nudge[] {
  const out: Nudge[] = [];
  for (const [trait, scale] of scaleEntries) {
    const at = scale.indexOf(traits[trait]);
    const below = scale[at - 1];
    const above = scale[at + 1];
    if (below !== undefined) out.push({ trait, to: below });
    if (above !== undefined) out.push({ trait, to: above });
  }
  for (const trait of ["upfrontBudgetUsd", "monthlyQueries"] as const) {
    const value = traits[trait];
    const half = trait === "monthlyQueries" ? Math.floor(value / 2) : value / 2;
    const double = Math.min(value * 2, numberLimits[trait]);
    if (half !== value) out.push({ trait, to: half });
    if (double !== value) out.push({ trait, to: double });
  }
  return out;
}

export type ConfidenceLevel = "firm" | "leaning" | "close_call";

/** The confidence levels in words, as the results page and the decision record say them. */
export const confidenceLevelLabels: Record<ConfidenceLevel, string> = { firm: "Firm", leaning: "Leaning", close_call: "Close call" };

export interface UnsureOutcome {
  value: TraitAnswer;
  architecture: Architecture;
}

/** What an answer marked unsure could change: the recommendation under each of its values. */
export interface UnsureRange {
  trait: UnsureTraitKey;
  /** The planning default (or the caller's own assumption) the recommendation uses. */
  assumed: TraitAnswer;
  outcomes: UnsureOutcome[];
  /** True when some value would give another architecture: answer this one first to firm up. */
  changesPick: boolean;
}

export interface ConfidenceBasis {
  level: ConfidenceLevel;
  /** Raw points between the pick and the runner-up. */
  margin: number;
  /** The one-step nudges that would overturn the pick: the answers it hangs on. */
  hangsOn: Flip[];
  /** How many answers were marked unsure, and how many of those could change the pick. */
  unsureCount: number;
  unsureThatMatter: number;
}

/** The formula's constants, as the decision record states them. */
export const confidenceRules = {
  /** Margin curve: 0.5 + spread × tanh(margin / scale). */
  spread: 0.45,
  scale: 15,
  /** Highest confidence for a pick that a one-step nudge overturns. */
  fragileCap: 0.75,
  /** Taken off for each answer marked unsure. */
  perUnsure: 0.05,
  /** Highest confidence when an unsure answer could change the pick. */
  unsureCap: 0.7,
  /** Levels: firm from 0.8, leaning from 0.65, a close call below. */
  firm: 0.8,
  leaning: 0.65,
} as const;

const round2 = (value: number) => Math.round(value * 100) / 100;

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= confidenceRules.firm) return "firm";
  return confidence >= confidenceRules.leaning ? "leaning" : "close_call";
}

/**
 * Confidence from the margin, capped by robustness: 0.5 + 0.45·tanh(margin/15); at most 0.75 when a one-step nudge
 * overturns the pick; 0.05 less per unsure answer; at most 0.7 when an unsure answer could change the pick; never
 * below 0.5. Rounded to two decimals.
 */
export function toConfidence(margin: number, fragile: boolean, unsureCount: number, unsureThatMatter: number): number {
  let confidence = 0.5 + confidenceRules.spread * Math.tanh(margin / confidenceRules.scale);
  if (fragile) confidence = Math.min(confidence, confidenceRules.fragileCap);
  confidence -= confidenceRules.perUnsure * unsureCount;
  if (unsureThatMatter > 0) confidence = Math.min(confidence, confidenceRules.unsureCap);
  return round2(Math.max(0.5, confidence));
}

export interface Robustness {
  confidence: number;
  basis: ConfidenceBasis;
  unsure: UnsureRange[];
}

const unsureValues = (trait: UnsureTraitKey): readonly TraitAnswer[] =>
  trait === "upfrontBudgetUsd" || trait === "monthlyQueries" ? unsureProbes[trait] : orderedScales[trait];

/**
 * The pick's robustness from the per-answer effects: each nudge and each value of an unsure answer is scored by the
 * incremental what-if scorer (the old answer's rules out, the new one's in), not by re-running the engine; a change
 * that cannot close the lead is settled from its own rules alone.
 */
export function robustness(
  traits: Traits,
  raw: readonly number[],
  winnerWith: (trait: TraitKey, to: Traits[TraitKey]) => Architecture = whatIfWinnerScorer(traits, raw),
): Robustness {
  const current = argmax(raw);
  const runnerUpPoints = Math.max(...raw.filter((_, i) => architectures[i] !== current));
  const margin = Math.round(((raw[architectures.indexOf(current)] ?? 0) - runnerUpPoints) * 10) / 10;
  const hangsOn: Flip[] = [];
  for (const { trait, to } of nudges(traits)) {
    const architecture = winnerWith(trait, to);
    if (architecture !== current) hangsOn.push({ trait, to, architecture });
  }
  const unsure: UnsureRange[] = unsureKeysOf(traits).map((trait) => {
    const outcomes = unsureValues(trait).map((value) => ({
      value,
      architecture: value === traits[trait] ? current : winnerWith(trait, value),
    }));
    return { trait, assumed: traits[trait], outcomes, changesPick: outcomes.some((o) => o.architecture !== current) };
  });
  // Answer these first: the ones that could change the pick, then the rest, each group in the catalogue's order.
  unsure.sort((a, b) => Number(b.changesPick) - Number(a.changesPick));
  const unsureThatMatter = unsure.filter((u) => u.changesPick).length;
  const confidence = toConfidence(margin, hangsOn.length > 0, unsure.length, unsureThatMatter);
  return {
    confidence,
    basis: { level: confidenceLevel(confidence), margin, hangsOn, unsureCount: unsure.length, unsureThatMatter },
    unsure,
  };
}
