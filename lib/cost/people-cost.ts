import type { Seniority } from "@/lib/decision/types";
import type { HiringTimes } from "@/lib/staffing/calendar";
import type { StaffedRole } from "@/lib/staffing/model";
import { regionCurrency, type AssumptionValues, type Region } from "./assumptions";

/** How a hire is recruited: through an agency (a share of first-year pay) or by your own recruiters (a cost per hire). */
export const recruitingModes = ["agency", "in_house"] as const;
export type RecruitingMode = (typeof recruitingModes)[number];

/** Where the team is paid and how it is recruited: the two choices the planner offers besides the figures. */
export interface PeopleSettings {
  region: Region;
  recruiting: RecruitingMode;
}

export const defaultPeopleSettings: PeopleSettings = { region: "us", recruiting: "in_house" };

/** US dollars per unit of the region's currency, at the dated planning rate. */
export function usdPerLocal(v: AssumptionValues, region: Region): number {
  switch (regionCurrency[region]) {
    case "GBP":
      return v["fx.usdPerGbp"];
    case "EUR":
      return v["fx.usdPerEur"];
    case "INR":
      return v["fx.usdPerInr"];
    case "USD":
      return 1;
  }
}

/** Yearly base pay of one person at this seniority in this region, in USD. */
export function annualBasePayUsd(v: AssumptionValues, region: Region, seniority: Seniority): number {
  return v[`pay.${region}.${seniority}`] * usdPerLocal(v, region);
}

/** Monthly cost of one full-time equivalent in a role: employer on-costs for hires and trained staff, the contractor factor for contracts. */
export function monthlyCostPerFte(role: Pick<StaffedRole, "seniority" | "sourcing">, v: AssumptionValues, region: Region): number {
  const factor = role.sourcing.mode === "contract" ? v["people.contractorFactor"] : v[`overhead.${region}`];
  return (annualBasePayUsd(v, region, role.seniority) / 12) * factor;
}

/** People to recruit or train for a role: a part-time need is still one person. */
export function headcount(peakFte: number): number {
  return peakFte > 0 ? Math.ceil(peakFte) : 0;
}

/** One-time cost of filling a role: recruiting fees for hires, a course budget for people you train, nothing for contracts. */
export function oneTimeRoleCostUsd(role: Pick<StaffedRole, "seniority" | "sourcing" | "peakFte">, v: AssumptionValues, people: PeopleSettings): number {
  const persons = headcount(role.peakFte);
  if (role.sourcing.mode === "train") return persons * v["training.budgetUsd"];
  if (role.sourcing.mode === "contract") return 0;
  const fee = people.recruiting === "agency" ? v["recruiting.agencyFeeShare"] * annualBasePayUsd(v, people.region, role.seniority) : v["recruiting.inHouseCostUsd"];
  return persons * fee;
}

/** The calendar's inputs for one region, from the editable assumptions. */
export function hiringTimes(v: AssumptionValues, region: Region): HiringTimes {
  return {
    timeToFillWeeks: {
      junior: v["hiring.timeToFillWeeks.junior"],
      mid: v["hiring.timeToFillWeeks.mid"],
      senior: v["hiring.timeToFillWeeks.senior"],
      staff: v["hiring.timeToFillWeeks.staff"],
    },
    noticeWeeks: v[`hiring.noticeWeeks.${region}`],
    rampUpWeeks: v["hiring.rampUpWeeks"],
    contractorStartWeeks: v["hiring.contractorStartWeeks"],
    contractorRampWeeks: v["hiring.contractorRampWeeks"],
    trainingWeeks: v["hiring.trainingWeeks"],
  };
}
