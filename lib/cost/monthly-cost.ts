import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role } from "@/lib/decision/types";
import { phaseWindow, planCalendar, type PlanCalendar } from "@/lib/staffing/calendar";
import { buildStaffingModel, type StaffingModel } from "@/lib/staffing/model";
import { phases } from "@/lib/staffing/types";
import type { AssumptionValues } from "./assumptions";
import { defaultPeopleSettings, hiringTimes, monthlyCostPerFte, oneTimeRoleCostUsd, type PeopleSettings } from "./people-cost";
import { rateCard, type RateCard } from "./unit-costs";
import { costCategories, type ArchitectureCost, type CostCategory, type MonthCost, type NonPeopleCategory, type CostRecommendation } from "./types";

/** Calendar weeks in an average month. */
export const weeksPerMonth = 52 / 12;

function overlap(start: number, end: number, from: number, to: number): number {
  return Math.max(0, Math.min(end, to) - Math.max(start, from));
}

export interface ArchitectureCostInput {
  traits: Traits;
  architecture: Architecture;
  assumptions: AssumptionValues;
  /** Region and recruiting route; the United States and in-house recruiting by default. */
  people?: PeopleSettings;
  horizonMonths?: number;
  /** The engine's output: its scores decide which side leads a hybrid. */
  recommendation?: CostRecommendation;
  /** A staffing model to cost instead of the architecture's full plan (the lean plan). */
  staffing?: StaffingModel;
}

/** One stretch of paid work: a role at some FTE between two weeks. */
interface PaidSpan {
  role: Role;
  from: number;
  to: number;
  fte: number;
  monthlyPerFte: number;
}

/**
 * When each person is paid: every phase they work in, at that phase's FTE, and before their first phase the weeks
 * between starting and being productive (ramp-up or training), at their first phase's FTE.
 */
export function paidSpans(model: StaffingModel, calendar: PlanCalendar, v: AssumptionValues, people: PeopleSettings): PaidSpan[] {
  const spans: PaidSpan[] = [];
  for (const role of model.roles) {
    const monthlyPerFte = monthlyCostPerFte(role, v, people.region);
    const first = phases.find((phase) => role.fteByPhase[phase] > 0);
    const readiness = calendar.roles.find((entry) => entry.role === role.role);
    if (first !== undefined && readiness !== undefined) {
      const firstStart = phaseWindow(calendar, first)[0];
      if (readiness.startWeek < firstStart) spans.push({ role: role.role, from: readiness.startWeek, to: firstStart, fte: role.fteByPhase[first], monthlyPerFte });
    }
    for (const phase of phases) {
      const [from, to] = phaseWindow(calendar, phase);
      if (role.fteByPhase[phase] > 0) spans.push({ role: role.role, from, to, fte: role.fteByPhase[phase], monthlyPerFte });
    }
  }
  return spans;
}

/** One-time people costs (recruiting fees, training budgets), due in the week each person starts. */
function oneTimeCosts(model: StaffingModel, calendar: PlanCalendar, v: AssumptionValues, people: PeopleSettings) {
  return model.roles.map((role) => ({
    role: role.role,
    week: calendar.roles.find((entry) => entry.role === role.role)?.startWeek ?? 0,
    amount: oneTimeRoleCostUsd(role, v, people),
  }));
}

type OneTime = ReturnType<typeof oneTimeCosts>;

/** Pay and one-time people costs between two weeks, per role. */
function peopleCostBetween(from: number, to: number, spans: readonly PaidSpan[], oneTime: OneTime) {
  const peopleByRole: Partial<Record<Role, number>> = {};
  const oneTimeByRole: Partial<Record<Role, number>> = {};
  let people = 0;
  for (const span of spans) {
    const amount = (overlap(span.from, span.to, from, to) / weeksPerMonth) * span.fte * span.monthlyPerFte;
    if (amount === 0) continue;
    peopleByRole[span.role] = (peopleByRole[span.role] ?? 0) + amount;
    people += amount;
  }
  for (const entry of oneTime) {
    if (entry.week < from || entry.week >= to || entry.amount === 0) continue;
    peopleByRole[entry.role] = (peopleByRole[entry.role] ?? 0) + entry.amount;
    oneTimeByRole[entry.role] = (oneTimeByRole[entry.role] ?? 0) + entry.amount;
    people += entry.amount;
  }
  return { people, peopleByRole, oneTimeByRole };
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
      oneTimeByRole: people.oneTimeByRole,
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
 * Month-by-month cost of one architecture over the horizon. People follow the staffing model and its calendar: each
 * phase starts when its people can, and launch follows. Pure; runs on every keystroke.
 */
export function architectureCost(input: ArchitectureCostInput): ArchitectureCost {
  const { traits, architecture, assumptions, people = defaultPeopleSettings, horizonMonths = 24, recommendation } = input;
  const model = input.staffing ?? buildStaffingModel(traits, architecture, recommendation?.scores);
  const calendar = planCalendar(model, hiringTimes(assumptions, people.region), traits.timeToShip);
  const spans = paidSpans(model, calendar, assumptions, people);
  const oneTime = oneTimeCosts(model, calendar, assumptions, people);
  const launchWeek = calendar.launchWeek;
  const card = rateCard(traits, architecture, assumptions);

  const months: MonthCost[] = [];
  const totals = { people: 0, build: 0, run: 0, retraining: 0, total: 0 };
  let cumulative = 0;
  for (let month = 1; month <= horizonMonths; month++) {
    const paid = peopleCostBetween((month - 1) * weeksPerMonth, month * weeksPerMonth, spans, oneTime);
    const cost = monthCost(month, launchWeek, card, paid);
    cumulative += cost.total;
    for (const category of costCategories) totals[category] += cost[category];
    totals.total += cost.total;
    months.push({ ...cost, cumulative });
  }

  const steadyPeople = model.roles.reduce((sum, role) => sum + role.fteByPhase.scale * monthlyCostPerFte(role, assumptions, people.region), 0);
  const steady = { people: steadyPeople, build: 0, run: runningMonthly(card), retraining: card.monthlyRetraining };

  return {
    architecture,
    staffing: model,
    calendar,
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
