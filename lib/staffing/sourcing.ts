import type { Traits } from "@/lib/decision/traits";
import type { Role } from "@/lib/decision/types";
import { roleCatalog } from "./role-catalog";
import { withArticle } from "./grammar";
import { workloadLabel } from "./labels";
import { phases, type Phase, type Sourcing, type Staffing } from "./types";

const skillNames: Record<Traits["teamSkills"][number], string> = {
  prompt_engineering: "prompt engineering",
  retrieval: "retrieval",
  vector_databases: "vector databases",
  model_training: "model training",
  mlops: "MLOps",
  data_engineering: "data engineering",
  evaluation: "evaluation",
};

function list(skills: readonly Traits["teamSkills"][number][]): string {
  const names = skills.map((skill) => skillNames[skill]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/** After launch, a role needing at most this share of a person is a short or occasional need. */
export const shortNeedFte = 0.25;

/**
 * Whether the need is short enough for a contractor: after launch the role needs at most a quarter of a person
 * (nothing, or an occasional re-run). A one-off fine-tuning run on static knowledge is the typical case.
 */
export function isShortNeed(staffingByPhase: Record<Phase, Staffing>, role: Role): boolean {
  return peakFte(staffingByPhase, role) > 0 && (staffingByPhase.scale[role] ?? 0) <= shortNeedFte;
}

function peakFte(staffingByPhase: Record<Phase, Staffing>, role: Role): number {
  return Math.max(...phases.map((phase) => staffingByPhase[phase][role] ?? 0));
}

/**
 * Hire or train, full-time or contractor, for one role. Existing people can take the role when the team already
 * has every skill it rests on; with part of them, only when there are months to learn before the first release.
 */
export function decideSourcing(role: Role, traits: Traits, staffingByPhase: Record<Phase, Staffing>): Sourcing {
  const needed = roleCatalog[role].coveredBy;
  const coveredSkills = needed.filter((skill) => traits.teamSkills.includes(skill));
  const missingSkills = needed.filter((skill) => !traits.teamSkills.includes(skill));
  const title = roleCatalog[role].title;
  const short = isShortNeed(staffingByPhase, role);
  // No engineers on the project (an optional answer): there is nobody to train, whatever skills were listed.
  const nobodyToTrain = traits.teamSize === 0;

  if (nobodyToTrain) {
    const why = `There are no engineers on the project yet, so nobody can be trained into the role of ${withArticle(title)}.`;
    return short
      ? { mode: "contract", decision: "hire", engagement: "contractor", coveredSkills, missingSkills, reason: `${why} After launch it needs a quarter of a person or less, so contract it.` }
      : { mode: "hire", decision: "hire", engagement: "full_time", coveredSkills, missingSkills, reason: `${why} It is needed after launch too, so hire (${workloadLabel(peakFte(staffingByPhase, role))}).` };
  }
  if (missingSkills.length === 0) {
    return {
      mode: "train",
      decision: "train",
      engagement: "full_time",
      coveredSkills,
      missingSkills,
      reason: `The team already has ${list(coveredSkills)}: deepen it on this project's specifics instead of hiring ${withArticle(title)}.`,
    };
  }
  if (coveredSkills.length > 0 && traits.timeToShip === "months") {
    return {
      mode: "train",
      decision: "train",
      engagement: "full_time",
      coveredSkills,
      missingSkills,
      reason: `The team has ${list(coveredSkills)} but not ${list(missingSkills)}; with months before the first release, training the people you have is realistic.`,
    };
  }
  const gap =
    coveredSkills.length > 0
      ? `The team has ${list(coveredSkills)} but not ${list(missingSkills)}, and the deadline leaves no time to learn it.`
      : `Nobody on the team has ${list(missingSkills)} yet.`;
  if (short) {
    return {
      mode: "contract",
      decision: "hire",
      engagement: "contractor",
      coveredSkills,
      missingSkills,
      reason: `${gap} After launch the role needs a quarter of a person or less, so contract it rather than hire.`,
    };
  }
  return {
    mode: "hire",
    decision: "hire",
    engagement: "full_time",
    coveredSkills,
    missingSkills,
    reason: `${gap} The role is needed after launch too, so hire a permanent employee (${workloadLabel(peakFte(staffingByPhase, role))}).`,
  };
}
