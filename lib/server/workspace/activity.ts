import "server-only";
import type { ActivityAction, NotificationKind } from "@/lib/workspace/activity";
import type { Actor } from "@/lib/workspace/policies";
import { database, type Prisma } from "../db";
import { authorizeTeam } from "./access";
import { notFound } from "./errors";

/** A database handle inside or outside a transaction. */
type Writer = Pick<Prisma.TransactionClient, "auditEvent" | "notification">;

export interface EventInput {
  teamId: string;
  /** Who did it: a member, or a visitor's display name (null id). */
  actor: { userId: string | null; name: string };
  action: ActivityAction;
  assessmentId?: string | null;
  summary: string;
  detail?: Record<string, unknown>;
}

/**
 * Appends one event to the team's audit log. Call it in the same transaction as the change it describes, so the log
 * has an entry exactly when the change happened. Never updated, never deleted (only with the team).
 */
export async function recordEvent(db: Writer, event: EventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      teamId: event.teamId,
      actorId: event.actor.userId,
      actorName: event.actor.name,
      action: event.action,
      assessmentId: event.assessmentId ?? null,
      summary: event.summary,
      detail: JSON.stringify(event.detail ?? {}),
    },
  });
}

export interface NotifyInput {
  teamId: string;
  /** The people to tell; the actor is left out (no one is notified of their own action). */
  userIds: readonly string[];
  actor: { userId: string | null; name: string };
  kind: NotificationKind;
  assessmentId?: string | null;
  message: string;
  href: string;
}

export async function notify(db: Writer, input: NotifyInput): Promise<void> {
  const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actor.userId);
  if (recipients.length === 0) return;
  await db.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      teamId: input.teamId,
      kind: input.kind,
      assessmentId: input.assessmentId ?? null,
      actorName: input.actor.name,
      message: input.message,
      href: input.href,
    })),
  });
}

export interface ActivityEntry {
  id: string;
  actorName: string;
  action: ActivityAction;
  assessmentId: string | null;
  summary: string;
  detail: Record<string, unknown>;
  createdAt: Date;
}

function toEntry(row: { id: string; actorName: string; action: string; assessmentId: string | null; summary: string; detail: string; createdAt: Date }): ActivityEntry {
  let detail: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(row.detail);
    if (value && typeof value === "object" && !Array.isArray(value)) detail = value as Record<string, unknown>;
  } catch {
    detail = {};
  }
  return { id: row.id, actorName: row.actorName, action: row.action as ActivityAction, assessmentId: row.assessmentId, summary: row.summary, detail, createdAt: row.createdAt };
}

const pageSize = 50;

/** The team's activity, newest first, a page at a time (cursor: the last entry's id). */
export async function listActivity(actor: Actor | null, teamId: string, options: { cursor?: string; assessmentId?: string } = {}): Promise<{ entries: ActivityEntry[]; nextCursor: string | null }> {
  const { db, team } = await authorizeTeam(actor, "activity:read", { teamId });
  const cursor = typeof options.cursor === "string" && options.cursor.length <= 64 ? options.cursor : undefined;
  const rows = await db.auditEvent.findMany({
    where: { teamId: team.id, ...(options.assessmentId ? { assessmentId: options.assessmentId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const entries = rows.slice(0, pageSize).map(toEntry);
  return { entries, nextCursor: rows.length > pageSize ? (entries.at(-1)?.id ?? null) : null };
}

export interface NotificationEntry {
  id: string;
  kind: NotificationKind;
  actorName: string;
  message: string;
  href: string;
  readAt: Date | null;
  createdAt: Date;
}

/** The signed-in person's notifications, newest first, with the unread count. */
export async function listNotifications(actor: Actor | null, options: { unreadOnly?: boolean } = {}): Promise<{ items: NotificationEntry[]; unread: number }> {
  if (!actor) return { items: [], unread: 0 };
  const db = await database();
  const [rows, unread] = await Promise.all([
    db.notification.findMany({ where: { userId: actor.userId, ...(options.unreadOnly ? { readAt: null } : {}) }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 100 }),
    db.notification.count({ where: { userId: actor.userId, readAt: null } }),
  ]);
  return { items: rows.map((row) => ({ id: row.id, kind: row.kind as NotificationKind, actorName: row.actorName, message: row.message, href: row.href, readAt: row.readAt, createdAt: row.createdAt })), unread };
}

export async function unreadNotificationCount(actor: Actor | null): Promise<number> {
  if (!actor) return 0;
  const db = await database();
  return db.notification.count({ where: { userId: actor.userId, readAt: null } });
}

/** Marks one notification (or, with no id, all of them) as read. Someone else's notification is not_found. */
export async function markNotificationsRead(actor: Actor | null, id?: string): Promise<void> {
  if (!actor) throw notFound();
  const db = await database();
  const changed = await db.notification.updateMany({ where: { userId: actor.userId, readAt: null, ...(id ? { id } : {}) }, data: { readAt: new Date() } });
  if (id && changed.count === 0) {
    const mine = await db.notification.findFirst({ where: { id, userId: actor.userId }, select: { id: true } });
    if (!mine) throw notFound("No such notification.");
  }
}
