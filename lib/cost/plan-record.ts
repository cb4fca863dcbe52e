import { architectureLabels, roleLabels } from "@/lib/decision/trait-catalog";
import { escapeCell } from "@/lib/decision/decision-record";
import { usd } from "@/lib/format/money";
import { sourcingModeLabels, workloadLabel } from "@/lib/staffing/labels";
import type { StaffingModel } from "@/lib/staffing/model";
import type { PlanCalendar } from "@/lib/staffing/calendar";
import { phases } from "@/lib/staffing/types";
import { regionLabels } from "./assumptions";
import type { BudgetFit, PlanOption } from "./budget-fit";
import type { CostModel } from "./types";

const phaseTitles = { prototype: "Prototype", production: "Production", scale: "Scale" } as const;
const week = (weeks: number) => `week ${Math.max(1, Math.ceil(weeks))}`;

function teamTable(model: StaffingModel): string[] {
  return [
    "| Role | How | Seniority | Prototype | Production | Scale |",
    "|---|---|---|---|---|---|",
    ...model.roles.map(
      (role) =>
        `| ${escapeCell(role.title)}${role.isPrimary ? " (lead)" : ""} | ${sourcingModeLabels[role.sourcing.mode]} | ${role.seniority} | ${phases
          .map((phase) => (role.fteByPhase[phase] > 0 ? `${role.fteByPhase[phase]} (${workloadLabel(role.fteByPhase[phase])})` : "—"))
          .join(" | ")} |`,
    ),
  ];
}

function timelineLines(calendar: PlanCalendar): string[] {
  return [
    ...phases.map((phase) => `- ${phaseTitles[phase]}: from ${week(calendar.phaseStart[phase])}${phase === "scale" ? ", ongoing" : ` to ${week(calendar.phaseEnd[phase])}`}`),
    `- First version in users' hands: ${week(calendar.firstVersionWeek)}; the deadline answered allows up to ${week(calendar.deadlineWeek)}${calendar.meetsDeadline ? " (met)" : " (missed: hiring takes longer)"}.`,
    ...calendar.roles.map((role) => `- ${escapeCell(roleLabels[role.role])}: ${sourcingModeLabels[role.mode].toLowerCase()}, starts ${week(role.startWeek)}, productive from ${week(role.readyWeek)}`),
  ];
}

function optionLines(option: PlanOption, name: string): string[] {
  return [
    `- ${name}: ${usd(option.firstYear.newSpend)} of new money in the first year${option.fits ? " (fits the budget)" : " (over budget)"}; ${usd(option.firstYear.existingStaffTime)} of time of people you already employ.`,
    ...option.givesUp.map((item) => `  - Gives up: ${item}`),
  ];
}

/**
 * The team plan, timeline and cost summary of the decision record: the same staffing model, calendar and costs the
 * planner shows with its default figures for the region given.
 */
export function renderPlanSections(fit: BudgetFit, model: CostModel): string {
  const full = fit.full;
  const lines = [
    "## Team plan",
    "",
    `Every view of this assessment (results, planner, JSON) names this team. Pay at ${regionLabels[model.people.region]} rates.`,
    "",
    ...teamTable(full.staffing),
    "",
    "## Timeline",
    "",
    ...timelineLines(full.cost.calendar),
    "",
    "## Cost summary",
    "",
    `- Upfront budget: ${usd(fit.budgetUsd)}.`,
    ...optionLines(full, "Full plan"),
    ...(fit.lean ? [...optionLines(fit.lean, "Lean plan"), "", ...teamTable(fit.lean.staffing)] : []),
    "",
    ...model.cheapest.map(
      (entry) => `- Cheapest option that meets the answers after ${entry.month} months: ${architectureLabels[entry.architecture]}, ${usd(entry.cumulative)}.`,
    ),
    ...model.qualifications.filter((entry) => !entry.qualifies).map((entry) => `- ${architectureLabels[entry.architecture]} cannot meet the answers: ${entry.reasons.join(" ")}`),
    ...fit.fasterPaths.map((path) => `- Faster path, ${path.title.toLowerCase()}: first version in ${week(path.calendar.firstVersionWeek)}. ${path.summary}`),
    "",
    "Figures are planning estimates from public sources (see the planner's assumptions for each source and the month it was checked), not quotes.",
    "",
  ];
  return lines.join("\n");
}
