import type { Traits } from "@/lib/decision/traits";
import type { Role, Seniority } from "@/lib/decision/types";
import { midWeeks } from "./phase-staffing";
import type { StaffedRole, StaffingModel } from "./model";
import { phases, type Phase, type SourcingMode } from "./types";

/** How long it takes before each kind of person can work on the project, in weeks (from lib/cost's sourced assumptions). */
export interface HiringTimes {
  timeToFillWeeks: Record<Seniority, number>;
  noticeWeeks: number;
  rampUpWeeks: number;
  contractorStartWeeks: number;
  contractorRampWeeks: number;
  trainingWeeks: number;
}

export interface RoleReadiness {
  role: Role;
  mode: SourcingMode;
  /**
   * Week the person starts working on the project (and is paid for it): in a plan's calendar, as late as still lets
   * them be productive when their first phase begins.
   */
  startWeek: number;
  /** Week from which they are productive on it: in a plan's calendar, the start of their first phase unless they hold it back. */
  readyWeek: number;
}

/**
 * Weeks from kick-off. Recruitment starts as late as lets each person be productive when their first phase begins;
 * the people a phase waits for (its bottleneck) are recruited from week 0.
 */
export interface PlanCalendar {
  roles: RoleReadiness[];
  phaseStart: Record<Phase, number>;
  /** The scale phase has no end. */
  phaseEnd: Record<Exclude<Phase, "scale">, number>;
  /** End of the prototype: a first version in users' hands. */
  firstVersionWeek: number;
  /** End of production: the launch. */
  launchWeek: number;
  /** The latest week the "time to ship" answer allows for a first version. */
  deadlineWeek: number;
  meetsDeadline: boolean;
}

/** How the "time to ship" answer reads as a week: days (two weeks at most), weeks (two months), months (half a year). */
export const deadlineWeeks: Record<Traits["timeToShip"], number> = { days: 2, weeks: 8, months: 26 };

/** When one role can start and when it is productive, if recruiting (or training) begins at week 0. */
export function roleReadiness(role: Pick<StaffedRole, "role" | "seniority" | "sourcing">, times: HiringTimes): RoleReadiness {
  const mode = role.sourcing.mode;
  if (mode === "train") return { role: role.role, mode, startWeek: 0, readyWeek: times.trainingWeeks };
  if (mode === "contract") return { role: role.role, mode, startWeek: times.contractorStartWeeks, readyWeek: times.contractorStartWeeks + times.contractorRampWeeks };
  const startWeek = times.timeToFillWeeks[role.seniority] + times.noticeWeeks;
  return { role: role.role, mode, startWeek, readyWeek: startWeek + times.rampUpWeeks };
}

function readyBy(model: StaffingModel, readiness: readonly RoleReadiness[], phase: Phase): number {
  const needed = model.roles.filter((role) => role.fteByPhase[phase] > 0).map((role) => role.role);
  return Math.max(0, ...readiness.filter((entry) => needed.includes(entry.role)).map((entry) => entry.readyWeek));
}

/**
 * Recruit just in time: a person who could be productive before their first phase begins starts later, by the gap,
 * so that they are productive exactly when it begins (and are not paid to wait). The bottleneck is not moved.
 */
function justInTime(model: StaffingModel, readiness: readonly RoleReadiness[], phaseStart: Record<Phase, number>): RoleReadiness[] {
  return readiness.map((entry) => {
    const fte = model.roles.find((role) => role.role === entry.role)?.fteByPhase;
    const first = phases.find((phase) => fte !== undefined && fte[phase] > 0);
    const shift = first === undefined ? 0 : Math.max(0, phaseStart[first] - entry.readyWeek);
    return { ...entry, startWeek: entry.startWeek + shift, readyWeek: entry.readyWeek + shift };
  });
}

/**
 * The plan's calendar: each phase starts when the previous one ends and every person it needs is productive.
 * A first version can never be in users' hands before its people are hired (or contracted, or trained) and ramped up.
 * The phase starts are decided by how soon each person could be productive; then everyone who would be early is
 * recruited later (`justInTime`), which moves no phase.
 */
export function planCalendar(model: StaffingModel, times: HiringTimes, timeToShip: Traits["timeToShip"]): PlanCalendar {
  const readiness = model.roles.map((role) => roleReadiness(role, times));
  const prototypeStart = readyBy(model, readiness, "prototype");
  const prototypeEnd = prototypeStart + midWeeks(model.durations.prototype);
  const productionStart = Math.max(prototypeEnd, readyBy(model, readiness, "production"));
  // Launch ends production; people who join only after launch are recruited in time and never hold it back.
  const productionEnd = productionStart + midWeeks(model.durations.production);
  const deadlineWeek = deadlineWeeks[timeToShip];
  const phaseStart = { prototype: prototypeStart, production: productionStart, scale: productionEnd };
  return {
    roles: justInTime(model, readiness, phaseStart),
    phaseStart,
    phaseEnd: { prototype: prototypeEnd, production: productionEnd },
    firstVersionWeek: prototypeEnd,
    launchWeek: productionEnd,
    deadlineWeek,
    meetsDeadline: prototypeEnd <= deadlineWeek,
  };
}

/** The weeks during which a phase runs, as [start, end); the scale phase runs to the end of the horizon. */
export function phaseWindow(calendar: PlanCalendar, phase: Phase): readonly [number, number] {
  if (phase === "scale") return [calendar.phaseStart.scale, Number.POSITIVE_INFINITY];
  return [calendar.phaseStart[phase], phase === "prototype" ? calendar.phaseStart.production : calendar.phaseStart.scale];
}

export { phases };
