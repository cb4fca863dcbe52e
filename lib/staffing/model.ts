import type { Traits } from "@/lib/decision/traits";
import { roles, type Architecture, type PrimaryRole, type Role, type RoleNeed, type Scores, type Seniority } from "@/lib/decision/types";
import { phaseDurations, staffingByPhase, totalFte } from "./phase-staffing";
import { roleCatalog, toolNames } from "./role-catalog";
import { contextualSkills } from "./role-context";
import { seniorityFor } from "./seniority";
import { decideSourcing } from "./sourcing";
import { limitTrainingToTeam } from "./training-capacity";
import { phases, type Phase, type PhaseDuration, type Sourcing, type Staffing } from "./types";

/** One role of the plan: everything every view says about it, computed once. */
export interface StaffedRole {
  role: Role;
  title: string;
  isPrimary: boolean;
  seniority: Seniority;
  fteByPhase: Record<Phase, number>;
  /** Largest FTE the role needs in any phase. */
  peakFte: number;
  sourcing: Sourcing;
  /** Why the project needs this role. */
  why: string;
  /** The role's must-have skills plus the ones these answers add: the same list in the job description. */
  skills: string[];
  /** Every tool the role's hiring kit names. */
  tools: string[];
}

/** The one staffing model: roles, FTE per phase, seniority and hire / train / contract, for one architecture. */
export interface StaffingModel {
  architecture: Architecture;
  primaryRole: PrimaryRole;
  durations: Record<Phase, PhaseDuration>;
  staffing: Record<Phase, Staffing>;
  /** Primary role first, then contract order. */
  roles: StaffedRole[];
  /** Largest team (sum of FTE) in any phase. */
  peakFte: number;
}

const roleWhy: Record<Role, (architecture: Architecture) => string> = {
  rag_engineer: (a) =>
    a === "hybrid"
      ? "Owns the retrieval half: the fresh facts the tuned model answers from."
      : "Retrieval is the core of this design: answers are only as good as the passages it finds.",
  deep_learning_engineer: (a) =>
    a === "hybrid"
      ? "Owns the tuned half: format, tone and vocabulary built into the model."
      : "The model's weights are trained for this task, which takes dataset, training and benchmark work.",
  mlops_engineer: () => "Deploys, versions and monitors the system, and runs its scheduled pipelines after launch.",
  data_engineer: () => "Retrieval and training are only as good as the data that feeds them.",
  evaluation_engineer: () => "Quality has to be measured before every release and watched after it.",
  ai_product_engineer: (a) =>
    a === "prompt_engineering" ? "The product is the prompt and the application around it." : "Builds the application, prompts and guardrails around the model.",
};

/** The role that leads the build; a hybrid follows its heavier side by the engine's scores (retrieval without them). */
export function primaryRoleFor(architecture: Architecture, scores?: Scores): PrimaryRole {
  switch (architecture) {
    case "prompt_engineering":
      return "ai_product_engineer";
    case "rag":
      return "rag_engineer";
    case "fine_tuning":
      return "deep_learning_engineer";
    case "hybrid":
      return scores !== undefined && scores.fine_tuning > scores.rag ? "deep_learning_engineer" : "rag_engineer";
  }
}

/** Overrides the hire / train / contract call of some roles (the lean plan does), given the call the model would make. */
export type SourcingOverride = (role: Role, computed: Sourcing) => Sourcing | undefined;

function sourcingFor(role: Role, traits: Traits, staffing: Record<Phase, Staffing>, override?: SourcingOverride): Sourcing {
  const computed = decideSourcing(role, traits, staffing);
  return override?.(role, computed) ?? computed;
}

