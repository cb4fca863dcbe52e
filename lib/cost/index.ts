export {
  assumptionGroups,
  assumptionKeys,
  defaultAssumptions,
  type Assumption,
  type AssumptionGroup,
  type AssumptionKey,
  type AssumptionValues,
} from "./assumptions";
export {
  assumptionOverridesSchema,
  assumptionValuesSchema,
  defaultAssumptionValues,
  resolveAssumptions,
  safeResolveAssumptions,
  type AssumptionOverrides,
  type ResolvedAssumptions,
} from "./resolve-assumptions";
export { computeCostModel, type CostModelOptions } from "./model";
export { architectureCost, weeksPerMonth } from "./monthly-cost";
export { architecturePairs, breakEven, cheapestAtCheckpoints, rankingAt, tieToleranceUsd } from "./break-even";
export { costsByArchitecture, defaultQueryMultipliers, querySensitivity, scaledQueries } from "./sensitivity";
export { gpuHoursPerRun, gpuHourlyUsd, rateCard, retrainsPerMonth, tokensPerQuery, type RateCard } from "./unit-costs";
export {
  checkpointMonths,
  costCategories,
  costHorizonMonths,
  costNoteCodes,
  type ArchitectureCost,
  type BreakEven,
  type Cheapest,
  type CheckpointMonth,
  type CostCategory,
  type CostDetail,
  type CostModel,
  type CostNote,
  type CostNoteCode,
  type CostRecommendation,
  type MonthCost,
  type NonPeopleCategory,
  type SensitivityPoint,
  type UnitFigures,
} from "./types";
export { budgetFit, firstYearCost, firstYearMonths, leanLeadOrder, type BudgetFit, type FirstYearCost, type PlanOption } from "./budget-fit";
export {
  annualBasePayUsd,
  defaultPeopleSettings,
  headcount,
  hiringTimes,
  monthlyCostPerFte,
  oneTimeRoleCostUsd,
  recruitingModes,
  usdPerLocal,
  type PeopleSettings,
  type RecruitingMode,
} from "./people-cost";
export { qualification, qualifications, type Qualification } from "./qualification";
export { regionCurrency, regionLabels, regions, type Region } from "./assumptions";
export { renderPlanSections } from "./plan-record";
