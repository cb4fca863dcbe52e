import type { Traits } from "@/lib/decision/traits";
import { roles, type Architecture, type Recommendation, type Role } from "@/lib/decision/types";
import { midWeeks, phaseDurations, planStaffing } from "@/lib/hiring/phases";
import { decideSourcing } from "@/lib/hiring/sourcing";
import { phases, type Phase, type Staffing } from "@/lib/hiring/types";
import type { AssumptionValues } from "./assumptions";
import { rateCard, type RateCard } from "./unit-costs";
import { costCategories, type ArchitectureCost, type CostCategory, type MonthCost, type NonPeopleCategory, type SalaryLevel } from "./types";

/** Calendar weeks in an average month. */
export const weeksPerMonth = 52 / 12;

function overlap(start: number, end: number, from: number, to: number): number {
  return Math.max(0, Math.min(end, to) - Math.max(start, from));
}

/** Monthly employer cost of each role, after overhead or the contractor factor, at the chosen salary level. */
function monthlyRoleCost(traits: Traits, architecture: Architecture, v: AssumptionValues, level: SalaryLevel, recommendation?: Recommendation) {
  const staffing = planStaffing(traits, architecture, recommendation);
  const perRole: Partial<Record<Role, number>> = {};
  for (const role of roles) {
    if (!phases.some((phase) => (staffing[phase][role] ?? 0) > 0)) continue;
    const sourcing = decideSourcing(role, traits, staffing);
    const factor = sourcing.decision === "hire" && sourcing.engagement === "contractor" ? v["people.contractorFactor"] : v["people.employmentOverhead"];
    perRole[role] = (v[`salary.${role}.${level}`] / 12) * factor;
  }
  return { staffing, perRole };
}

export interface ArchitectureCostInput {
  traits: Traits;
  architecture: Architecture;
  assumptions: AssumptionValues;
  /** Which end of each salary range to use; "mid" by default. */
  salaryLevel?: SalaryLevel;
  horizonMonths?: number;
  /** The engine's output: its role profile is a floor for the recommended architecture's staffing. */
  recommendation?: Recommendation;
}

type PhaseBounds = Record<Phase, readonly [number, number]>;

/** When each phase starts and ends, in weeks from kick-off; the scale phase never ends. */
function phaseBounds(traits: Traits, architecture: Architecture): { bounds: PhaseBounds; launchWeek: number } {
  const durations = phaseDurations(traits, architecture);
  const prototypeEnd = midWeeks(durations.prototype);
  const launchWeek = prototypeEnd + midWeeks(durations.production);
  return {
    launchWeek,
    bounds: { prototype: [0, prototypeEnd], production: [prototypeEnd, launchWeek], scale: [launchWeek, Number.POSITIVE_INFINITY] },
  };
}

/** Salaries paid between two weeks: each phase's FTE for the share of the month it covers. */
function peopleCostBetween(from: number, to: number, bounds: PhaseBounds, staffing: Record<Phase, Staffing>, perRole: Partial<Record<Role, number>>) {
  const peopleByRole: Partial<Record<Role, number>> = {};
  let people = 0;
  for (const phase of phases) {
    const [start, end] = bounds[phase];
    const share = overlap(start, end, from, to) / weeksPerMonth;
    if (share === 0) continue;
    for (const role of roles) {
      const fte = staffing[phase][role];
      const cost = perRole[role];
      if (fte === undefined || cost === undefined) continue;
      const amount = share * fte * cost;
      peopleByRole[role] = (peopleByRole[role] ?? 0) + amount;
      people += amount;
    }
  }
  return { people, peopleByRole };
}

/** One month's bill: salaries, the build spread over the weeks before launch, running and retraining after it. */
function monthCost(month: number, launchWeek: number, card: RateCard, people: ReturnType<typeof peopleCostBetween>) {
  const from = (month - 1) * weeksPerMonth;
  const to = month * weeksPerMonth;
  const buildShare = launchWeek > 0 ? overlap(0, launchWeek, from, to) / launchWeek : month === 1 ? 1 : 0;
  const liveShare = overlap(launchWeek, Number.POSITIVE_INFINITY, from, to) / weeksPerMonth;
  const build = (card.build.corpusEmbedding + card.build.trainingRuns) * buildShare;
  const run = runningMonthly(card) * liveShare;
  const retraining = card.monthlyRetraining * liveShare;
  return {
    month,
    people: people.people,
    build,
    run,
    retraining,
    total: people.people + build + run + retraining,
    detail: {
      peopleByRole: people.peopleByRole,
      corpusEmbedding: card.build.corpusEmbedding * buildShare,
      trainingRuns: card.build.trainingRuns * buildShare,
      inference: card.monthlyRun.inference * liveShare,
      queryEmbedding: card.monthlyRun.queryEmbedding * liveShare,
      embeddingUpdates: card.monthlyRun.embeddingUpdates * liveShare,
      vectorStore: card.monthlyRun.vectorStore * liveShare,
    },
  };
}

function runningMonthly(card: RateCard): number {
  return card.monthlyRun.inference + card.monthlyRun.queryEmbedding + card.monthlyRun.embeddingUpdates + card.monthlyRun.vectorStore;
}

/**
 * Month-by-month cost of one architecture over the horizon. People follow the hiring plan's phases and FTE (with the
 * engine's role profile as a floor when `recommendation` recommends this architecture). Pure; runs on every keystroke.
 */
export function architectureCost(input: ArchitectureCostInput): ArchitectureCost {
  const { traits, architecture, assumptions, salaryLevel = "mid", horizonMonths = 24, recommendation } = input;
  const { bounds, launchWeek } = phaseBounds(traits, architecture);
  const { staffing, perRole } = monthlyRoleCost(traits, architecture, assumptions, salaryLevel, recommendation);
  const card = rateCard(traits, architecture, assumptions);

  const months: MonthCost[] = [];
  const totals = { people: 0, build: 0, run: 0, retraining: 0, total: 0 };
  let cumulative = 0;
  for (let month = 1; month <= horizonMonths; month++) {
    const people = peopleCostBetween((month - 1) * weeksPerMonth, month * weeksPerMonth, bounds, staffing, perRole);
    const cost = monthCost(month, launchWeek, card, people);
    cumulative += cost.total;
    for (const category of costCategories) totals[category] += cost[category];
    totals.total += cost.total;
    months.push({ ...cost, cumulative });
  }

  let steadyPeople = 0;
  for (const role of roles) steadyPeople += (staffing.scale[role] ?? 0) * (perRole[role] ?? 0);
  const steady = { people: steadyPeople, build: 0, run: runningMonthly(card), retraining: card.monthlyRetraining };

  return {
    architecture,
    launchWeek,
    launchMonth: Math.floor(launchWeek / weeksPerMonth) + 1,
    months,
    cumulative: months.map((m) => m.cumulative),
    totals,
    oneTimeBuild: card.build.corpusEmbedding + card.build.trainingRuns,
    steadyStateMonthly: { ...steady, total: steady.people + steady.run + steady.retraining },
    units: card.units,
    dominantNonPeople: dominantNonPeople(totals),
  };
}

function dominantNonPeople(totals: Record<CostCategory, number>): NonPeopleCategory | null {
  let best: NonPeopleCategory | null = null;
  let bestValue = 0;
  for (const category of costCategories) {
    if (category === "people") continue;
    if (totals[category] > bestValue) {
      best = category;
      bestValue = totals[category];
    }
  }
  return best;
}
