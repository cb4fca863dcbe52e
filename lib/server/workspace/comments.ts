import "server-only";
import { questionsByKey } from "@/lib/decision/trait-catalog";
import { isTraitKey } from "@/lib/decision/trait-keys";
import type { TraitKey } from "@/lib/decision/traits";
import { paths } from "@/lib/paths";
import { handleOf, mentionKey, mentionMatches, mentionsIn } from "@/lib/workspace/markdown-lite";
import { can, type Actor } from "@/lib/workspace/policies";
import { commentEditInput, commentInput, guestCommentInput, parseInput } from "@/lib/workspace/schemas";
import { database, type Prisma } from "../db";
import { createRateLimiter } from "../rate-limit";
import { hashToken, isWellFormedToken } from "../tokens";
import { parsed, type TeamAccess } from "./access";
import type { AssessmentSummary } from "./assessment-records";
import { notify, recordEvent } from "./activity";
import { authorizeAssessment } from "./assessments";
import { conflict, forbidden, invalid, notFound } from "./errors";

// Comments on an assessment or on one of its answers, threaded; members write, edit and delete their own (an edit
// keeps the earlier body, a delete blanks the comment and keeps its replies); owners may delete anyone's. Visitors of
// a share link that may comment post under a display name, rate-limited. Every write is logged in the same transaction.

export interface CommentView {
  id: string;
  /** The answer it is about; null for the assessment as a whole. */
  traitKey: TraitKey | null;
  parentId: string | null;
  authorName: string;
  /** Written through a share link by a visitor without an account. */
  guest: boolean;
  /** "" once deleted. */
  body: string;
  deleted: boolean;
  createdAt: Date;
  editedAt: Date | null;
  /** The earlier bodies, oldest first. */
  edits: { body: string; createdAt: Date }[];
  /** Keys of the mentions in the body that name a member of the team (these are highlighted). */
  mentions: string[];
  canEdit: boolean;
  canDelete: boolean;
}

/** What a share-link visitor sees of a comment: no history, no member details, nothing they can change. */
export type GuestCommentView = Pick<CommentView, "id" | "parentId" | "authorName" | "guest" | "body" | "deleted" | "createdAt" | "editedAt">;

export interface Mentionable {
  name: string;
  handle: string;
}

type Row = Prisma.CommentGetPayload<{ include: { edits: true } }>;
interface Member {
  userId: string;
  name: string;
  email: string;
}

const maxComments = 1000;
const guestName = (name: string) => `${name} (guest)`;

async function teamMembers(db: TeamAccess["db"] | Prisma.TransactionClient, teamId: string): Promise<Member[]> {
  const rows = await db.membership.findMany({ where: { teamId }, select: { user: { select: { id: true, name: true, email: true } } } });
  return rows.map(({ user }) => ({ userId: user.id, name: user.name, email: user.email }));
}

/** The members a comment's mentions name (only members of the team: anyone else is just text). */
function mentioned(body: string, members: readonly Member[]): { keys: string[]; userIds: string[] } {
  const keys: string[] = [];
  const userIds = new Set<string>();
  for (const mention of mentionsIn(body)) {
    const hits = members.filter((member) => mentionMatches(mention, member));
    if (hits.length > 0) keys.push(mentionKey(mention));
    for (const hit of hits) userIds.add(hit.userId);
  }
  return { keys, userIds: [...userIds] };
}

function toView(row: Row, members: readonly Member[], access: { actor: Actor; moderator: boolean }): CommentView {
  const deleted = row.deletedAt !== null;
  const mine = row.authorId === access.actor.userId;
  return {
    id: row.id,
    traitKey: row.traitKey && isTraitKey(row.traitKey) ? row.traitKey : null,
    parentId: row.parentId,
    authorName: row.authorName,
    guest: row.shareLinkId !== null,
    body: deleted ? "" : row.body,
    deleted,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    edits: deleted ? [] : row.edits.map((edit) => ({ body: edit.body, createdAt: edit.createdAt })),
    mentions: deleted || row.shareLinkId ? [] : mentioned(row.body, members).keys,
    canEdit: mine && !deleted,
    canDelete: !deleted && (mine || access.moderator),
  };
}

const withEdits = { edits: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } satisfies Prisma.CommentInclude;

/** The assessment's comments, oldest first (threads are assembled by the view), optionally only those on one answer. */
export async function listComments(actor: Actor | null, assessmentId: string, filter: { traitKey?: unknown } = {}): Promise<CommentView[]> {
  const { db, team, role, actor: reader } = await authorizeAssessment(actor, "assessment:read", assessmentId);
  let traitKey: string | undefined;
  if (filter.traitKey !== undefined) {
    if (typeof filter.traitKey !== "string" || !isTraitKey(filter.traitKey)) throw invalid([{ path: "traitKey", message: "Choose one of the assessment's answers." }]);
    traitKey = filter.traitKey;
  }
  const [rows, members] = await Promise.all([
    db.comment.findMany({ where: { assessmentId, ...(traitKey ? { traitKey } : {}) }, include: withEdits, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: maxComments }),
    teamMembers(db, team.id),
  ]);
  const moderator = can(reader, "comment:moderate", { personal: team.personal, role });
  return rows.map((row) => toView(row, members, { actor: reader, moderator }));
}

