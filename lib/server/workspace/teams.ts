import "server-only";
import { randomBytes } from "node:crypto";
import { isRole, type Actor, type Role } from "@/lib/workspace/policies";
import { memberRoleInput, parseInput, teamNameInput } from "@/lib/workspace/schemas";
import { database, lockRow } from "../db";
import { recordEvent } from "./activity";
import { authorizeTeam, parsed, type TeamSummary } from "./access";
import { conflict, notFound, WorkspaceError } from "./errors";

export interface TeamWithRole extends TeamSummary {
  role: Role;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new WorkspaceError("unauthenticated", "Sign in first.");
  return actor;
}

/** URL-safe, readable, unique: "platform-team-x3k9q". */
function slugFor(name: string): string {
  const base = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "team";
  return `${base}-${randomBytes(4).toString("hex").slice(0, 6)}`;
}

/** The actor's teams, personal space first, then by name. */
export async function listTeams(actor: Actor | null): Promise<TeamWithRole[]> {
  const { userId } = requireActor(actor);
  const db = await database();
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, team: { select: { id: true, name: true, slug: true, personal: true } } },
  });
  return memberships
    .flatMap((m) => (isRole(m.role) ? [{ ...m.team, role: m.role }] : []))
    .sort((a, b) => Number(b.personal) - Number(a.personal) || a.name.localeCompare(b.name));
}

export async function createTeam(actor: Actor | null, input: unknown): Promise<TeamWithRole> {
  const { userId } = requireActor(actor);
  const { name } = parsed(parseInput(teamNameInput, input));
  const db = await database();
  const team = await db.team.create({ data: { name, slug: slugFor(name), members: { create: { userId, role: "owner" } } } });
  return { id: team.id, name: team.name, slug: team.slug, personal: false, role: "owner" };
}

/** The team a page shows, by slug, for a member (not_found otherwise). */
export async function getTeam(actor: Actor | null, slug: string): Promise<TeamWithRole> {
  const { team, role } = await authorizeTeam(actor, "team:read", { slug });
  return { ...team, role };
}

export async function renameTeam(actor: Actor | null, teamId: string, input: unknown): Promise<TeamSummary> {
  const { db, team } = await authorizeTeam(actor, "team:rename", { teamId });
  const { name } = parsed(parseInput(teamNameInput, input));
  await db.team.update({ where: { id: team.id }, data: { name } });
  return { ...team, name };
}

export async function listMembers(actor: Actor | null, teamId: string): Promise<Member[]> {
  const { db } = await authorizeTeam(actor, "member:list", { teamId });
  const rows = await db.membership.findMany({
    where: { teamId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.flatMap((row) => (isRole(row.role) ? [{ userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role }] : []));
}

/**
 * Sets a member's role. The team never loses its last owner: inside one transaction the change is made and
 * then the owners are counted; none left rolls it back.
 */
export async function changeRole(actor: Actor | null, teamId: string, userId: string, input: unknown): Promise<void> {
  const { db, actor: owner } = await authorizeTeam(actor, "member:change-role", { teamId });
  const { role } = parsed(parseInput(memberRoleInput, input));
  await db.$transaction(async (tx) => {
    await lockRow(tx, "team", teamId);
    const updated = await tx.membership.updateMany({ where: { teamId, userId }, data: { role } });
    if (updated.count === 0) throw notFound("No such member.");
    if ((await tx.membership.count({ where: { teamId, role: "owner" } })) === 0) throw conflict("A team needs an owner: make someone else owner first.");
    const member = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
    await recordEvent(tx, { teamId, actor: { userId: owner.userId, name: owner.name }, action: "member.role-changed", summary: `made ${member?.name ?? "a member"} ${role}`, detail: { userId, role } });
  });
}

async function removeMembership(teamId: string, userId: string, by: Actor): Promise<void> {
  const db = await database();
  await db.$transaction(async (tx) => {
    await lockRow(tx, "team", teamId);
    const removed = await tx.membership.deleteMany({ where: { teamId, userId } });
    if (removed.count === 0) throw notFound("No such member.");
    if ((await tx.membership.count({ where: { teamId, role: "owner" } })) === 0) throw conflict("A team needs an owner: make someone else owner first.");
    const member = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
    const summary = userId === by.userId ? "left the team" : `removed ${member?.name ?? "a member"} from the team`;
    await recordEvent(tx, { teamId, actor: { userId: by.userId, name: by.name }, action: "member.removed", summary, detail: { userId } });
  });
}

export async function removeMember(actor: Actor | null, teamId: string, userId: string): Promise<void> {
  const { actor: owner } = await authorizeTeam(actor, "member:remove", { teamId });
  await removeMembership(teamId, userId, owner);
}

export async function leaveTeam(actor: Actor | null, teamId: string): Promise<void> {
  const { userId } = requireActor(actor);
  const { actor: member } = await authorizeTeam(actor, "team:leave", { teamId });
  await removeMembership(teamId, userId, member);
}

/** Makes another member owner and the actor an editor, in one transaction. */
export async function transferOwnership(actor: Actor | null, teamId: string, toUserId: string): Promise<void> {
  const { userId } = requireActor(actor);
  const { db, actor: owner } = await authorizeTeam(actor, "team:transfer-ownership", { teamId });
  if (toUserId === userId) throw conflict("You already own this team.");
  await db.$transaction(async (tx) => {
    await lockRow(tx, "team", teamId);
    const promoted = await tx.membership.updateMany({ where: { teamId, userId: toUserId }, data: { role: "owner" } });
    if (promoted.count === 0) throw notFound("No such member.");
    await tx.membership.updateMany({ where: { teamId, userId }, data: { role: "editor" } });
    const member = await tx.user.findUnique({ where: { id: toUserId }, select: { name: true } });
    await recordEvent(tx, { teamId, actor: { userId: owner.userId, name: owner.name }, action: "member.role-changed", summary: `handed ownership to ${member?.name ?? "a member"} and became an editor`, detail: { userId: toUserId, role: "owner" } });
  });
}
