import type { Traits } from "@/lib/decision/traits";
import { roles, type Architecture, type Role } from "@/lib/decision/types";
import { byPhase, phases, type Phase, type PhaseDuration, type Staffing } from "./types";

/** Planning window for the open-ended scale phase, matching the 24-month cost horizon. */
export const planningHorizonWeeks = 104;

type WeekRange = readonly [min: number, max: number];

/**
 * Prototype length by architecture and by how soon a first version is due. Retrieval prototypes take days to
 * weeks; fine-tuning takes weeks to months because data must be curated and several runs compared (the
 * source articles agree). A "days" deadline cannot shorten training below its floor; the plan says so in a note.
 */
const prototypeWeeks: Record<Architecture, Record<Traits["timeToShip"], WeekRange>> = {
  prompt_engineering: { days: [0.5, 1], weeks: [1, 2], months: [2, 4] },
  rag: { days: [0.5, 1.5], weeks: [1, 3], months: [2, 5] },
  fine_tuning: { days: [3, 6], weeks: [3, 6], months: [6, 12] },
  hybrid: { days: [3, 6], weeks: [4, 8], months: [8, 14] },
};

/** Hardening a prototype into a production service: serving, monitoring, evaluation gates, security. */
const productionWeeks: Record<Architecture, WeekRange> = {
  prompt_engineering: [2, 4],
  rag: [4, 8],
  fine_tuning: [6, 12],
  hybrid: [8, 14],
};

export function phaseDurations(traits: Traits, architecture: Architecture): Record<Phase, PhaseDuration> {
  const [pMin, pMax] = prototypeWeeks[architecture][traits.timeToShip];
  let [dMin, dMax] = productionWeeks[architecture];
  // High stakes and regulated data add review, red-teaming and compliance work before launch.
  if (traits.errorCost === "high" || traits.dataSensitivity === "regulated") {
    dMin += 2;
    dMax += 2;
  }
  if (traits.corpusSize === "massive" && (architecture === "rag" || architecture === "hybrid")) {
    dMin += 2;
    dMax += 4;
  }
  const launchMax = pMax + dMax;
  const launchMin = pMin + dMin;
  return {
    prototype: { minWeeks: pMin, maxWeeks: pMax, ongoing: false },
    production: { minWeeks: dMin, maxWeeks: dMax, ongoing: false },
    scale: {
      minWeeks: Math.max(0, planningHorizonWeeks - launchMax),
      maxWeeks: Math.max(0, planningHorizonWeeks - launchMin),
      ongoing: true,
    },
  };
}

/** Weeks from the start until launch (end of the production phase), using the middle of each range. */
export function launchWeek(durations: Record<Phase, PhaseDuration>): number {
  return midWeeks(durations.prototype) + midWeeks(durations.production);
}

export function midWeeks(duration: PhaseDuration): number {
  return (duration.minWeeks + duration.maxWeeks) / 2;
}

function number(weeks: number): string {
  return Number.isInteger(weeks) ? String(weeks) : weeks.toFixed(1);
}

function spell(weeks: number): string {
  if (weeks < 1) return `${Math.round(weeks * 7)} days`;
  return weeks === 1 ? "1 week" : `${number(weeks)} weeks`;
}

/** "4 days to 1 week", "1–3 weeks", "ongoing after launch". */
export function durationLabel(duration: PhaseDuration): string {
  if (duration.ongoing) return "ongoing after launch";
  const { minWeeks, maxWeeks } = duration;
  if (minWeeks === maxWeeks) return spell(minWeeks);
  if (minWeeks < 1) return `${spell(minWeeks)} to ${spell(maxWeeks)}`;
  return `${number(minWeeks)}–${number(maxWeeks)} weeks`;
}

/** FTE per role and phase before the project's answers adjust it. */
const baseStaffing: Record<Architecture, Record<Phase, Staffing>> = {
  prompt_engineering: {
    prototype: { ai_product_engineer: 1 },
    production: { ai_product_engineer: 1, evaluation_engineer: 0.5 },
    scale: { ai_product_engineer: 1, evaluation_engineer: 0.5, mlops_engineer: 0.25 },
  },
  rag: {
    prototype: { rag_engineer: 1, ai_product_engineer: 0.5 },
    production: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
    scale: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
  },
  fine_tuning: {
    prototype: { deep_learning_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5 },
    production: { deep_learning_engineer: 1, mlops_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5, ai_product_engineer: 0.5 },
    scale: { deep_learning_engineer: 0.5, mlops_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, ai_product_engineer: 0.5 },
  },
  hybrid: {
    prototype: { rag_engineer: 1, deep_learning_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5 },
    production: {
      rag_engineer: 1,
      deep_learning_engineer: 1,
      mlops_engineer: 1,
      data_engineer: 0.5,
      evaluation_engineer: 1,
      ai_product_engineer: 0.5,
    },
    scale: { rag_engineer: 1, deep_learning_engineer: 0.5, mlops_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5, ai_product_engineer: 0.5 },
  },
};

/** A change of one role's FTE: by `delta` (not below `floor`, 0 unless given) or `set` to a value. */
type Adjustment =
  | { phases: readonly Phase[]; role: Role; delta: number; floor?: number }
  | { phases: readonly Phase[]; role: Role; set: number };

