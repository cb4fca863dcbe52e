import { approachesFor } from "./approaches";
import { corpusIssues } from "./corpus";
import { findFlips } from "./flips";
import { buildStaffingModel, roleNeeds } from "@/lib/staffing/model";
import { hiringWarnings } from "./hiring-warnings";
import { robustness, type Robustness } from "./robustness";
import { cleanPoints, explain, rank, rawVector, toDisplayScore, whatIfWinnerScorer } from "./score";
import { answerLabel, architectureLabels, questionsByKey } from "./trait-catalog";
import { traitsSchema, type Traits } from "./traits";
import { withPlanningDefaults } from "./unsure";
import { byArchitecture, type Architecture, type Factor, type Recommendation, type RoleProfile, type Scores } from "./types";
import { toFieldIssues, ValidationError } from "@/lib/validation/validation-error";

/** Semver of the engine's output: bump whenever any output for some input can change. */
export const engineVersion = "1.2.0";

/** Validates unknown input as traits, or throws ValidationError with field-level issues. */
export function parseTraits(input: unknown): Traits {
  const parsed = traitsSchema.safeParse(withPlanningDefaults(input));
  if (!parsed.success) throw new ValidationError("traits", toFieldIssues(parsed.error));
  const issues = corpusIssues(parsed.data);
  if (issues.length > 0) throw new ValidationError("traits", issues);
  return parsed.data;
}

export interface ScorePreview {
  architecture: Architecture;
  runnerUp: Architecture;
  confidence: number;
  scores: Scores;
  factors: Factor[];
  /** Raw points lead of the pick over the runner-up. */
  margin: number;
  robustness: Robustness;
}

/** The scoring half of `recommend` for already-valid traits: no flips, role profile or summary (live previews). */
export function previewScores(traits: Traits, vector: readonly number[] = rawVector(traits), winnerWith = whatIfWinnerScorer(traits, vector)): ScorePreview {
  const raw = byArchitecture((_, i) => cleanPoints(vector[i] ?? 0));
  const [architecture, runnerUp] = rank(raw) as [Architecture, Architecture];
  const robust = robustness(traits, vector, winnerWith);
  return {
    architecture,
    runnerUp,
    confidence: robust.confidence,
    scores: byArchitecture((a) => toDisplayScore(raw[a])),
    factors: explain(traits),
    margin: raw[architecture] - raw[runnerUp],
    robustness: robust,
  };
}

export function recommend(input: unknown): Recommendation {
  const traits = parseTraits(input);
  // One what-if scorer for confidence and flips: the changes they both try are scored once.
  const vector = rawVector(traits);
  const winnerWith = whatIfWinnerScorer(traits, vector);
  const { architecture, runnerUp, confidence, scores, factors, margin, robustness: robust } = previewScores(traits, vector, winnerWith);
  return {
    engineVersion,
    recommendation: {
      architecture,
      confidence,
      runnerUp,
      summary: summarize(architecture, runnerUp, factors, margin),
    },
    scores,
    factors,
    flips: findFlips(traits, architecture, winnerWith),
    roleProfile: roleProfileFor(traits, architecture, scores),
    confidenceBasis: robust.basis,
    unsure: robust.unsure,
    approaches: approachesFor(traits, architecture),
  };
}

/** The contract's role profile: a summary of the one staffing model (lib/staffing) plus the hiring mistakes to avoid. */
function roleProfileFor(traits: Traits, architecture: Architecture, scores: Scores): RoleProfile {
  const model = buildStaffingModel(traits, architecture, scores);
  return { primaryRole: model.primaryRole, roles: roleNeeds(model), warnings: hiringWarnings(traits, architecture, scores) };
}

/** One or two sentences (exported for its tests): the winner, the two answers that favour it most over the runner-up, and how close it is. */
export function summarize(winner: Architecture, runnerUp: Architecture, factors: Factor[], margin: number): string {
  const edge = (f: Factor) => (f.effects[winner] ?? 0) - (f.effects[runnerUp] ?? 0);
  // Prefer answers that speak for the winner over those that only count against the runner-up.
  const favoursWinner = factors.filter((f) => edge(f) > 0 && (f.effects[winner] ?? 0) > 0);
  const reasons = (favoursWinner.length > 0 ? favoursWinner : factors.filter((f) => edge(f) > 0))
    .sort((a, b) => edge(b) - edge(a))
    .slice(0, 2)
    .map((f) => `${questionsByKey[f.trait].short.toLowerCase()} (${describeAnswer(f)})`);
  const because = reasons.length > 0 ? ` mainly because of ${reasons.join(" and ")}` : "";
  const closeness = margin < 5 ? `, but it is a close call with ${architectureLabels[runnerUp]}` : `; ${architectureLabels[runnerUp]} comes second`;
  return `${architectureLabels[winner]} fits this project best${because}${closeness}.`;
}

function describeAnswer(factor: Factor): string {
  return factor.gate ? "a feasibility limit" : answerLabel(factor.trait, factor.answer as never).toLowerCase();
}
