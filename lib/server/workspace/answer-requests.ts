import "server-only";
import type { Actor } from "@/lib/workspace/policies";
import { answerRequestInput, answerRequestResponse, parseInput } from "@/lib/workspace/schemas";
import { database } from "../db";
import { hashToken, isWellFormedToken, newToken } from "../tokens";
import { authorizeTeam, parsed } from "./access";
import { revisionData } from "./assessments";
import { notFound } from "./errors";

const day = 24 * 60 * 60 * 1000;

export interface AnswerRequestSummary {
  id: string;
  projectName: string;
  createdAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
  assessmentId: string | null;
  state: "open" | "answered" | "expired" | "revoked";
}

function toSummary(row: Omit<AnswerRequestSummary, "state"> & { revokedAt: Date | null }, now = Date.now()): AnswerRequestSummary {
  const state = row.answeredAt ? "answered" : row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now ? "expired" : "open";
  return { id: row.id, projectName: row.projectName, createdAt: row.createdAt, expiresAt: row.expiresAt, answeredAt: row.answeredAt, assessmentId: row.assessmentId, state };
}

/** A link asking someone outside the team to answer the wizard for a named project. The token is returned once. */
export async function createAnswerRequest(actor: Actor | null, teamId: string, input: unknown): Promise<{ token: string; request: AnswerRequestSummary }> {
  const { db, team, actor: creator } = await authorizeTeam(actor, "answer-request:manage", { teamId });
  const { projectName, expiresInDays } = parsed(parseInput(answerRequestInput, input));
  const { token, hash } = newToken();
  const row = await db.answerRequest.create({
    data: { teamId: team.id, projectName, tokenHash: hash, expiresAt: new Date(Date.now() + expiresInDays * day), createdById: creator.userId },
  });
  return { token, request: toSummary(row) };
}

export async function listAnswerRequests(actor: Actor | null, teamId: string): Promise<AnswerRequestSummary[]> {
  const { db } = await authorizeTeam(actor, "answer-request:manage", { teamId });
  const rows = await db.answerRequest.findMany({ where: { teamId }, orderBy: { createdAt: "desc" }, take: 50 });
  return rows.map((row) => toSummary(row));
}

export async function revokeAnswerRequest(actor: Actor | null, teamId: string, requestId: string): Promise<void> {
  const { db } = await authorizeTeam(actor, "answer-request:manage", { teamId });
  const revoked = await db.answerRequest.updateMany({ where: { id: requestId, teamId, revokedAt: null, answeredAt: null }, data: { revokedAt: new Date() } });
  if (revoked.count === 0) throw notFound("No such open request.");
}

/** What the respondent sees: the project and the asking team; null for an unknown, used, revoked or expired link. */
export async function openAnswerRequest(token: string): Promise<{ projectName: string; teamName: string } | null> {
  if (!isWellFormedToken(token)) return null;
  const db = await database();
  const row = await db.answerRequest.findUnique({ where: { tokenHash: hashToken(token) }, include: { team: { select: { name: true } } } });
  if (!row || row.answeredAt || row.revokedAt || row.expiresAt <= new Date()) return null;
  return { projectName: row.projectName, teamName: row.team.name };
}

/**
 * The respondent's answers arrive as a draft assessment in the team, attributed to the name they gave. The link
 * is spent in the same transaction (a conditional update), so it admits one response however often it is sent.
 */
export async function respondToAnswerRequest(token: string, input: unknown): Promise<{ assessmentId: string }> {
  const { respondentName, answers } = parsed(parseInput(answerRequestResponse, input));
  if (!isWellFormedToken(token)) throw notFound();
  const db = await database();
  return db.$transaction(async (tx) => {
    const request = await tx.answerRequest.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!request) throw notFound();
    const now = new Date();
    const spent = await tx.answerRequest.updateMany({ where: { id: request.id, answeredAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { answeredAt: now } });
    if (spent.count === 0) throw notFound();
    const revision = revisionData(answers, null, respondentName, 1);
    const assessment = await tx.assessment.create({
      data: {
        teamId: request.teamId,
        title: request.projectName,
        titleLower: request.projectName.toLowerCase(),
        authorId: null,
        authorName: respondentName,
        status: "draft",
        architecture: revision.architecture,
        engineVersion: revision.engineVersion,
        revisions: { create: revision },
      },
    });
    await tx.answerRequest.update({ where: { id: request.id }, data: { assessmentId: assessment.id } });
    return { assessmentId: assessment.id };
  });
}
