import type { Approach } from "./approaches";
import type { ConfidenceBasis, UnsureRange } from "./robustness";
import type { TraitKey, Traits } from "./traits";

export const architectures = ["prompt_engineering", "rag", "fine_tuning", "hybrid"] as const;
export type Architecture = (typeof architectures)[number];

export type Scores = Record<Architecture, number>;

/** One value per architecture, written out so the record is complete by type rather than by cast. */
export function byArchitecture<T>(value: (architecture: Architecture, index: number) => T): Record<Architecture, T> {
  return {
    prompt_engineering: value("prompt_engineering", 0),
    rag: value("rag", 1),
    fine_tuning: value("fine_tuning", 2),
    hybrid: value("hybrid", 3),
  };
}
export type Effects = Partial<Record<Architecture, number>>;

/** Any single answer of any trait (the value type of the traits object). */
export type TraitAnswer = Traits[TraitKey];

export interface Factor {
  trait: TraitKey;
  answer: TraitAnswer;
  effects: Effects;
  rationale: string;
  /** Source articles the rule draws on, by id (see source-articles.ts), e.g. ["004"]. Extra field beyond the v1 contract. */
  sources: string[];
  /** True when the rule is a feasibility gate rather than a preference. Extra field. */
  gate?: boolean;
}

export interface Flip {
  trait: TraitKey;
  to: TraitAnswer;
  architecture: Architecture;
}

export const roles = [
  "rag_engineer",
  "deep_learning_engineer",
  "mlops_engineer",
  "data_engineer",
  "evaluation_engineer",
  "ai_product_engineer",
] as const;
export type Role = (typeof roles)[number];
export type PrimaryRole = Extract<Role, "rag_engineer" | "deep_learning_engineer" | "ai_product_engineer">;
export type Seniority = "junior" | "mid" | "senior" | "staff";

/**
 * How a role is filled, one word used the same way on every page: "hire" a permanent employee, "train" someone the
 * team already has, or "contract" a freelancer or agency for a bounded need.
 */
export const sourcingModes = ["hire", "train", "contract"] as const;
export type SourcingMode = (typeof sourcingModes)[number];

export interface RoleNeed {
  role: Role;
  /** The role's peak FTE in the staffing model. */
  fte: number;
  seniority: Seniority;
  skills: string[];
  tools: string[];
  why: string;
  /** Extra field beyond the v1 contract: hire, train or contract, as in the plan. */
  sourcing: SourcingMode;
}

/** A reference to the answer (or the recommended architecture) that caused something. */
export interface Trigger {
  /** A trait, the recommended architecture, or the engine's scores. */
  key: TraitKey | "architecture" | "scores";
  /** The answer as given (architecture id for "architecture", fine-tuning's score for "scores"). */
  answer: Traits[TraitKey] | Architecture;
  /** Person-readable form of the answer. */
  label: string;
}

/** A hiring mistake these answers make likely (the five hiring mistakes and "prompt and retrieval first" of the source articles). */
export interface Warning {
  code: string;
  message: string;
  /** Extra fields beyond the v1 contract. */
  title: string;
  whyItMatters: string;
  triggers: Trigger[];
  triggeredBy: string;
  source: string;
}

export interface RoleProfile {
  primaryRole: PrimaryRole;
  roles: RoleNeed[];
  warnings: Warning[];
}

export interface Recommendation {
  engineVersion: string;
  recommendation: {
    architecture: Architecture;
    confidence: number;
    runnerUp: Architecture;
    summary: string;
  };
  scores: Scores;
  factors: Factor[];
  flips: Flip[];
  roleProfile: RoleProfile;
  /** Extra fields beyond the v1 contract (optional for readers of older results): what the confidence rests on, */
  confidenceBasis?: ConfidenceBasis;
  /** what each answer marked "Not sure" could change (those that could change the pick first), */
  unsure?: UnsureRange[];
  /** and the approaches inside the architecture these answers support. */
  approaches?: Approach[];
}
