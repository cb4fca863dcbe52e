import { usd } from "@/lib/format/money";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import { architectures, type Architecture } from "@/lib/decision/types";
import type { AssumptionValues } from "./assumptions";
import { allBreakEvens, cheapestAtCheckpoints } from "./break-even";
import { resolveAssumptions, type AssumptionOverrides } from "./resolve-assumptions";
import { costsByArchitecture, defaultQueryMultipliers, querySensitivity, type StaffingCache } from "./sensitivity";
import { qualifications } from "./qualification";
import { defaultPeopleSettings, type PeopleSettings } from "./people-cost";
import { costHorizonMonths, type ArchitectureCost, type CostModel, type CostNote, type CostRecommendation } from "./types";

export interface CostModelOptions {
  /** Fully resolved assumption values (from resolveAssumptions). Takes precedence over `overrides`. */
  assumptions?: AssumptionValues;
  /** User edits on top of the defaults; validated, throws ValidationError when invalid. */
  overrides?: AssumptionOverrides;
  /** Where the team is paid and how it is recruited; the United States and in-house by default. */
  people?: PeopleSettings;
  horizonMonths?: number;
  queryMultipliers?: readonly number[];
  /**
   * The engine's output for these traits. Its scores decide which side leads a hybrid, so every architecture's people
   * cost is the staffing model's, the same one the hiring plan and the role profile show.
   */
  recommendation?: CostRecommendation;
}

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
const changeWords: Record<Traits["knowledgeChange"], string> = {
  realtime: "change continuously",
  daily: "change daily",
  weekly: "change weekly",
  monthly: "change monthly",
  yearly: "change about once a year",
  static: "practically never change",
};

function notesFor(traits: Traits, cost: ArchitectureCost, horizonMonths: number): CostNote[] {
  const notes: CostNote[] = [];
  const label = architectureLabels[cost.architecture];
  const { people, build, run, retraining } = cost.totals;
  const nonPeople = build + run + retraining;
  if (cost.dominantNonPeople === "retraining") {
    const u = cost.units;
    notes.push({
      code: "retraining-dominates",
      architecture: cost.architecture,
      message:
        `${label}: retraining is the largest cost after salaries, ${usd(retraining)} over ${horizonMonths} months ` +
        `(${pct(retraining, nonPeople)}% of non-people spend). The facts ${changeWords[traits.knowledgeChange]}, so the model is retrained ` +
        `${formatRuns(u.retrainsPerMonth)} a month at ${formatNumber(u.gpuHoursPerRun)} GPU-hours a run.`,
    });
  }
  if (cost.oneTimeBuild > traits.upfrontBudgetUsd) {
    notes.push({
      code: "build-exceeds-budget",
      architecture: cost.architecture,
      message: `${label}: the one-time build (${usd(cost.oneTimeBuild)} in GPU time and embedding, before salaries) is more than the ${usd(traits.upfrontBudgetUsd)} budget.`,
    });
  }
  if (run > people && run > 0) {
    notes.push({
      code: "run-dominates-at-volume",
      architecture: cost.architecture,
      message: `${label}: at ${whole.format(traits.monthlyQueries)} requests a month, running costs (${usd(run)}) outweigh salaries (${usd(people)}) over ${horizonMonths} months; cost per request matters more than team size.`,
    });
  }
  return notes;
}

function formatNumber(value: number): string {
  return oneDecimal.format(value);
}

function formatRuns(perMonth: number): string {
  return perMonth >= 1 ? `${formatNumber(perMonth)} times` : `${formatNumber(perMonth)} times (one run every ${Math.round(1 / perMonth)} months)`;
}

/**
 * Cost of ownership of all four architectures for one project: month-by-month curves, break-even months for every
 * pair, the cheapest at 6, 12 and 24 months, and how the cheapest moves with request volume. Same input, same output.
 */
export function computeCostModel(traits: Traits, options: CostModelOptions = {}): CostModel {
  const values = options.assumptions ?? resolveAssumptions(options.overrides ?? {});
  const people = options.people ?? defaultPeopleSettings;
  const horizonMonths = Math.max(1, Math.floor(options.horizonMonths ?? costHorizonMonths));
  const recommendation = options.recommendation;
  const qualified = qualifications(traits);
  const eligible = qualified.filter((entry) => entry.qualifies).map((entry) => entry.architecture);
  const cache: StaffingCache = new Map();
  const byArchitecture = costsByArchitecture(traits, values, people, horizonMonths, recommendation, cache);
  const multipliers = options.queryMultipliers ?? defaultQueryMultipliers;
  return {
    horizonMonths,
    people,
    monthlyQueries: traits.monthlyQueries,
    byArchitecture,
    breakEvens: allBreakEvens(byArchitecture),
    cheapest: cheapestAtCheckpoints(byArchitecture, horizonMonths, eligible),
    qualifications: qualified,
    sensitivity: querySensitivity(traits, values, people, horizonMonths, multipliers, byArchitecture, recommendation, cache),
    notes: architectures.flatMap((architecture: Architecture) => notesFor(traits, byArchitecture[architecture], horizonMonths)),
  };
}
