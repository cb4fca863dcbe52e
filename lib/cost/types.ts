import type { Architecture, Recommendation, Role } from "@/lib/decision/types";
import type { PlanCalendar } from "@/lib/staffing/calendar";
import type { StaffingModel } from "@/lib/staffing/model";
import type { PeopleSettings } from "./people-cost";
import type { Qualification } from "./qualification";

export const costCategories = ["people", "build", "run", "retraining"] as const;
export type CostCategory = (typeof costCategories)[number];
export type NonPeopleCategory = Exclude<CostCategory, "people">;

/** What the cost model reads of the engine's result: the recommended architecture and the scores (a hybrid's lead). */
export type CostRecommendation = Pick<Recommendation, "scores"> & { recommendation: Pick<Recommendation["recommendation"], "architecture"> };


/** Months the model covers. */
export const costHorizonMonths = 24;
/** Months at which the cheapest architecture is reported. */
export const checkpointMonths = [6, 12, 24] as const;
export type CheckpointMonth = (typeof checkpointMonths)[number];

/** The lines behind the four categories of one month, in USD. */
export interface CostDetail {
  peopleByRole: Partial<Record<Role, number>>;
  /** Recruiting fees (hires) and course budgets (trained staff), in the month each person starts; included in peopleByRole. */
  oneTimeByRole: Partial<Record<Role, number>>;
  /** Build: embedding the whole corpus once. */
  corpusEmbedding: number;
  /** Build: training runs before launch (GPU-hours × rate). */
  trainingRuns: number;
  /** Run: model calls. */
  inference: number;
  /** Run: embedding each request for search. */
  queryEmbedding: number;
  /** Run: re-embedding changed documents. */
  embeddingUpdates: number;
  /** Run: vector database plan, storage and reads. */
  vectorStore: number;
}

export interface MonthCost {
  /** 1-based. */
  month: number;
  people: number;
  build: number;
  run: number;
  retraining: number;
  total: number;
  /** Sum of `total` from month 1 to this month. */
  cumulative: number;
  detail: CostDetail;
}

/** Per-unit figures behind the monthly lines, for display. */
export interface UnitFigures {
  tokensPerQuery: number;
  /** Inference, query embedding and vector reads for one request, USD. */
  costPerQuery: number;
  gpuHoursPerRun: number;
  gpuHourlyUsd: number;
  trainingRunsBeforeLaunch: number;
  retrainsPerMonth: number;
  corpusTokens: number;
  vectors: number;
}

export interface ArchitectureCost {
  architecture: Architecture;
  /** The staffing model these costs are for: the one every view reads. */
  staffing: StaffingModel;
  /** When each person can start and each phase runs. */
  calendar: PlanCalendar;
  /** Weeks from the start to launch; run and retraining costs begin then. */
  launchWeek: number;
  /** Month in which launch falls (1-based). */
  launchMonth: number;
  months: MonthCost[];
  /** `months[i].cumulative`, for charts. */
  cumulative: number[];
  totals: Record<CostCategory, number> & { total: number };
  /** Build costs over the whole build (GPU runs and corpus embedding), without people. */
  oneTimeBuild: number;
  /** A full month after launch at the final month's rates. */
  steadyStateMonthly: Record<CostCategory, number> & { total: number };
  units: UnitFigures;
  /** Largest of build, run and retraining over the horizon; null when all are zero. */
  dominantNonPeople: NonPeopleCategory | null;
}

export interface BreakEven {
  a: Architecture;
  b: Architecture;
  /** First month whose cumulative order is the reverse of the first month's; null when it never flips. */
  month: number | null;
  /** Cheaper of the two at month 1 (null when they tie throughout). */
  cheaperFirst: Architecture | null;
  /** Cheaper of the two at the last month (null on a tie). */
  cheaperAtEnd: Architecture | null;
}

export interface Cheapest {
  month: CheckpointMonth;
  architecture: Architecture;
  cumulative: number;
  /** Every architecture's cumulative cost at this month, cheapest first (qualifying or not). */
  ranking: { architecture: Architecture; cumulative: number }[];
  /** False only when no architecture can meet the answers, and this is merely the cheapest of all. */
  qualifies: boolean;
}

export interface SensitivityPoint {
  multiplier: number;
  monthlyQueries: number;
  cheapestAtHorizon: Architecture;
  totalsAtHorizon: Record<Architecture, number>;
}

export const costNoteCodes = ["retraining-dominates", "build-exceeds-budget", "run-dominates-at-volume"] as const;
export type CostNoteCode = (typeof costNoteCodes)[number];

export interface CostNote {
  code: CostNoteCode;
  architecture: Architecture;
  message: string;
}

export interface CostModel {
  horizonMonths: number;
  people: PeopleSettings;
  monthlyQueries: number;
  byArchitecture: Record<Architecture, ArchitectureCost>;
  /** One entry per pair of architectures, in contract order. */
  breakEvens: BreakEven[];
  cheapest: Cheapest[];
  sensitivity: SensitivityPoint[];
  notes: CostNote[];
  /** Which architectures can meet the answers, and why the others cannot. */
  qualifications: Qualification[];
}
