import type { Traits } from "@/lib/decision/traits";
import { roles, type Role } from "@/lib/decision/types";
import { assembleStaffingModel, type StaffingModel } from "./model";
import { staffingByPhase } from "./phase-staffing";
import { roleCatalog } from "./role-catalog";
import { phases, type Phase } from "./types";

/** One role in one phase whose FTE the team answers moved. */
export interface TeamStaffingChange {
  role: Role;
  phase: Phase;
  /** FTE the plan would have without the team answers. */
  withoutTeamAnswers: number;
  /** FTE in this plan. */
  withTeamAnswers: number;
}

/** How the optional team answers (size, general engineering strength) changed this plan, in words and figures. */
export interface TeamEffect {
  /** One or two sentences for the hiring page. */
  summary: string;
  changes: TeamStaffingChange[];
  /** Roles the team has the skills for but not the people: trained without the count, hired or contracted with it. */
  hiredForLackOfPeople: Role[];
  /** True when nobody can be trained because the project has no engineers yet (every role is hired or contracted). */
  nobodyToTrain: boolean;
}

const phaseNames: Record<Phase, string> = { prototype: "prototype", production: "production", scale: "scale" };

function withoutTeamAnswers(traits: Traits): Traits {
  const rest: Traits = { ...traits };
  delete rest.teamSize;
  delete rest.engineeringStrength;
  return rest;
}

function signedFte(delta: number): string {
  const size = Math.abs(delta);
  const amount = Number.isInteger(size) ? String(size) : size.toFixed(2).replace(/0$/, "");
  return `${delta > 0 ? "+" : "−"}${amount} FTE`;
}

/** "AI product engineer −0.5 FTE in prototype, production and scale". */
function describeRole(role: Role, changes: readonly TeamStaffingChange[]): string {
  const byDelta = new Map<number, Phase[]>();
  for (const change of changes) {
    const delta = change.withTeamAnswers - change.withoutTeamAnswers;
    byDelta.set(delta, [...(byDelta.get(delta) ?? []), change.phase]);
  }
  const parts = [...byDelta].map(([delta, inPhases]) => `${signedFte(delta)} in ${listOf(inPhases.map((phase) => phaseNames[phase]))}`);
  return `${roleCatalog[role].title} ${parts.join(", ")}`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function strengthClause(traits: Traits): string {
  switch (traits.engineeringStrength) {
    case "strong":
      return "Your engineers are strong at everyday software engineering, so they take on the application and platform work themselves";
    case "limited":
      return "Your team's everyday software engineering is limited, so the plan adds outside help to make the system production-ready";
    default:
      return "Your team answers changed the plan";
  }
}

/**
 * What the optional team answers did to this plan (the staffing model built with them): the FTE they moved and the
 * roles they turned from "train" into a hire, compared with the same plan without them, and whether every role must
 * be hired because there is nobody to train. Null when they changed nothing, including when they were not given.
 */
export function teamEffect(traits: Traits, model: StaffingModel): TeamEffect | null {
  if (traits.teamSize === undefined && traits.engineeringStrength === undefined) return null;
  const plain = withoutTeamAnswers(traits);
  const baseline = assembleStaffingModel(plain, model.architecture, model.primaryRole, staffingByPhase(plain, model.architecture));
  const changes: TeamStaffingChange[] = [];
  for (const role of roles) {
    for (const phase of phases) {
      const before = baseline.staffing[phase][role] ?? 0;
      const after = model.staffing[phase][role] ?? 0;
      if (before !== after) changes.push({ role, phase, withoutTeamAnswers: before, withTeamAnswers: after });
    }
  }
  const nobodyToTrain = traits.teamSize === 0;
  const trainedBefore = new Set(baseline.roles.filter((entry) => entry.sourcing.mode === "train").map((entry) => entry.role));
  const hiredForLackOfPeople = nobodyToTrain
    ? []
    : model.roles.filter((entry) => trainedBefore.has(entry.role) && entry.sourcing.mode !== "train").map((entry) => entry.role);
  if (changes.length === 0 && hiredForLackOfPeople.length === 0 && !nobodyToTrain) return null;

  const sentences: string[] = [];
  if (changes.length > 0) {
    const changedRoles = roles.filter((role) => changes.some((change) => change.role === role));
    const described = changedRoles.map((role) => describeRole(role, changes.filter((change) => change.role === role)));
    sentences.push(`${strengthClause(traits)}: ${described.join("; ")}.`);
  }
  if (hiredForLackOfPeople.length > 0) {
    const titles = listOf(hiredForLackOfPeople.map((role) => roleCatalog[role].title));
    sentences.push(
      `The team has the skills for ${titles}, but not enough engineers to train for ${hiredForLackOfPeople.length === 1 ? "it" : "them"} as well, so ${hiredForLackOfPeople.length === 1 ? "it is" : "they are"} hired instead.`,
    );
  }
  if (nobodyToTrain) {
    sentences.push(
      "There are no engineers on the project yet, so every role is hired or contracted rather than trained, and general engineering strength does not change the headcount.",
    );
  }
  return { summary: sentences.join(" "), changes, hiredForLackOfPeople, nobodyToTrain };
}
