import "server-only";
import { lockRow, type Database } from "../db";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/workspace/policies";
import { archiveFilename, archiveFormat, archiveVersion, canonicalOrder, parseArchive, type TeamArchive } from "@/lib/workspace/team-archive";
import { planImport, type UnmatchedPerson } from "@/lib/workspace/team-archive-import";
import { authorizeTeam } from "./access";
import { recordEvent } from "./activity";
import { conflict, invalid } from "./errors";

// Export a team's review data as one JSON archive, and import such an archive into an empty team: validated first,
// then written in one transaction, so a refused or failed import leaves nothing behind. ADR 0018.

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date === null ? null : date.toISOString());

/** JSON text written by this app; a damaged value becomes null rather than failing the whole export. */
function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** An audit entry's details are an object; anything else (never written by this app) becomes {}. */
function objectOrEmpty(value: unknown): TeamArchive["activity"][number]["detail"] {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as TeamArchive["activity"][number]["detail"]) : {};
}

async function emailsOf(db: Database, ids: Iterable<string | null>): Promise<(id: string | null) => string | null> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  const users = wanted.length === 0 ? [] : await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } });
  const byId = new Map(users.map((user) => [user.id, user.email]));
  return (id) => (id === null ? null : (byId.get(id) ?? null));
}

async function readTeam(db: Database, teamId: string) {
  const [members, assessments, activity] = await Promise.all([
    db.membership.findMany({ where: { teamId }, select: { role: true, user: { select: { email: true, name: true } } } }),
    db.assessment.findMany({
      where: { teamId },
      include: {
        revisions: { orderBy: { number: "asc" } },
        comments: { include: { edits: { orderBy: { createdAt: "asc" } } } },
        votes: { include: { user: { select: { email: true } } } },
        calibrations: { include: { responses: { include: { user: { select: { email: true } } } } } },
      },
    }),
    db.auditEvent.findMany({ where: { teamId } }),
  ]);
  return { members, assessments, activity };
}

type TeamRows = Awaited<ReturnType<typeof readTeam>>;

function toArchiveAssessment(row: TeamRows["assessments"][number], email: (id: string | null) => string | null): TeamArchive["assessments"][number] {
  return {
    id: row.id,
    title: row.title,
    status: row.status as TeamArchive["assessments"][number]["status"],
    requiredApprovals: row.requiredApprovals,
    supersededBy: row.supersededById,
    authorName: row.authorName,
    authorEmail: email(row.authorId),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    revisions: row.revisions.map((revision) => ({
      number: revision.number,
      answers: parseJson(revision.answers) as TeamArchive["assessments"][number]["revisions"][number]["answers"],
      result: parseJson(revision.result) as TeamArchive["assessments"][number]["revisions"][number]["result"],
      engineVersion: revision.engineVersion,
      architecture: revision.architecture as TeamArchive["assessments"][number]["revisions"][number]["architecture"],
      authorName: revision.authorName,
      authorEmail: email(revision.authorId),
      createdAt: iso(revision.createdAt),
    })),
    comments: row.comments.map((comment) => ({
      id: comment.id,
      parentId: comment.parentId,
      traitKey: comment.traitKey,
      authorName: comment.authorName,
      authorEmail: email(comment.authorId),
      body: comment.body,
      edits: comment.edits.map((edit) => ({ body: edit.body, createdAt: iso(edit.createdAt) })),
      editedAt: isoOrNull(comment.editedAt),
      deletedAt: isoOrNull(comment.deletedAt),
      createdAt: iso(comment.createdAt),
    })),
    votes: row.votes.map((vote) => ({
      userEmail: vote.user.email,
      userName: vote.userName,
      verdict: vote.verdict as TeamArchive["assessments"][number]["votes"][number]["verdict"],
      note: vote.note,
      revisionNumber: vote.revisionNumber,
      createdAt: iso(vote.createdAt),
      updatedAt: iso(vote.updatedAt),
    })),
    calibrations: row.calibrations.map((round) => ({
      createdByName: round.createdByName,
      createdByEmail: email(round.createdById),
      status: round.status as TeamArchive["assessments"][number]["calibrations"][number]["status"],
      settledAnswers: parseJson(round.settledAnswers) as TeamArchive["assessments"][number]["calibrations"][number]["settledAnswers"],
      settlement: parseJson(round.settlement) as TeamArchive["assessments"][number]["calibrations"][number]["settlement"],
      settledRevision: round.settledRevision,
      createdAt: iso(round.createdAt),
      settledAt: isoOrNull(round.settledAt),
      responses: round.responses.map((response) => ({
        userEmail: response.user.email,
        userName: response.userName,
        answers: parseJson(response.answers) as TeamArchive["assessments"][number]["calibrations"][number]["responses"][number]["answers"],
        submittedAt: isoOrNull(response.submittedAt),
        createdAt: iso(response.createdAt),
      })),
    })),
  };
}

