export { buildHiringPlan, type HiringPlan, type RolePlan } from "./plan";
export { buildPhasePlans, durationLabel, launchWeek, midWeeks, phaseDurations, planningHorizonWeeks, staffingByPhase, totalFte } from "./phases";
export { decideSourcing, isShortNeed, shortNeedFte } from "@/lib/staffing/sourcing";
export { maxSeniority, seniorityFor } from "@/lib/staffing/seniority";
export { roleCatalog, roleEntry, toolNames, type RoleCatalogEntry } from "@/lib/staffing/role-catalog";
export { sourcingLabel, sourcingModeLabels, workloadLabel } from "@/lib/staffing/labels";
export { coreCompetencies } from "./scorecard-competencies";
export { contextualSkills } from "@/lib/staffing/role-context";
export { buildJobDescription, projectSentence, renderJobDescriptionMarkdown, toolRequirement, type JobDescription, type JobDescriptionInput } from "./job-description";
export {
  buildScorecard,
  maxCompetencies,
  minCompetencies,
  renderScorecardMarkdown,
  scorecardScale,
  type Competency,
  type Scorecard,
  type ScorecardRating,
} from "./scorecards";
export { hiringWarningCodes, hiringWarnings, warningRules, type HiringWarning, type HiringWarningCode } from "@/lib/decision/hiring-warnings";
export { planNoteCodes, planNotes, type PlanNote, type PlanNoteCode } from "./plan-notes";
export {
  phases,
  seniorityOrder,
  sourcingModes,
  type ContextualSkill,
  type Engagement,
  type Phase,
  type PhaseDuration,
  type PhasePlan,
  type Sourcing,
  type SourcingDecision,
  type SourcingMode,
  type Staffing,
  type ToolGroup,
  type Trigger,
} from "./types";