const retrieves = (architecture: Architecture) => architecture === "rag" || architecture === "hybrid";
const tunes = (architecture: Architecture) => architecture === "fine_tuning" || architecture === "hybrid";
const later: readonly Phase[] = ["production", "scale"];

/**
 * The optional team answers. Engineers already on the project who are strong generalists build the application and
 * run the platform around the model themselves: half a person less application work in every phase (never below
 * half a person where it leads the build) and a quarter less platform (MLOps) work after the prototype. A team with
 * limited general engineering needs that help from outside: half an application engineer and a quarter of a platform
 * engineer more while the system is made production-ready. A team of zero engineers has nobody to take work on, so
 * strength makes no difference then. Both answers absent: no change.
 */
function engineeringAdjustments(traits: Traits, architecture: Architecture): Adjustment[] {
  const strength = traits.engineeringStrength;
  if (strength === undefined || strength === "solid" || traits.teamSize === 0) return [];
  if (strength === "limited") {
    return [
      { phases: ["production"], role: "ai_product_engineer", delta: 0.5 },
      { phases: ["production"], role: "mlops_engineer", delta: 0.25 },
    ];
  }
  const floor = architecture === "prompt_engineering" ? 0.5 : 0;
  return [
    { phases, role: "ai_product_engineer", delta: -0.5, floor },
    { phases: later, role: "mlops_engineer", delta: -0.25, floor: 0 },
  ];
}

/**
 * How the project's answers move the base staffing. Every rule only adds people as its trait grows, except the
 * team's own engineering strength, which takes general engineering work off the plan (engineeringAdjustments).
 */
function adjustments(traits: Traits, architecture: Architecture): Adjustment[] {
  const out: Adjustment[] = [];
  const change = traits.knowledgeChange;
  if (retrieves(architecture)) {
    if (traits.corpusSize === "large") out.push({ phases: later, role: "data_engineer", delta: 0.5 });
    if (traits.corpusSize === "massive") {
      out.push({ phases: later, role: "data_engineer", delta: 1 });
      out.push({ phases: ["scale"], role: "rag_engineer", delta: 0.5 });
    }
    if (change === "realtime" || change === "daily") out.push({ phases: later, role: "data_engineer", delta: 0.5 });
    if (traits.perUserAccess) out.push({ phases: ["production"], role: "rag_engineer", delta: 0.5 });
  }
  if (architecture === "fine_tuning") {
    // Facts live in the weights: how often they change decides how much training work continues after launch.
    if (change === "realtime" || change === "daily") {
      out.push({ phases: ["scale"], role: "deep_learning_engineer", set: 1 });
      out.push({ phases: ["scale"], role: "mlops_engineer", set: 1 });
    } else if (change === "weekly") {
      out.push({ phases: ["scale"], role: "deep_learning_engineer", set: 1 });
    } else if (change === "yearly") {
      out.push({ phases: ["scale"], role: "deep_learning_engineer", set: 0.25 });
    } else if (change === "static") {
      out.push({ phases: ["scale"], role: "deep_learning_engineer", set: 0 });
    }
  }
  if (tunes(architecture) && (traits.labeledExamples === "none" || traits.labeledExamples === "under_100")) {
    out.push({ phases: ["prototype"], role: "data_engineer", delta: 0.5 });
  }
  if (traits.errorCost === "high" || traits.citations === "required") {
    out.push({ phases: later, role: "evaluation_engineer", delta: 0.5 });
  }
  if (traits.dataSensitivity === "regulated") out.push({ phases: ["production"], role: "mlops_engineer", delta: 0.25 });
  if (traits.monthlyQueries >= 1_000_000) out.push({ phases: ["scale"], role: "mlops_engineer", delta: 0.25 });
  if (traits.monthlyQueries >= 50_000_000) out.push({ phases: later, role: "mlops_engineer", delta: 0.5 });
  if (traits.taskType === "agent_workflow") out.push({ phases: later, role: "ai_product_engineer", delta: 0.5 });
  out.push(...engineeringAdjustments(traits, architecture));
  return out;
}

/** FTE per role in each phase for one architecture, after the project's answers are applied. */
export function staffingByPhase(traits: Traits, architecture: Architecture): Record<Phase, Staffing> {
  const result = byPhase((phase): Staffing => ({ ...baseStaffing[architecture][phase] }));
  for (const adjustment of adjustments(traits, architecture)) {
    for (const phase of adjustment.phases) {
      const staffing = result[phase];
      const current = staffing[adjustment.role] ?? 0;
      if ("set" in adjustment) staffing[adjustment.role] = adjustment.set;
      else if (current > 0 || adjustment.delta > 0) staffing[adjustment.role] = Math.max(adjustment.floor ?? 0, current + adjustment.delta);
    }
  }
  for (const phase of phases) result[phase] = canonicalStaffing(result[phase]);
  return result;
}

/** Drops zero entries and orders roles as in the contract, so equal staffing compares equal. */
function canonicalStaffing(staffing: Staffing): Staffing {
  const out: Staffing = {};
  for (const role of roles) {
    const fte = staffing[role];
    if (fte !== undefined && fte > 0) out[role] = fte;
  }
  return out;
}

export function totalFte(staffing: Staffing): number {
  let sum = 0;
  for (const role of roles) sum += staffing[role] ?? 0;
  return sum;
}

