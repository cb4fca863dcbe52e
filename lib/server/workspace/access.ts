import "server-only";
import { can, isRole, type Action, type Actor, type Role } from "@/lib/workspace/policies";
import { parseInput, type ParseResult } from "@/lib/workspace/schemas";
import { database, type Database } from "../db";
import { forbidden, invalid, notFound, WorkspaceError } from "./errors";

export interface TeamSummary {
  id: string;
  name: string;
  slug: string;
  personal: boolean;
}

export interface TeamAccess {
  db: Database;
  team: TeamSummary;
  role: Role;
  /** The actor, known to be signed in. */
  actor: Actor;
}

/**
 * The team and the actor's role in it, after asking the policy for `action`. A team the actor is not in is
 * not_found, exactly like one that does not exist; a member without the right is forbidden.
 */
export async function authorizeTeam(actor: Actor | null, action: Action, where: { teamId: string } | { slug: string }): Promise<TeamAccess> {
  if (!actor) throw new WorkspaceError("unauthenticated", "Sign in first.");
  const db = await database();
  const team = await db.team.findUnique({
    where: "teamId" in where ? { id: where.teamId } : { slug: where.slug },
    select: { id: true, name: true, slug: true, personal: true, members: { where: { userId: actor.userId }, select: { role: true } } },
  });
  const role = team?.members[0]?.role;
  if (!team || !isRole(role)) throw notFound();
  if (!can(actor, action, { personal: team.personal, role })) throw forbidden();
  return { db, team: { id: team.id, name: team.name, slug: team.slug, personal: team.personal }, role, actor };
}

/** Parses input with a workspace schema or throws `invalid` with the field issues. */
export function parsed<T>(result: ParseResult<T>): T {
  if (!result.ok) throw invalid(result.issues);
  return result.value;
}

export { parseInput };
