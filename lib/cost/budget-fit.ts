import type { Traits } from "@/lib/decision/traits";
import { usd } from "@/lib/format/money";
import { fasterPaths, leanStaffingModel, leanTradeOffs, type FasterPath } from "@/lib/staffing/lean";
import { buildStaffingModel, type StaffingModel } from "@/lib/staffing/model";
import type { SourcingMode } from "@/lib/staffing/types";
import type { AssumptionValues } from "./assumptions";
import { architectureCost } from "./monthly-cost";
import { defaultPeopleSettings, hiringTimes, type PeopleSettings } from "./people-cost";
import type { CostRecommendation, ArchitectureCost } from "./types";

/** Months in the first year. */
export const firstYearMonths = 12;

export interface FirstYearCost {
  /** Everything the first year costs, including the time of people you already employ. */
  total: number;
  /** Money the project has to find: hires, contractors, recruiting, training budgets, build, running and retraining. */
  newSpend: number;
  /** Pay of people you already employ for the time they give the project (not new money). */
  existingStaffTime: number;
  people: number;
  nonPeople: number;
}

export interface PlanOption {
  kind: "full" | "lean";
  staffing: StaffingModel;
  cost: ArchitectureCost;
  firstYear: FirstYearCost;
  /** New spending within the upfront budget. */
  fits: boolean;
  /** What this plan gives up against the other. */
  givesUp: string[];
}

export interface BudgetFit {
  budgetUsd: number;
  full: PlanOption;
  /** Offered when the full plan does not fit: the lean plan that fits, or the cheapest lean plan when none does. */
  lean: PlanOption | null;
  /** How far the full plan's first-year new spending is over the budget (0 when it fits). */
  fullOverBy: number;
  /** How far the lean plan is over the budget (0 when it fits, or when there is none). */
  leanOverBy: number;
  /** Ways to ship sooner when hiring makes the deadline impossible (empty when the full plan meets it). */
  fasterPaths: FasterPath[];
}

/** The first year's cost from a cost curve: salaries of people you already employ are counted apart from new money. */
export function firstYearCost(cost: ArchitectureCost): FirstYearCost {
  const months = cost.months.slice(0, firstYearMonths);
  const trained = new Set(cost.staffing.roles.filter((role) => role.sourcing.mode === "train").map((role) => role.role));
  let people = 0;
  let nonPeople = 0;
  let existingStaffTime = 0;
  for (const month of months) {
    people += month.people;
    nonPeople += month.build + month.run + month.retraining;
    for (const role of trained) existingStaffTime += (month.detail.peopleByRole[role] ?? 0) - (month.detail.oneTimeByRole[role] ?? 0);
  }
  const total = people + nonPeople;
  return { total, newSpend: total - existingStaffTime, existingStaffTime, people, nonPeople };
}

/** Lead-role routes a lean plan tries, in order of preference: a permanent hire keeps the skill, a contract starts sooner, training costs least. */
export const leanLeadOrder: readonly SourcingMode[] = ["hire", "contract", "train"];

interface FitInput {
  traits: Traits;
  recommendation: CostRecommendation;
  assumptions: AssumptionValues;
  people?: PeopleSettings;
}

function option(kind: PlanOption["kind"], staffing: StaffingModel, input: FitInput, givesUp: string[]): PlanOption {
  const cost = architectureCost({ traits: input.traits, architecture: staffing.architecture, assumptions: input.assumptions, people: input.people, staffing });
  const firstYear = firstYearCost(cost);
  return { kind, staffing, cost, firstYear, fits: firstYear.newSpend <= input.traits.upfrontBudgetUsd, givesUp };
}

/**
 * Whether the recommended plan's first year fits the upfront budget and, when it does not, the lean plan that does
 * (or the cheapest lean plan and by how much it misses); plus faster paths when hiring makes the deadline impossible.
 */
export function budgetFit(input: FitInput): BudgetFit {
  const { traits, recommendation } = input;
  const people = input.people ?? defaultPeopleSettings;
  const fullModel = buildStaffingModel(traits, recommendation.recommendation.architecture, recommendation.scores);
  const full = option("full", fullModel, { ...input, people }, []);
  const budgetUsd = traits.upfrontBudgetUsd;
  let lean: PlanOption | null = null;
  if (!full.fits) {
    const candidates = leanLeadOrder.map((lead) => {
      const model = leanStaffingModel(fullModel, traits, lead);
      return option("lean", model, { ...input, people }, leanTradeOffs(fullModel, model));
    });
    lean = candidates.find((candidate) => candidate.fits) ?? cheapestOf(candidates);
    full.givesUp = fullPlanTradeOffs(full, lean);
  }
  const times = hiringTimes(input.assumptions, people.region);
  return {
    budgetUsd,
    full,
    lean,
    fullOverBy: Math.max(0, full.firstYear.newSpend - budgetUsd),
    leanOverBy: lean ? Math.max(0, lean.firstYear.newSpend - budgetUsd) : 0,
    fasterPaths: full.cost.calendar.meetsDeadline ? [] : fasterPaths(fullModel, traits, times),
  };
}

function cheapestOf(candidates: readonly PlanOption[]): PlanOption {
  return candidates.reduce((best, candidate) => (candidate.firstYear.newSpend < best.firstYear.newSpend ? candidate : best));
}

/** What the full plan gives up against the lean one: money, and time when it waits for hiring. */
function fullPlanTradeOffs(full: PlanOption, lean: PlanOption): string[] {
  const out = [`Costs ${usd(full.firstYear.newSpend - lean.firstYear.newSpend)} more in its first year than the lean plan.`];
  const later = full.cost.calendar.firstVersionWeek - lean.cost.calendar.firstVersionWeek;
  if (later > 0) out.push(`Its first version reaches users about ${Math.ceil(later)} weeks later, because it waits for hiring.`);
  return out;
}
