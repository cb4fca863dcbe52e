export { buildHiringPlan, type HiringPlan, type RolePlan } from "./plan";
export {
  buildPhasePlans,
  durationLabel,
  launchWeek,
  midWeeks,
  phaseDurations,
  planningHorizonWeeks,
  planStaffing,
  staffingByPhase,
  totalFte,
  withEngineFloor,
} from "./phases";
export { decideSourcing, isShortNeed, shortNeedFte } from "./sourcing";
export { maxSeniority, seniorityFor } from "./seniority";
export { roleCatalog, roleEntry, toolNames, type RoleCatalogEntry } from "./role-catalog";
export { coreCompetencies } from "./scorecard-competencies";
export { contextualSkills } from "./role-context";
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
  type ContextualSkill,
  type Engagement,
  type Phase,
  type PhaseDuration,
  type PhasePlan,
  type Sourcing,
  type SourcingDecision,
  type Staffing,
  type ToolGroup,
  type Trigger,
} from "./types";
