import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../database-file";
import { database } from "../db";
import { hashToken, isWellFormedToken } from "../tokens";
import { toRevision, toSummary } from "./assessment-records";
import type { SharedAssessment } from "./share-links";

// A share link's page is the same for every viewer until the assessment changes, so it is rendered once per
// (assessment, version) and kept (incremental static regeneration). proxy.ts checks the token on every request
// and rewrites a valid one to the kept page's internal path, which carries an HMAC so it cannot be built without
// the secret; proxy.ts also answers 404 to that path unless the request is its own rewrite (a header with an HMAC
// of the path), so only a valid token reaches it.

export const snapshotPrefix = "/shared-snapshot";

function signature(assessmentId: string, version: number): string {
  return createHmac("sha256", authSecret()).update(`shared-snapshot:${assessmentId}:${version}`).digest("base64url");
}

/** The header value that marks a rewrite made by proxy.ts itself (a client cannot compute it). */
export function internalRewriteKey(path: string): string {
  return createHmac("sha256", authSecret()).update(`internal-rewrite:${path}`).digest("base64url");
}

export const internalRewriteHeader = "x-app-internal-rewrite";

export function isValidSignature(assessmentId: string, version: number, given: string): boolean {
  const expected = Buffer.from(signature(assessmentId, version));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * The internal path of the page a token opens, or null for an unknown, revoked or expired token (the same for
 * all three). Records the last use, at most once a minute per link.
 */
export async function sharedSnapshotPath(token: string): Promise<string | null> {
  if (!isWellFormedToken(token)) return null;
  const db = await database();
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, assessment: { select: { id: true, version: true } } },
  });
  const now = new Date();
  if (!link || link.revokedAt || link.expiresAt <= now) return null;
  if (!link.lastUsedAt || now.getTime() - link.lastUsedAt.getTime() > 60_000) {
    await db.shareLink.updateMany({
      where: { id: link.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
      data: { lastUsedAt: now, useCount: { increment: 1 } },
    });
  }
  const { id, version } = link.assessment;
  return `${snapshotPrefix}/${encodeURIComponent(id)}/${version}/${signature(id, version)}`;
}

/** The assessment as it was at `version`, for the kept page; null when the signature or version does not match. */
export async function loadSnapshot(assessmentId: string, version: number, given: string): Promise<SharedAssessment | null> {
  if (!Number.isInteger(version) || !isValidSignature(assessmentId, version, given)) return null;
  const db = await database();
  const row = await db.assessment.findUnique({ where: { id: assessmentId }, include: { team: { select: { name: true } } } });
  if (!row || row.version !== version) return null;
  const revision = await db.assessmentRevision.findUniqueOrThrow({ where: { assessmentId_number: { assessmentId, number: row.revisionCount } } });
  return { assessment: toSummary(row), latest: toRevision(revision), teamName: row.team.name };
}
