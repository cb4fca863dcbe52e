import type { Traits } from "@/lib/decision/traits";
import type { Architecture, PrimaryRole, Recommendation } from "@/lib/decision/types";
import { hiringWarnings, type HiringWarning } from "@/lib/decision/hiring-warnings";
import { buildStaffingModel, type StaffedRole, type StaffingModel } from "@/lib/staffing/model";
import { roleCatalog } from "@/lib/staffing/role-catalog";
import { contextualSkills } from "@/lib/staffing/role-context";
import { teamEffect, type TeamEffect } from "@/lib/staffing/team-effect";
import { buildJobDescription, type JobDescription } from "./job-description";
import { buildPhasePlans } from "./phases";
import { planNotes, type PlanNote } from "./plan-notes";
import { buildScorecard, type Scorecard } from "./scorecards";
import { phases, type PhasePlan, type ToolGroup } from "./types";

/** One role of the staffing model with its hiring kit. */
export interface RolePlan extends StaffedRole {
  responsibilities: string[];
  /** The model's skills: catalog skills plus the ones this project adds. */
  mustHaveSkills: string[];
  niceToHaveSkills: string[];
  mustHaveTools: ToolGroup[];
  niceToHaveTools: ToolGroup[];
  jobDescription: JobDescription;
  scorecard: Scorecard;
}

export interface HiringPlan {
  architecture: Architecture;
  primaryRole: PrimaryRole;
  /** The staffing model every view reads. */
  staffing: StaffingModel;
  phases: PhasePlan[];
  /** Primary role first, then contract order. */
  roles: RolePlan[];
  warnings: HiringWarning[];
  notes: PlanNote[];
  /** What the optional team answers (size, engineering strength) changed; null when nothing. */
  teamEffect: TeamEffect | null;
  summary: { toHire: number; toTrain: number; contractors: number; peakFte: number };
}

function contractWeeks(role: StaffedRole, model: StaffingModel): { min: number; max: number } | undefined {
  if (role.sourcing.mode !== "contract") return undefined;
  const weeks = phases
    .filter((phase) => role.fteByPhase[phase] > 0 && phase !== "scale")
    .reduce((sum, phase) => ({ min: sum.min + model.durations[phase].minWeeks, max: sum.max + model.durations[phase].maxWeeks }), { min: 0, max: 0 });
  return weeks.max > 0 ? weeks : undefined;
}

function rolePlan(role: StaffedRole, traits: Traits, model: StaffingModel): RolePlan {
  const entry = roleCatalog[role.role];
  const nice = contextualSkills(role.role, traits, model.architecture).filter((skill) => skill.level === "nice");
  const weeks = contractWeeks(role, model);
  return {
    ...role,
    responsibilities: [...entry.responsibilities],
    mustHaveSkills: [...role.skills],
    niceToHaveSkills: [...entry.niceToHaveSkills, ...nice.map((skill) => skill.skill)],
    mustHaveTools: [...entry.mustHaveTools],
    niceToHaveTools: [...entry.niceToHaveTools],
    jobDescription: buildJobDescription({
      role: role.role,
      seniority: role.seniority,
      engagement: role.sourcing.engagement,
      architecture: model.architecture,
      traits,
      peakFte: role.peakFte,
      ...(weeks ? { contractWeeks: weeks } : {}),
    }),
    scorecard: buildScorecard(role.role, traits, model.architecture),
  };
}

/**
 * The hiring plan for the recommended architecture (or, with `architecture`, for another one): the staffing model
 * (phases with FTE, each role's seniority and hire / train / contract call) with each role's job description and
 * scorecard, plus the hiring mistakes these answers risk. Pure and deterministic.
 */
export function buildHiringPlan(traits: Traits, recommendation: Recommendation, architecture?: Architecture): HiringPlan {
  const arch = architecture ?? recommendation.recommendation.architecture;
  const useEngine = arch === recommendation.recommendation.architecture;
  const model = buildStaffingModel(traits, arch, recommendation.scores);
  const rolePlans = model.roles.map((role) => rolePlan(role, traits, model));
  const count = (mode: RolePlan["sourcing"]["mode"]) => rolePlans.filter((role) => role.sourcing.mode === mode).length;
  return {
    architecture: arch,
    primaryRole: model.primaryRole,
    staffing: model,
    phases: buildPhasePlans(traits, arch, model.staffing),
    roles: rolePlans,
    warnings: hiringWarnings(traits, arch, useEngine ? recommendation.scores : undefined),
    notes: planNotes(traits, arch),
    teamEffect: teamEffect(traits, model),
    summary: { toHire: count("hire"), toTrain: count("train"), contractors: count("contract"), peakFte: model.peakFte },
  };
}
