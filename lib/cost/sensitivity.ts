import { maxMonthlyQueries, type Traits } from "@/lib/decision/traits";
import { architectures, byArchitecture, type Architecture } from "@/lib/decision/types";
import type { AssumptionValues } from "./assumptions";
import { rankingAt, rankTotals } from "./break-even";
import { buildStaffingModel, staffingQueryBand, type StaffingModel } from "@/lib/staffing/model";
import { architectureCost, weeksPerMonth } from "./monthly-cost";
import { qualifications } from "./qualification";
import type { PeopleSettings } from "./people-cost";
import type { CostRecommendation, ArchitectureCost, SensitivityPoint } from "./types";

/** Query volumes, as multiples of the answer given, at which the cheapest architecture is re-checked. */
export const defaultQueryMultipliers: readonly number[] = [0.1, 0.5, 1, 2, 10];

export function scaledQueries(monthlyQueries: number, multiplier: number): number {
  return Math.min(maxMonthlyQueries, Math.max(0, Math.round(monthlyQueries * multiplier)));
}

/** Staffing models of one cost model run, built once per architecture and request band (it depends on nothing else that varies). */
export type StaffingCache = Map<string, StaffingModel>;

export function costsByArchitecture(
  traits: Traits,
  v: AssumptionValues,
  people: PeopleSettings,
  horizonMonths: number,
  recommendation?: CostRecommendation,
  cache: StaffingCache = new Map(),
): Record<Architecture, ArchitectureCost> {
  return byArchitecture((architecture) => {
    const key = `${architecture}|${staffingQueryBand(traits.monthlyQueries)}`;
    const staffing = cache.get(key) ?? buildStaffingModel(traits, architecture, recommendation?.scores);
    cache.set(key, staffing);
    return architectureCost({ traits, architecture, assumptions: v, people, horizonMonths, recommendation, staffing });
  });
}

/**
 * The cumulative cost at the horizon with `extraQueries` more requests a month, when the team (and so the launch) does
 * not change: running cost is linear in requests (a fixed part plus the cost per request), and it runs from launch.
 */
export function totalAtOtherVolume(cost: ArchitectureCost, horizonMonths: number, extraQueries: number): number {
  const liveMonths = Math.max(0, horizonMonths - cost.launchWeek / weeksPerMonth);
  return (cost.cumulative[horizonMonths - 1] ?? 0) + extraQueries * cost.units.costPerQuery * liveMonths;
}

/** How the cheapest architecture at the horizon moves when monthly requests are scaled up or down. */
export function querySensitivity(
  traits: Traits,
  v: AssumptionValues,
  people: PeopleSettings,
  horizonMonths: number,
  multipliers: readonly number[] = defaultQueryMultipliers,
  /** Already computed costs for multiplier 1, reused to save a pass. */
  baseline?: Record<Architecture, ArchitectureCost>,
  recommendation?: CostRecommendation,
  cache: StaffingCache = new Map(),
): SensitivityPoint[] {
  const eligible = qualifications(traits).filter((entry) => entry.qualifies).map((entry) => entry.architecture);
  return multipliers.map((multiplier) => {
    const monthlyQueries = scaledQueries(traits.monthlyQueries, multiplier);
    const sameTeam = baseline !== undefined && staffingQueryBand(monthlyQueries) === staffingQueryBand(traits.monthlyQueries);
    const ranking = sameTeam
      ? rankTotals((architecture) => totalAtOtherVolume(baseline[architecture], horizonMonths, monthlyQueries - traits.monthlyQueries))
      : rankingAt(costsByArchitecture({ ...traits, monthlyQueries }, v, people, horizonMonths, recommendation, cache), horizonMonths);
    const totalsAtHorizon = byArchitecture((architecture) => ranking.find((entry) => entry.architecture === architecture)?.cumulative ?? 0);
    const cheapest = ranking.find((entry) => eligible.includes(entry.architecture)) ?? ranking[0];
    return { multiplier, monthlyQueries, cheapestAtHorizon: cheapest?.architecture ?? architectures[0], totalsAtHorizon };
  });
}
