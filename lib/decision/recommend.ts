import { corpusIssues } from "./corpus";
import { findFlips } from "./flips";
import { buildStaffingModel, roleNeeds } from "@/lib/staffing/model";
import { hiringWarnings } from "./hiring-warnings";
import { explain, rank, rawScores, toDisplayScore } from "./score";
import { answerLabel, architectureLabels, questionsByKey } from "./trait-catalog";
import { traitsSchema, type Traits } from "./traits";
import { byArchitecture, type Architecture, type Factor, type Recommendation, type RoleProfile, type Scores } from "./types";
import { toFieldIssues, ValidationError } from "@/lib/validation/validation-error";

/** Semver of the engine's output: bump whenever any output for some input can change. */
export const engineVersion = "1.1.0";

/** Validates unknown input as traits, or throws ValidationError with field-level issues. */
export function parseTraits(input: unknown): Traits {
  const parsed = traitsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("traits", toFieldIssues(parsed.error));
  const issues = corpusIssues(parsed.data);
  if (issues.length > 0) throw new ValidationError("traits", issues);
  return parsed.data;
}

/** Confidence runs from 0.5 (a tie) towards 0.95: no answer set makes a recommendation certain. */
const confidenceMargin = 15;
const toConfidence = (margin: number) => Math.round((0.5 + 0.45 * Math.tanh(margin / confidenceMargin)) * 100) / 100;

export interface ScorePreview {
  architecture: Architecture;
  runnerUp: Architecture;
  confidence: number;
  scores: Scores;
  factors: Factor[];
}

/** The scoring half of `recommend` for already-valid traits: no flips, role profile or summary (live previews). */
export function previewScores(traits: Traits): ScorePreview {
  const raw = rawScores(traits);
  const [architecture, runnerUp] = rank(raw) as [Architecture, Architecture];
  const margin = raw[architecture] - raw[runnerUp];
  return {
    architecture,
    runnerUp,
    confidence: toConfidence(margin),
    scores: byArchitecture((a) => toDisplayScore(raw[a])),
    factors: explain(traits),
  };
}

export function recommend(input: unknown): Recommendation {
  const traits = parseTraits(input);
  const { architecture, runnerUp, confidence, scores, factors } = previewScores(traits);
  const raw = rawScores(traits);
  return {
    engineVersion,
    recommendation: {
      architecture,
      confidence,
      runnerUp,
      summary: summarize(architecture, runnerUp, factors, raw[architecture] - raw[runnerUp]),
    },
    scores,
    factors,
    flips: findFlips(traits, architecture),
    roleProfile: roleProfileFor(traits, architecture, scores),
  };
}

/** The contract's role profile: a summary of the one staffing model (lib/staffing) plus the hiring mistakes to avoid. */
function roleProfileFor(traits: Traits, architecture: Architecture, scores: Scores): RoleProfile {
  const model = buildStaffingModel(traits, architecture, scores);
  return { primaryRole: model.primaryRole, roles: roleNeeds(model), warnings: hiringWarnings(traits, architecture, scores) };
}

/** One or two sentences: the winner, the two answers that favour it most over the runner-up, and how close it is. */
function summarize(winner: Architecture, runnerUp: Architecture, factors: Factor[], margin: number): string {
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
