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

/** One requirement a role adds only in some projects (e.g. per-user permissions in retrieval). */
export type { Trigger } from "@/lib/decision/types";

export interface ContextualSkill {
  level: "must" | "nice";
  skill: string;
  /** Why this project needs it, phrased as a clause ("users may only see their own documents"). */
  because: string;
}


export type Staffing = Partial<Record<Role, number>>;

export interface PhaseDuration {
  /** Shortest and longest plausible length of the phase, in weeks. */
  minWeeks: number;
  maxWeeks: number;
  /** True for the open-ended scale phase: maxWeeks is then only the planning window. */
  ongoing: boolean;
}

export interface PhasePlan {
  phase: Phase;
  title: string;
  goal: string;
  duration: PhaseDuration;
  /** "1–3 weeks", "ongoing" … */
  durationLabel: string;
  staffing: Staffing;
  /** Sum of FTE across roles. */
  totalFte: number;
}

export type SourcingDecision = "hire" | "train";
export type Engagement = "full_time" | "contractor";

export interface Sourcing {
  /** "train": upskill and reassign people you already have; "hire": bring someone in. */
  decision: SourcingDecision;
  /** Only meaningful for "hire"; trained staff are always in-house. */
  engagement: Engagement;
  coveredSkills: TeamSkill[];
  missingSkills: TeamSkill[];
  reason: string;
}
