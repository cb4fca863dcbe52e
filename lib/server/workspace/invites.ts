import "server-only";
import { recordEvent } from "./activity";
import type { Actor, Role } from "@/lib/workspace/policies";
import { inviteInput, parseInput } from "@/lib/workspace/schemas";
import { database } from "../db";
import { hashToken, isWellFormedToken, newToken } from "../tokens";
import { authorizeTeam, parsed } from "./access";
import { notFound, WorkspaceError } from "./errors";

const day = 24 * 60 * 60 * 1000;

export interface InviteSummary {
  id: string;
  role: Role;
  maxUses: number;
  uses: number;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
  state: "active" | "revoked" | "expired" | "used up";
}

function inviteState(row: { revokedAt: Date | null; expiresAt: Date; uses: number; maxUses: number }, now = Date.now()): InviteSummary["state"] {
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now) return "expired";
  return row.uses >= row.maxUses ? "used up" : "active";
}

/** A join link for the team: a role, a number of uses, an expiry. The token is returned once. */
export async function createInvite(actor: Actor | null, teamId: string, input: unknown): Promise<{ token: string; invite: InviteSummary }> {
  const { db, team, actor: creator } = await authorizeTeam(actor, "invite:manage", { teamId });
  const { role, maxUses, expiresInDays } = parsed(parseInput(inviteInput, input));
  const { token, hash } = newToken();
  const invite = await db.teamInvite.create({
    data: { teamId: team.id, tokenHash: hash, role, maxUses, expiresAt: new Date(Date.now() + expiresInDays * day), createdById: creator.userId },
  });
  return { token, invite: { ...invite, role, state: inviteState(invite) } };
}

export async function listInvites(actor: Actor | null, teamId: string): Promise<InviteSummary[]> {
  const { db } = await authorizeTeam(actor, "invite:manage", { teamId });
  const rows = await db.teamInvite.findMany({ where: { teamId }, orderBy: { createdAt: "desc" }, take: 50 });
  return rows.map((row) => ({ ...row, role: row.role === "editor" ? "editor" : "viewer", state: inviteState(row) }));
}

export async function revokeInvite(actor: Actor | null, teamId: string, inviteId: string): Promise<void> {
  const { db } = await authorizeTeam(actor, "invite:manage", { teamId });
  const updated = await db.teamInvite.updateMany({ where: { id: inviteId, teamId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (updated.count === 0) throw notFound("No such invitation.");
}

/** What a join page shows before the person accepts; null when the link cannot be used (whatever the reason). */
export async function previewInvite(token: string): Promise<{ teamName: string; role: Role } | null> {
  if (!isWellFormedToken(token)) return null;
  const db = await database();
  const invite = await db.teamInvite.findUnique({ where: { tokenHash: hashToken(token) }, include: { team: { select: { name: true } } } });
  if (!invite || invite.revokedAt || invite.expiresAt <= new Date() || invite.uses >= invite.maxUses) return null;
  return { teamName: invite.team.name, role: invite.role === "editor" ? "editor" : "viewer" };
}

/**
 * Joins the team through a link. One use is taken with a conditional update (uses < maxUses, not expired,
 * not revoked), so a link for one person admits one person however many click at once. Already a member:
 * nothing changes and no use is taken.
 */
export async function acceptInvite(actor: Actor | null, token: string): Promise<{ teamSlug: string }> {
  if (!actor) throw new WorkspaceError("unauthenticated", "Sign in first.");
  if (!isWellFormedToken(token)) throw notFound();
  const db = await database();
  const hash = hashToken(token);
  return db.$transaction(async (tx) => {
    const invite = await tx.teamInvite.findUnique({ where: { tokenHash: hash }, include: { team: { select: { slug: true } } } });
    if (!invite) throw notFound();
    const existing = await tx.membership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId: actor.userId } } });
    if (existing) return { teamSlug: invite.team.slug };
    const now = new Date();
    const taken = await tx.teamInvite.updateMany({
      where: { id: invite.id, revokedAt: null, expiresAt: { gt: now }, uses: { lt: invite.maxUses } },
      data: { uses: { increment: 1 } },
    });
    if (taken.count === 0) throw notFound();
    const role = invite.role === "editor" ? "editor" : "viewer";
    await tx.membership.create({ data: { teamId: invite.teamId, userId: actor.userId, role } });
    await recordEvent(tx, { teamId: invite.teamId, actor: { userId: actor.userId, name: actor.name }, action: "member.joined", summary: `joined the team as ${role}`, detail: { role } });
    return { teamSlug: invite.team.slug };
  });
}
