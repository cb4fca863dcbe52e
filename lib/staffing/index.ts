export { buildStaffingModel, primaryRoleFor, roleNeeds, type StaffedRole, type StaffingModel } from "./model";
export { durationLabel, launchWeek, midWeeks, phaseDurations, planningHorizonWeeks, staffingByPhase, totalFte } from "./phase-staffing";
export { decideSourcing, isShortNeed, shortNeedFte } from "./sourcing";
export { maxSeniority, seniorityFor } from "./seniority";
export { roleCatalog, roleEntry, toolNames, type RoleCatalogEntry } from "./role-catalog";
export { contextualSkills } from "./role-context";
export { withArticle } from "./grammar";
export { sourcingLabel, sourcingModeLabels, workloadLabel } from "./labels";
export {
  byPhase,
  phases,
  seniorityOrder,
  sourcingModes,
  type ContextualSkill,
  type Engagement,
  type Phase,
  type PhaseDuration,
  type Sourcing,
  type SourcingDecision,
  type SourcingMode,
  type Staffing,
  type ToolGroup,
} from "./types";
export { teamEffect, type TeamEffect, type TeamStaffingChange } from "./team-effect";
