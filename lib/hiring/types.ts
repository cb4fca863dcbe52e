/** The plan's vocabulary lives with the staffing model (lib/staffing); the hiring kit re-exports it. */
export {
  byPhase,
  phases,
  seniorityOrder,
  sourcingModes,
  type Architecture,
  type ContextualSkill,
  type Engagement,
  type Phase,
  type PhaseDuration,
  type PrimaryRole,
  type Role,
  type Seniority,
  type Sourcing,
  type SourcingDecision,
  type SourcingMode,
  type Staffing,
  type TeamSkill,
  type ToolGroup,
} from "@/lib/staffing/types";
export type { Trigger } from "@/lib/decision/types";

import type { Phase, PhaseDuration, Staffing } from "@/lib/staffing/types";

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
