import type { Traits } from "@/lib/decision/traits";
import type { Role } from "@/lib/decision/types";
import { roleCatalog } from "./role-catalog";
import { withArticle } from "./grammar";
import { workloadLabel } from "./labels";
import { isShortNeed } from "./sourcing";
import type { Phase, Sourcing, Staffing } from "./types";

/** A role of the plan as the capacity check sees it: its sourcing call and the most it needs in any phase. */
export interface SourcedRole {
  role: Role;
  peakFte: number;
  sourcing: Sourcing;
}

/** People a role takes: a part-time need still takes one person's attention. */
export const peopleFor = (peakFte: number): number => Math.ceil(peakFte);

function engineers(count: number): string {
  return count === 1 ? "1 engineer" : `${count} engineers`;
}

/**
 * Training needs people to train. When the project's engineer count is known, the roles to train are taken in plan
 * order (the lead role first), each while enough people are left for it; one that needs more is hired, or contracted
 * when its need after launch is short, and a smaller role after it may still be trained. Without a count, or with
 * nobody to train (decideSourcing handles a team of zero), the calls stand. Returns the calls in the same order.
 */
export function limitTrainingToTeam(roles: readonly SourcedRole[], traits: Traits, staffing: Record<Phase, Staffing>): Sourcing[] {
  const teamSize = traits.teamSize;
  if (teamSize === undefined || teamSize === 0) return roles.map((role) => role.sourcing);
  let available = teamSize;
  return roles.map(({ role, peakFte, sourcing }) => {
    if (sourcing.mode !== "train") return sourcing;
    const people = peopleFor(peakFte);
    if (people <= available) {
      available -= people;
      return sourcing;
    }
    const title = roleCatalog[role].title;
    const why =
      `The team has the skills for ${withArticle(title)}, but only ${engineers(teamSize)} can work on the project` +
      (available < teamSize ? " and the roles above already take them" : "") +
      ".";
    const short = isShortNeed(staffing, role);
    return short
      ? { ...sourcing, mode: "contract", decision: "hire", engagement: "contractor", reason: `${why} After launch it needs a quarter of a person or less, so contract it.` }
      : { ...sourcing, mode: "hire", decision: "hire", engagement: "full_time", reason: `${why} Hire for it (${workloadLabel(peakFte)}).` };
  });
}
