import type { Traits } from "@/lib/decision/traits";
import { roles, type Architecture, type Recommendation, type Role } from "@/lib/decision/types";
import { midWeeks, phaseDurations, planStaffing } from "@/lib/hiring/phases";
import { decideSourcing } from "@/lib/hiring/sourcing";
import { phases, type Phase } from "@/lib/hiring/types";
import type { AssumptionValues } from "./assumptions";
import { rateCard } from "./unit-costs";
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

/**
 * Month-by-month cost of one architecture over the horizon. People follow the hiring plan's phases and FTE (with the
 * engine's role profile as a floor when `recommendation` recommends this architecture). Pure; runs on every keystroke.
 */
export function architectureCost(
  traits: Traits,
  architecture: Architecture,
  v: AssumptionValues,
  level: SalaryLevel = "mid",
  horizonMonths = 24,
  recommendation?: Recommendation,
): ArchitectureCost {
  const durations = phaseDurations(traits, architecture);
  const prototypeEnd = midWeeks(durations.prototype);
  const launchWeek = prototypeEnd + midWeeks(durations.production);
  const bounds: Record<Phase, readonly [number, number]> = {
    prototype: [0, prototypeEnd],
    production: [prototypeEnd, launchWeek],
    scale: [launchWeek, Number.POSITIVE_INFINITY],
  };
  const { staffing, perRole } = monthlyRoleCost(traits, architecture, v, level, recommendation);
  const card = rateCard(traits, architecture, v);
  const buildTotal = card.build.corpusEmbedding + card.build.trainingRuns;
  const runMonthly = card.monthlyRun.inference + card.monthlyRun.queryEmbedding + card.monthlyRun.embeddingUpdates + card.monthlyRun.vectorStore;

  const months: MonthCost[] = [];
  const totals = { people: 0, build: 0, run: 0, retraining: 0, total: 0 };
  let cumulative = 0;
  for (let month = 1; month <= horizonMonths; month++) {
    const from = (month - 1) * weeksPerMonth;
    const to = month * weeksPerMonth;
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
    const buildShare = launchWeek > 0 ? overlap(0, launchWeek, from, to) / launchWeek : month === 1 ? 1 : 0;
    const liveShare = overlap(launchWeek, Number.POSITIVE_INFINITY, from, to) / weeksPerMonth;
    const build = buildTotal * buildShare;
    const run = runMonthly * liveShare;
    const retraining = card.monthlyRetraining * liveShare;
    const total = people + build + run + retraining;
    cumulative += total;
    totals.people += people;
    totals.build += build;
    totals.run += run;
    totals.retraining += retraining;
    totals.total += total;
    months.push({
      month,
      people,
      build,
      run,
      retraining,
      total,
      cumulative,
      detail: {
        peopleByRole,
        corpusEmbedding: card.build.corpusEmbedding * buildShare,
        trainingRuns: card.build.trainingRuns * buildShare,
        inference: card.monthlyRun.inference * liveShare,
        queryEmbedding: card.monthlyRun.queryEmbedding * liveShare,
        embeddingUpdates: card.monthlyRun.embeddingUpdates * liveShare,
        vectorStore: card.monthlyRun.vectorStore * liveShare,
      },
    });
  }

  let steadyPeople = 0;
  for (const role of roles) steadyPeople += (staffing.scale[role] ?? 0) * (perRole[role] ?? 0);
  const steady = { people: steadyPeople, build: 0, run: runMonthly, retraining: card.monthlyRetraining };

  return {
    architecture,
    launchWeek,
    launchMonth: Math.floor(launchWeek / weeksPerMonth) + 1,
    months,
    cumulative: months.map((m) => m.cumulative),
    totals,
    oneTimeBuild: buildTotal,
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