function staffedRole(role: Role, traits: Traits, model: Pick<StaffingModel, "architecture" | "primaryRole" | "staffing">, override?: SourcingOverride): StaffedRole {
  const { architecture, staffing } = model;
  const fteByPhase = { prototype: staffing.prototype[role] ?? 0, production: staffing.production[role] ?? 0, scale: staffing.scale[role] ?? 0 };
  const peakFte = Math.max(fteByPhase.prototype, fteByPhase.production, fteByPhase.scale);
  const isPrimary = role === model.primaryRole;
  const entry = roleCatalog[role];
  const context = contextualSkills(role, traits, architecture).filter((skill) => skill.level === "must");
  return {
    role,
    title: entry.title,
    isPrimary,
    seniority: seniorityFor(role, traits, architecture, isPrimary, peakFte),
    fteByPhase,
    peakFte,
    sourcing: sourcingFor(role, traits, staffing, override),
    why: roleWhy[role](architecture),
    skills: [...entry.mustHaveSkills, ...context.map((skill) => skill.skill)],
    tools: [...entryTools(entry)],
  };
}

// The catalogue's entries are constants: flatten each one's tools once (the engine asks on every recommendation).
const toolsByEntry = new WeakMap<object, readonly string[]>();
function entryTools(entry: (typeof roleCatalog)[Role]): readonly string[] {
  let tools = toolsByEntry.get(entry);
  if (!tools) {
    tools = toolNames([...entry.mustHaveTools, ...entry.niceToHaveTools]);
    toolsByEntry.set(entry, tools);
  }
  return tools;
}

/**
 * The staffing of one architecture for these answers. Every view (results, planner, decision record, JSON, hiring
 * kits, cost model) reads this; `scores` only decide which side leads a hybrid. Pure and deterministic.
 */
export function buildStaffingModel(traits: Traits, architecture: Architecture, scores?: Scores): StaffingModel {
  return assembleStaffingModel(traits, architecture, primaryRoleFor(architecture, scores), staffingByPhase(traits, architecture));
}

/** A staffing model from given FTE per phase: the full plan's tables, or the lean plan's smaller team. */
export function assembleStaffingModel(
  traits: Traits,
  architecture: Architecture,
  primaryRole: PrimaryRole,
  staffing: Record<Phase, Staffing>,
  override?: SourcingOverride,
): StaffingModel {
  const needed = roles.filter((role) => phases.some((phase) => (staffing[phase][role] ?? 0) > 0));
  const ordered = [primaryRole, ...needed.filter((role) => role !== primaryRole)];
  const base = { architecture, primaryRole, staffing };
  const staffed = ordered.map((role) => staffedRole(role, traits, base, override));
  // Training takes people: with the engineer count known, roles beyond it are hired instead (lead role first).
  const sourcing = limitTrainingToTeam(staffed, traits, staffing);
  return {
    ...base,
    durations: phaseDurations(traits, architecture),
    roles: staffed.map((role, index) => ({ ...role, sourcing: sourcing[index] ?? role.sourcing })),
    peakFte: Math.max(...phases.map((phase) => totalFte(staffing[phase]))),
  };
}

/**
 * Request volumes at which the staffing model changes (more MLOps time, more senior leads, scale skills): the model is
 * the same for any two volumes on the same side of every threshold. A test holds this list to the rules.
 */
export const staffingQueryThresholds: readonly number[] = [1_000_000, 10_000_000, 50_000_000];

/** Which band of `staffingQueryThresholds` a volume falls in: equal bands, equal staffing. */
export function staffingQueryBand(monthlyQueries: number): number {
  return staffingQueryThresholds.filter((threshold) => monthlyQueries >= threshold).length;
}

/** The v1 contract's `roleProfile.roles`: one entry per role of the model, at its peak FTE. */
export function roleNeeds(model: StaffingModel): RoleNeed[] {
  return model.roles.map((role) => ({
    role: role.role,
    fte: role.peakFte,
    seniority: role.seniority,
    skills: [...role.skills],
    tools: [...role.tools],
    why: role.why,
    sourcing: role.sourcing.mode,
  }));
}
