export { buildHiringPlan, type HiringPlan, type RolePlan } from "./plan";
export { buildPhasePlans, durationLabel, launchWeek, phaseDurations, planningHorizonWeeks, staffingByPhase, totalFte } from "./phases";
export { decideSourcing, isShortNeed } from "./sourcing";
export { seniorityFor } from "./seniority";
export { roleCatalog, roleEntry, toolNames, type RoleCatalogEntry } from "./role-catalog";
export { contextualSkills } from "./role-context";
export { buildJobDescription, projectSentence, renderJobDescriptionMarkdown, type JobDescription, type JobDescriptionInput } from "./job-description";
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
export { hiringWarningCodes, hiringWarnings, type HiringWarning, type HiringWarningCode } from "./hiring-warnings";
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