/** The team's members as the comment form offers them for @mentions. */
export async function listMentionable(actor: Actor | null, assessmentId: string): Promise<Mentionable[]> {
  const { db, team } = await authorizeAssessment(actor, "comment:write", assessmentId);
  const members = await teamMembers(db, team.id);
  return members.map((member) => ({ name: member.name, handle: handleOf(member.email) })).sort((a, b) => a.name.localeCompare(b.name));
}

function where(assessment: AssessmentSummary, traitKey: string | null): string {
  const question = traitKey && isTraitKey(traitKey) ? questionsByKey[traitKey] : undefined;
  return question ? `the answer "${question.short}" of "${assessment.title}"` : `"${assessment.title}"`;
}

async function findComment(db: TeamAccess["db"], assessmentId: string, commentId: string): Promise<Row> {
  const row = typeof commentId === "string" && commentId.length <= 64 ? await db.comment.findFirst({ where: { id: commentId, assessmentId }, include: withEdits }) : null;
  if (!row) throw notFound("No such comment.");
  return row;
}

/** The answer a new comment is about: its parent's, for a reply (which must be live and of this assessment). */
async function placement(db: TeamAccess["db"], assessmentId: string, input: { traitKey?: string; parentId?: string }): Promise<{ traitKey: string | null; parentId: string | null }> {
  if (!input.parentId) return { traitKey: input.traitKey ?? null, parentId: null };
  const parent = await db.comment.findFirst({ where: { id: input.parentId, assessmentId }, select: { id: true, traitKey: true, deletedAt: true } });
  if (!parent) throw invalid([{ path: "parentId", message: "The comment you reply to is not on this assessment." }]);
  if (parent.deletedAt) throw conflict("That comment was deleted; reply to its thread instead.");
  if (input.traitKey !== undefined && input.traitKey !== parent.traitKey) {
    throw invalid([{ path: "traitKey", message: "A reply is about the same answer as the comment it replies to." }]);
  }
  return { traitKey: parent.traitKey, parentId: parent.id };
}

function commentHref(team: TeamAccess["team"], assessmentId: string, commentId: string): string {
  return `${paths.assessment(team.slug, assessmentId)}#comment-${commentId}`;
}

/** A member's comment (or reply). Members it mentions are notified. */
export async function addComment(actor: Actor | null, assessmentId: string, input: unknown): Promise<CommentView> {
  const { db, team, role, assessment, actor: author } = await authorizeAssessment(actor, "comment:write", assessmentId);
  const value = parsed(parseInput(commentInput, input));
  const place = await placement(db, assessmentId, value);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({ data: { assessmentId, ...place, authorId: author.userId, authorName: author.name, body: value.body }, include: withEdits });
    const who = { userId: author.userId, name: author.name };
    await recordEvent(tx, {
      teamId: team.id,
      actor: who,
      action: "comment.added",
      assessmentId,
      summary: `${author.name} ${place.parentId ? "replied" : "commented"} on ${where(assessment, place.traitKey)}`,
      detail: { commentId: created.id, traitKey: place.traitKey, parentId: place.parentId },
    });
    const { userIds } = mentioned(value.body, await teamMembers(tx, team.id));
    await notify(tx, { teamId: team.id, userIds, actor: who, kind: "mention", assessmentId, message: `${author.name} mentioned you in a comment on "${assessment.title}".`, href: commentHref(team, assessmentId, created.id) });
    return created;
  });
  return toView(row, await teamMembers(db, team.id), { actor: author, moderator: can(author, "comment:moderate", { personal: team.personal, role }) });
}

/** Changes your own comment; the body it had is kept as an earlier version. Members newly mentioned are notified. */
export async function editComment(actor: Actor | null, assessmentId: string, commentId: string, input: unknown): Promise<CommentView> {
  const { db, team, role, assessment, actor: editor } = await authorizeAssessment(actor, "comment:write", assessmentId);
  const row = await findComment(db, assessmentId, commentId);
  if (row.authorId !== editor.userId) throw forbidden("You can only edit your own comments.");
  if (row.deletedAt) throw conflict("This comment was deleted; it cannot be edited.");
  const { body } = parsed(parseInput(commentEditInput, input));
  const moderator = can(editor, "comment:moderate", { personal: team.personal, role });
  if (body === row.body) return toView(row, await teamMembers(db, team.id), { actor: editor, moderator });
  const updated = await db.$transaction(async (tx) => {
    // Only from the body read: of two edits made at once, the second is a conflict, and no version is lost.
    const claimed = await tx.comment.updateMany({ where: { id: row.id, body: row.body, deletedAt: null }, data: { body, editedAt: new Date() } });
    if (claimed.count === 0) throw conflict("This comment changed since you opened it. Reload, then edit again.");
    await tx.commentEdit.create({ data: { commentId: row.id, body: row.body } });
    const who = { userId: editor.userId, name: editor.name };
    await recordEvent(tx, { teamId: team.id, actor: who, action: "comment.edited", assessmentId, summary: `${editor.name} edited a comment on ${where(assessment, row.traitKey)}`, detail: { commentId: row.id } });
    const members = await teamMembers(tx, team.id);
    const before = new Set(mentioned(row.body, members).userIds);
    const added = mentioned(body, members).userIds.filter((id) => !before.has(id));
    await notify(tx, { teamId: team.id, userIds: added, actor: who, kind: "mention", assessmentId, message: `${editor.name} mentioned you in a comment on "${assessment.title}".`, href: commentHref(team, assessmentId, row.id) });
    return tx.comment.findUniqueOrThrow({ where: { id: row.id }, include: withEdits });
  });
  return toView(updated, await teamMembers(db, team.id), { actor: editor, moderator });
}