/** The whole team as an archive (owners only). The export itself is logged after the archive is read. */
export async function exportTeam(actor: Actor | null, teamId: string): Promise<{ archive: TeamArchive; filename: string }> {
  const { db, team, actor: exporter } = await authorizeTeam(actor, "team:export", { teamId });
  const rows = await readTeam(db, team.id);
  const people = rows.assessments.flatMap((a) => [a.authorId, ...a.revisions.map((r) => r.authorId), ...a.comments.map((c) => c.authorId), ...a.calibrations.map((c) => c.createdById)]);
  const email = await emailsOf(db, [...people, ...rows.activity.map((event) => event.actorId)]);
  const exportedAt = new Date();
  const archive = canonicalOrder({
    format: archiveFormat,
    version: archiveVersion,
    exportedAt: iso(exportedAt),
    team: { name: team.name },
    members: rows.members.map((member) => ({ email: member.user.email, name: member.user.name, role: member.role as TeamArchive["members"][number]["role"] })),
    assessments: rows.assessments.map((row) => toArchiveAssessment(row, email)),
    activity: rows.activity.map((event) => ({
      actorName: event.actorName,
      actorEmail: email(event.actorId),
      action: event.action as TeamArchive["activity"][number]["action"],
      assessmentId: event.assessmentId,
      summary: event.summary,
      detail: objectOrEmpty(parseJson(event.detail)),
      createdAt: iso(event.createdAt),
    })),
  });
  await recordEvent(db, {
    teamId: team.id,
    actor: { userId: exporter.userId, name: exporter.name },
    action: "team.exported",
    summary: `${exporter.name} exported the team's data (${archive.assessments.length} ${archive.assessments.length === 1 ? "assessment" : "assessments"}).`,
    detail: { assessments: archive.assessments.length },
  });
  return { archive, filename: archiveFilename(team.slug, exportedAt) };
}

/** Refuses a caller who may not import into this team before the (large) body is read. */
export async function authorizeImport(actor: Actor | null, teamId: string): Promise<void> {
  await authorizeTeam(actor, "team:import", { teamId });
}

export interface ImportSummary {
  assessments: number;
  revisions: number;
  comments: number;
  votes: number;
  calibrations: number;
  activity: number;
  /** Votes and calibration answers of people who are not members here: kept in the import's activity entry only. */
  unmatched: UnmatchedPerson[];
}

/**
 * Imports an archive into an empty team (owners only). Refused with field issues when invalid, with a conflict when
 * the team already has assessments; otherwise every row is written in one transaction, or none is.
 */
export async function importTeam(actor: Actor | null, teamId: string, input: unknown): Promise<ImportSummary> {
  const { db, team, actor: importer } = await authorizeTeam(actor, "team:import", { teamId });
  const parsed = parseArchive(input);
  if (!parsed.ok) throw invalid(parsed.issues);
  const members = await db.membership.findMany({ where: { teamId: team.id }, select: { userId: true, user: { select: { email: true } } } });
  const plan = planImport(parsed.archive, { teamId: team.id, members: members.map((m) => ({ userId: m.userId, email: m.user.email })), newId: randomUUID });
  const summary: ImportSummary = {
    assessments: plan.assessments.length,
    revisions: plan.revisions.length,
    comments: plan.commentLevels.flat().length,
    votes: plan.votes.length,
    calibrations: plan.rounds.length,
    activity: plan.events.length,
    unmatched: plan.unmatched,
  };
  await db.$transaction(
    async (tx) => {
      // The team's lock first, so this transaction checks the team is still empty only after any other import
      // into it has committed or rolled back.
      await lockRow(tx, "team", team.id);
      const claimed = await tx.team.updateMany({ where: { id: team.id, assessments: { none: {} } }, data: { updatedAt: new Date() } });
      if (claimed.count === 0) throw conflict("This team already has assessments: import into a new, empty team.");
      await writePlan(tx, plan);
      await recordEvent(tx, {
        teamId: team.id,
        actor: { userId: importer.userId, name: importer.name },
        action: "team.imported",
        summary: `${importer.name} imported ${summary.assessments} ${summary.assessments === 1 ? "assessment" : "assessments"} from an archive of “${parsed.archive.team.name}”.`,
        detail: { from: parsed.archive.team.name, exportedAt: parsed.archive.exportedAt, ...summary },
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return summary;
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];
type Plan = ReturnType<typeof planImport>;

async function writePlan(tx: Tx, plan: Plan): Promise<void> {
  await tx.assessment.createMany({ data: plan.assessments });
  for (const { id, supersededById, updatedAt } of plan.supersessions) await tx.assessment.update({ where: { id }, data: { supersededById, updatedAt } });
  await tx.assessmentRevision.createMany({ data: plan.revisions });
  for (const level of plan.commentLevels) await tx.comment.createMany({ data: level });
  if (plan.commentEdits.length > 0) await tx.commentEdit.createMany({ data: plan.commentEdits });
  if (plan.votes.length > 0) await tx.reviewVote.createMany({ data: plan.votes });
  if (plan.rounds.length > 0) await tx.calibrationRound.createMany({ data: plan.rounds });
  if (plan.responses.length > 0) await tx.calibrationResponse.createMany({ data: plan.responses });
  if (plan.events.length > 0) await tx.auditEvent.createMany({ data: plan.events });
}
