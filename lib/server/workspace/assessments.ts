import "server-only";
import { engineVersion, recommend } from "@/lib/decision/recommend";
import type { Traits } from "@/lib/decision/traits";
import type { Action, Actor } from "@/lib/workspace/policies";
import { parseInput, reviseAssessmentInput, saveAssessmentInput, statusInput } from "@/lib/workspace/schemas";
import { database, type Prisma } from "../db";
import { authorizeTeam, parsed, type TeamAccess } from "./access";
import { toRevision, toSummary, type AssessmentSummary, type Revision } from "./assessment-records";
import { conflict, invalid, notFound } from "./errors";

/** The data of one revision row: answers and the engine's result at this moment. */
export function revisionData(answers: Traits, authorId: string | null, authorName: string, number: number) {
  const result = recommend(answers);
  return {
    number,
    answers: JSON.stringify(answers),
    result: JSON.stringify(result),
    engineVersion: result.engineVersion,
    architecture: result.recommendation.architecture,
    authorId,
    authorName,
  };
}

/** Saves answers as a new assessment in the team: revision 1, status draft. */
export async function saveAssessment(actor: Actor | null, teamId: string, input: unknown): Promise<AssessmentSummary> {
  const { db, team, actor: author } = await authorizeTeam(actor, "assessment:create", { teamId });
  const { title, answers } = parsed(parseInput(saveAssessmentInput, input));
  const revision = revisionData(answers, author.userId, author.name, 1);
  const row = await db.assessment.create({
    data: {
      teamId: team.id,
      title,
      titleLower: title.toLowerCase(),
      authorId: author.userId,
      authorName: author.name,
      architecture: revision.architecture,
      engineVersion: revision.engineVersion,
      revisions: { create: revision },
    },
  });
  return toSummary(row);
}

/** An assessment and the actor's access to its team; another team's assessment is not_found. */
async function authorizeAssessment(actor: Actor | null, action: Action, id: string): Promise<TeamAccess & { assessment: AssessmentSummary }> {
  const db = await database();
  const row = typeof id === "string" && id.length <= 64 ? await db.assessment.findUnique({ where: { id } }) : null;
  if (!row) throw notFound();
  const access = await authorizeTeam(actor, action, { teamId: row.teamId });
  return { ...access, assessment: toSummary(row) };
}

export { authorizeAssessment };

export async function getAssessment(actor: Actor | null, id: string): Promise<{ assessment: AssessmentSummary; latest: Revision; team: TeamAccess["team"]; role: TeamAccess["role"] }> {
  const { db, assessment, team, role } = await authorizeAssessment(actor, "assessment:read", id);
  const latest = await db.assessmentRevision.findUniqueOrThrow({ where: { assessmentId_number: { assessmentId: id, number: assessment.revisionCount } } });
  return { assessment, latest: toRevision(latest), team, role };
}

export async function listRevisions(actor: Actor | null, id: string): Promise<Revision[]> {
  const { db } = await authorizeAssessment(actor, "assessment:read", id);
  const rows = await db.assessmentRevision.findMany({ where: { assessmentId: id }, orderBy: { number: "desc" }, take: 200 });
  return rows.map(toRevision);
}

/**
 * Claims the edit: the version the editor read must still be current. The conditional update bumps it, so of
 * two edits made from the same version exactly one succeeds and the other is a conflict with nothing written.
 */
export async function claimVersion(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.AssessmentUncheckedUpdateManyInput): Promise<number> {
  const claimed = await tx.assessment.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (claimed.count === 0) throw conflict("This assessment changed since you opened it. Reload to see the latest version, then edit again.");
  return version + 1;
}

/** New answers (or a re-score of the same ones under the current engine): a new revision; the old ones stay. */
export async function reviseAssessment(actor: Actor | null, id: string, input: unknown): Promise<AssessmentSummary> {
  const { db, assessment, actor: author } = await authorizeAssessment(actor, "assessment:edit", id);
  const { version, answers, title } = parsed(parseInput(reviseAssessmentInput, input));
  const revision = revisionData(answers, author.userId, author.name, assessment.revisionCount + 1);
  const row = await db.$transaction(async (tx) => {
    await claimVersion(tx, id, version, {
      revisionCount: { increment: 1 },
      architecture: revision.architecture,
      engineVersion: revision.engineVersion,
      ...(title ? { title, titleLower: title.toLowerCase() } : {}),
    });
    const current = await tx.assessment.findUniqueOrThrow({ where: { id } });
    await tx.assessmentRevision.create({ data: { ...revision, number: current.revisionCount, assessmentId: id } });
    return current;
  });
  return toSummary(row);
}

/** Moves the decision along: proposed, accepted, rejected, or superseded by another assessment of the same team. */
export async function changeStatus(actor: Actor | null, id: string, input: unknown): Promise<AssessmentSummary> {
  const { db, assessment } = await authorizeAssessment(actor, "assessment:edit", id);
  const { version, status, supersededById } = parsed(parseInput(statusInput, input));
  if (status === "superseded") {
    const successor = supersededById && supersededById !== id ? await db.assessment.findUnique({ where: { id: supersededById } }) : null;
    if (!successor || successor.teamId !== assessment.teamId) {
      throw invalid([{ path: "supersededById", message: "Choose the assessment of this team that replaces this one." }]);
    }
  }
  const row = await db.$transaction(async (tx) => {
    await claimVersion(tx, id, version, { status, supersededById: status === "superseded" ? supersededById : null });
    return tx.assessment.findUniqueOrThrow({ where: { id } });
  });
  return toSummary(row);
}

/** What a re-score under the current engine would change, without saving anything. */
export async function rescorePreview(actor: Actor | null, id: string) {
  const { latest, assessment } = await getAssessment(actor, id);
  const now = recommend(latest.answers);
  return {
    assessment,
    outdated: latest.engineVersion !== engineVersion,
    before: { engineVersion: latest.engineVersion, architecture: latest.architecture, scores: latest.result.scores },
    after: { engineVersion: now.engineVersion, architecture: now.recommendation.architecture, scores: now.scores },
  };
}