/**
 * Deletes a comment: yours, or anyone's for an owner. The text and its earlier versions are removed; the comment
 * stays as "deleted" so its replies keep their place. Deleting a deleted comment changes nothing.
 */
export async function deleteComment(actor: Actor | null, assessmentId: string, commentId: string): Promise<void> {
  const { db, team, role, assessment, actor: remover } = await authorizeAssessment(actor, "comment:write", assessmentId);
  const row = await findComment(db, assessmentId, commentId);
  const mine = row.authorId === remover.userId;
  if (!mine && !can(remover, "comment:moderate", { personal: team.personal, role })) throw forbidden("You can only delete your own comments.");
  await db.$transaction(async (tx) => {
    const removed = await tx.comment.updateMany({ where: { id: row.id, deletedAt: null }, data: { deletedAt: new Date(), body: "" } });
    if (removed.count === 0) return;
    await tx.commentEdit.deleteMany({ where: { commentId: row.id } });
    await recordEvent(tx, {
      teamId: team.id,
      actor: { userId: remover.userId, name: remover.name },
      action: "comment.deleted",
      assessmentId,
      summary: mine ? `${remover.name} deleted a comment on ${where(assessment, row.traitKey)}` : `${remover.name} removed a comment by ${row.authorName} on ${where(assessment, row.traitKey)}`,
      detail: { commentId: row.id, authorName: row.authorName, moderated: !mine },
    });
  });
}

// ---- Visitors of a share link that may comment ----

/** Five comments per link and visitor address every ten minutes. */
export const guestCommentLimiter = createRateLimiter({ name: "guest-comments", limit: 5, windowMs: 10 * 60_000 });

/** The link behind a token, when it is live and may comment; anything else is the same plain not_found. */
async function commentingLink(token: string) {
  if (typeof token !== "string" || !isWellFormedToken(token)) throw notFound();
  const db = await database();
  const link = await db.shareLink.findUnique({ where: { tokenHash: hashToken(token) }, include: { assessment: true } });
  if (!link || link.revokedAt || link.expiresAt <= new Date() || !link.canComment) throw notFound();
  return { db, link };
}

function toGuestView(row: Row): GuestCommentView {
  const deleted = row.deletedAt !== null;
  return { id: row.id, parentId: row.parentId, authorName: row.authorName, guest: row.shareLinkId !== null, body: deleted ? "" : row.body, deleted, createdAt: row.createdAt, editedAt: row.editedAt };
}

/** The assessment-level comments a commenting link's visitors read (comments on single answers stay with the team). */
export async function listGuestComments(token: string): Promise<GuestCommentView[]> {
  const { db, link } = await commentingLink(token);
  const rows = await db.comment.findMany({ where: { assessmentId: link.assessmentId, traitKey: null }, include: withEdits, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: maxComments });
  return rows.map(toGuestView);
}

export type GuestCommentResult = { ok: true; comment: GuestCommentView } | { ok: false; retryAfterSeconds: number };

/** A visitor's comment on the assessment, under the name they give. `clientKey` identifies the visitor for the rate limit. */
export async function addGuestComment(token: string, input: unknown, clientKey: string): Promise<GuestCommentResult> {
  const { db, link } = await commentingLink(token);
  const { displayName, body } = parsed(parseInput(guestCommentInput, input));
  const limit = await guestCommentLimiter.check(`${link.id}:${clientKey}`);
  if (!limit.allowed) return { ok: false, retryAfterSeconds: limit.retryAfterSeconds };
  const row = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({ data: { assessmentId: link.assessmentId, authorName: displayName, shareLinkId: link.id, body }, include: withEdits });
    await recordEvent(tx, {
      teamId: link.teamId,
      actor: { userId: null, name: guestName(displayName) },
      action: "comment.added",
      assessmentId: link.assessmentId,
      summary: `${guestName(displayName)} commented on "${link.assessment.title}" through a share link`,
      detail: { commentId: created.id, shareLinkId: link.id, guest: true },
    });
    return created;
  });
  return { ok: true, comment: toGuestView(row) };
}
