import "server-only";
import type { Actor } from "@/lib/workspace/policies";
import { parseInput, shareLinkInput } from "@/lib/workspace/schemas";
import { database } from "../db";
import { hashToken, isWellFormedToken, newToken } from "../tokens";
import { parsed } from "./access";
import { recordEvent } from "./activity";
import { toRevision, toSummary, type AssessmentSummary, type Revision } from "./assessment-records";
import { authorizeAssessment } from "./assessments";
import { notFound } from "./errors";

const day = 24 * 60 * 60 * 1000;

export interface ShareLinkSummary {
  id: string;
  label: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  useCount: number;
  /** Visitors may comment under a display name they give. */
  canComment: boolean;
  state: "active" | "revoked" | "expired";
}

function toShareLink(row: Omit<ShareLinkSummary, "state">, now = Date.now()): ShareLinkSummary {
  const state = row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now ? "expired" : "active";
  return { id: row.id, label: row.label, createdAt: row.createdAt, expiresAt: row.expiresAt, revokedAt: row.revokedAt, lastUsedAt: row.lastUsedAt, useCount: row.useCount, canComment: row.canComment, state };
}

/** A link to the assessment for someone without an account: read-only, or with comments when `canComment`. The token is returned once; only its hash is kept. */
export async function createShareLink(actor: Actor | null, assessmentId: string, input: unknown): Promise<{ token: string; link: ShareLinkSummary }> {
  const { db, assessment, actor: creator } = await authorizeAssessment(actor, "share-link:manage", assessmentId);
  const { expiresInDays, label, canComment } = parsed(parseInput(shareLinkInput, input));
  const { token, hash } = newToken();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.shareLink.create({
      data: { teamId: assessment.teamId, assessmentId, tokenHash: hash, label, canComment, expiresAt: new Date(Date.now() + expiresInDays * day), createdById: creator.userId },
    });
    const who = label ? ` for ${label}` : "";
    await recordEvent(tx, { teamId: assessment.teamId, actor: { userId: creator.userId, name: creator.name }, action: "share-link.created", assessmentId, summary: `created a share link${who} to “${assessment.title}”, valid ${expiresInDays} days${canComment ? ", visitors may comment" : ""}`, detail: { linkId: created.id, expiresInDays, canComment } });
    return created;
  });
  return { token, link: toShareLink(row) };
}

export async function listShareLinks(actor: Actor | null, assessmentId: string): Promise<ShareLinkSummary[]> {
  const { db } = await authorizeAssessment(actor, "share-link:manage", assessmentId);
  const rows = await db.shareLink.findMany({ where: { assessmentId }, orderBy: { createdAt: "desc" }, take: 100 });
  return rows.map((row) => toShareLink(row));
}

export async function revokeShareLink(actor: Actor | null, assessmentId: string, linkId: string): Promise<void> {
  const { db, assessment, actor: revoker } = await authorizeAssessment(actor, "share-link:manage", assessmentId);
  await db.$transaction(async (tx) => {
    const revoked = await tx.shareLink.updateMany({ where: { id: linkId, assessmentId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count === 0) throw notFound("No such share link.");
    await recordEvent(tx, { teamId: assessment.teamId, actor: { userId: revoker.userId, name: revoker.name }, action: "share-link.revoked", assessmentId, summary: `revoked a share link to “${assessment.title}”`, detail: { linkId } });
  });
}

export interface SharedAssessment {
  assessment: AssessmentSummary;
  latest: Revision;
  teamName: string;
}

/**
 * What a share link shows, with no account: the assessment's latest revision. Unknown, revoked and expired
 * tokens all give null (the page answers a plain 404 that does not say which). Views record the last use, to the minute.
 */
export async function openShareLink(token: string): Promise<SharedAssessment | null> {
  if (!isWellFormedToken(token)) return null;
  const db = await database();
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { assessment: true, team: { select: { name: true } } },
  });
  const now = new Date();
  if (!link || link.revokedAt || link.expiresAt <= now) return null;
  const [revision] = await Promise.all([
    db.assessmentRevision.findUniqueOrThrow({ where: { assessmentId_number: { assessmentId: link.assessmentId, number: link.assessment.revisionCount } } }),
    // "Last used" to the minute: at most one write per link per minute, so a popular link does not queue writes.
    db.shareLink.updateMany({
      where: { id: link.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
      data: { lastUsedAt: now, useCount: { increment: 1 } },
    }),
  ]);
  return { assessment: toSummary(link.assessment), latest: toRevision(revision), teamName: link.team.name };
}
