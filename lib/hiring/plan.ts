import type { Traits } from "@/lib/decision/traits";
import { roles, type Architecture, type PrimaryRole, type Recommendation, type Role, type Seniority } from "@/lib/decision/types";
import { hiringWarnings, type HiringWarning } from "@/lib/decision/hiring-warnings";
import { buildJobDescription, type JobDescription } from "./job-description";
import { buildPhasePlans, phaseDurations, planStaffing } from "./phases";
import { planNotes, type PlanNote } from "./plan-notes";
import { roleCatalog, toolNames } from "./role-catalog";
import { contextualSkills } from "./role-context";
import { buildScorecard, type Scorecard } from "./scorecards";
import { maxSeniority, seniorityFor } from "./seniority";
import { decideSourcing } from "./sourcing";
import { phases, type Phase, type PhasePlan, type Sourcing, type ToolGroup } from "./types";

export interface RolePlan {
  role: Role;
  title: string;
  isPrimary: boolean;
  seniority: Seniority;
  fteByPhase: Record<Phase, number>;
  peakFte: number;
  sourcing: Sourcing;
  /** Why the project needs this role. */
  why: string;
  responsibilities: string[];
  /** Catalog skills plus the ones this project adds. */
  mustHaveSkills: string[];
  niceToHaveSkills: string[];
  mustHaveTools: ToolGroup[];
  niceToHaveTools: ToolGroup[];
  /** Every named tool, flattened. */
  tools: string[];
  jobDescription: JobDescription;
  scorecard: Scorecard;
}

export interface HiringPlan {
  architecture: Architecture;
  primaryRole: PrimaryRole;
  phases: PhasePlan[];
  /** Primary role first, then contract order. */
  roles: RolePlan[];
  warnings: HiringWarning[];
  notes: PlanNote[];
  summary: { toHire: number; toTrain: number; contractors: number; peakFte: number };
}

const roleWhy: Record<Role, (a: Architecture) => string> = {
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
    a === "prompt_engineering"
      ? "The product is the prompt and the application around it."
      : "Builds the application, prompts and guardrails around the model.",
};

function primaryRoleFor(architecture: Architecture, recommendation: Recommendation): PrimaryRole {
  if (recommendation.recommendation.architecture === architecture) return recommendation.roleProfile.primaryRole;
  if (architecture === "rag") return "rag_engineer";
  if (architecture === "fine_tuning") return "deep_learning_engineer";
  if (architecture === "hybrid") return "rag_engineer";
  return "ai_product_engineer";
}

/**
 * The hiring plan for the recommended architecture (or, with `architecture`, for another one): phases with FTE,
 * each role's skills, seniority, hire-or-train and contract-or-permanent call, job description and scorecard,
 * plus the hiring mistakes these answers risk. Pure and deterministic.
 */
export function buildHiringPlan(traits: Traits, recommendation: Recommendation, architecture?: Architecture): HiringPlan {
  const arch = architecture ?? recommendation.recommendation.architecture;
  const primaryRole = primaryRoleFor(arch, recommendation);
  const useEngine = arch === recommendation.recommendation.architecture;
  const phasePlans = buildPhasePlans(traits, arch, recommendation);
  const staffing = planStaffing(traits, arch, recommendation);

  const needed = roles.filter((role) => phases.some((phase) => (staffing[phase][role] ?? 0) > 0));
  const ordered = [primaryRole, ...needed.filter((role) => role !== primaryRole)].filter((role) => needed.includes(role));
  const durations = phaseDurations(traits, arch);

  const rolePlans = ordered.map((role): RolePlan => {
    const entry = roleCatalog[role];
    const fteByPhase = { prototype: staffing.prototype[role] ?? 0, production: staffing.production[role] ?? 0, scale: staffing.scale[role] ?? 0 };
    const peakFte = Math.max(fteByPhase.prototype, fteByPhase.production, fteByPhase.scale);
    const isPrimary = role === primaryRole;
    const engineNeed = useEngine ? recommendation.roleProfile.roles.find((need) => need.role === role) : undefined;
    const own = seniorityFor(role, traits, arch, isPrimary, peakFte);
    const seniority = engineNeed ? maxSeniority(own, engineNeed.seniority) : own;
    const sourcing = decideSourcing(role, traits, staffing);
    const context = contextualSkills(role, traits, arch);
    const contractPhases = phases.filter((phase) => fteByPhase[phase] > 0 && phase !== "scale");
    const contractWeeks = contractPhases.reduce(
      (sum, phase) => ({ min: sum.min + durations[phase].minWeeks, max: sum.max + durations[phase].maxWeeks }),
      { min: 0, max: 0 },
    );
    return {
      role,
      title: entry.title,
      isPrimary,
      seniority,
      fteByPhase,
      peakFte,
      sourcing,
      why: roleWhy[role](arch),
      responsibilities: [...entry.responsibilities],
      mustHaveSkills: [...entry.mustHaveSkills, ...context.filter((c) => c.level === "must").map((c) => c.skill)],
      niceToHaveSkills: [...entry.niceToHaveSkills, ...context.filter((c) => c.level === "nice").map((c) => c.skill)],
      mustHaveTools: [...entry.mustHaveTools],
      niceToHaveTools: [...entry.niceToHaveTools],
      tools: toolNames([...entry.mustHaveTools, ...entry.niceToHaveTools]),
      jobDescription: buildJobDescription({
        role,
        seniority,
        engagement: sourcing.decision === "hire" ? sourcing.engagement : "full_time",
        architecture: arch,
        traits,
        peakFte,
        ...(sourcing.engagement === "contractor" && contractWeeks.max > 0 ? { contractWeeks } : {}),
      }),
      scorecard: buildScorecard(role, traits, arch),
    };
  });

  return {
    architecture: arch,
    primaryRole,
    phases: phasePlans,
    roles: rolePlans,
    warnings: hiringWarnings(traits, arch, useEngine ? recommendation.scores : undefined),
    notes: planNotes(traits, arch),
    summary: {
      toHire: rolePlans.filter((r) => r.sourcing.decision === "hire").length,
      toTrain: rolePlans.filter((r) => r.sourcing.decision === "train").length,
      contractors: rolePlans.filter((r) => r.sourcing.decision === "hire" && r.sourcing.engagement === "contractor").length,
      peakFte: Math.max(0, ...phasePlans.map((p) => p.totalFte)),
    },
  };
}
