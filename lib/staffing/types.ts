import type { Architecture, PrimaryRole, Role, Seniority } from "@/lib/decision/types";
import type { TeamSkill } from "@/lib/decision/traits";

export type { Architecture, PrimaryRole, Role, Seniority, TeamSkill };

/** The three stages every plan walks through, in order. */
export const phases = ["prototype", "production", "scale"] as const;
export type Phase = (typeof phases)[number];

/** One value per phase, written out so the record is complete by type rather than by cast. */
export function byPhase<T>(value: (phase: Phase) => T): Record<Phase, T> {
  return { prototype: value("prototype"), production: value("production"), scale: value("scale") };
}

/** Seniority from least to most experienced, for comparisons. */
export const seniorityOrder: readonly Seniority[] = ["junior", "mid", "senior", "staff"];

/** A named group of interchangeable tools: knowing one of the options is enough. */
export interface ToolGroup {
  category: string;
  options: readonly string[];
}

export interface ContextualSkill {
  level: "must" | "nice";
  skill: string;
  /** Why this project needs it, phrased as a clause ("users may only see their own documents"). */
  because: string;
}

/** FTE per role in one phase. */
export type Staffing = Partial<Record<Role, number>>;

export interface PhaseDuration {
  /** Shortest and longest plausible length of the phase, in weeks. */
  minWeeks: number;
  maxWeeks: number;
  /** True for the open-ended scale phase: maxWeeks is then only the planning window. */
  ongoing: boolean;
}

export { sourcingModes, type SourcingMode } from "@/lib/decision/types";
import type { SourcingMode } from "@/lib/decision/types";

/** Kept for the hiring kit's wording: a contract is a hire on a contractor engagement. */
export type SourcingDecision = "hire" | "train";
export type Engagement = "full_time" | "contractor";

export interface Sourcing {
  /** hire, train or contract: the one call every view shows. */
  mode: SourcingMode;
  /** "train": upskill and reassign people you already have; "hire": bring someone in (employee or contractor). */
  decision: SourcingDecision;
  /** Only meaningful for "hire"; trained staff are always in-house. */
  engagement: Engagement;
  coveredSkills: TeamSkill[];
  missingSkills: TeamSkill[];
  reason: string;
}
