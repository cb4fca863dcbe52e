// The plan of rows an import of a team archive writes (pure): every record's id remapped, people matched to the
// target team's members by email, comments ordered parents first. lib/server/workspace/team-archive.ts writes it in
// one transaction. The archive's schema and checks: ./team-archive.ts.
import { remapDetail, type ArchiveAssessment, type ArchiveComment, type TeamArchive } from "./team-archive";

// ── The rows an import writes ───────────────────────────────────────────────────────────────────

/** Someone whose vote or calibration answer could not be kept as a row: they are not a member of the target team. */
export interface UnmatchedPerson {
  kind: "vote" | "calibration answer";
  assessmentTitle: string;
  name: string;
  email: string;
  verdict?: string;
  note?: string;
}

// The rows, shaped like the database's tables (prisma/schema.prisma).
export interface AssessmentRow {
  id: string;
  teamId: string;
  title: string;
  titleLower: string;
  authorId: string | null;
  authorName: string;
  status: string;
  requiredApprovals: number;
  architecture: string;
  engineVersion: string;
  version: number;
  revisionCount: number;
  createdAt: Date;
  updatedAt: Date;
}
export interface RevisionRow {
  id: string;
  assessmentId: string;
  number: number;
  answers: string;
  result: string;
  engineVersion: string;
  architecture: string;
  authorId: string | null;
  authorName: string;
  createdAt: Date;
}
export interface CommentRow {
  id: string;
  assessmentId: string;
  traitKey: string | null;
  parentId: string | null;
  authorId: string | null;
  authorName: string;
  body: string;
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
}
export interface CommentEditRow {
  id: string;
  commentId: string;
  body: string;
  createdAt: Date;
}
export interface VoteRow {
  id: string;
  assessmentId: string;
  userId: string;
  userName: string;
  verdict: string;
  note: string;
  revisionNumber: number;
  createdAt: Date;
  updatedAt: Date;
}
export interface RoundRow {
  id: string;
  assessmentId: string;
  createdById: string | null;
  createdByName: string;
  status: string;
  settledAnswers: string | null;
  settlement: string | null;
  settledRevision: number | null;
  createdAt: Date;
  settledAt: Date | null;
}
export interface ResponseRow {
  id: string;
  roundId: string;
  userId: string;
  userName: string;
  answers: string | null;
  submittedAt: Date | null;
  createdAt: Date;
}
export interface EventRow {
  id: string;
  teamId: string;
  actorId: string | null;
  actorName: string;
  action: string;
  assessmentId: string | null;
  summary: string;
  detail: string;
  createdAt: Date;
}

export interface ImportPlan {
  assessments: AssessmentRow[];
  /** Set once every assessment exists; the update keeps the archive's `updatedAt`. */
  supersessions: { id: string; supersededById: string; updatedAt: Date }[];
  revisions: RevisionRow[];
  /** Comments by depth in their thread: write level 0 first, so every parent exists before its replies. */
  commentLevels: CommentRow[][];
  commentEdits: CommentEditRow[];
  votes: VoteRow[];
  rounds: RoundRow[];
  responses: ResponseRow[];
  events: EventRow[];
  unmatched: UnmatchedPerson[];
}

export interface ImportTarget {
  teamId: string;
  /** The target team's members: only they are linked to records, by their email. */
  members: readonly { userId: string; email: string }[];
  newId: () => string;
}

const date = (value: string) => new Date(value);
const maybeDate = (value: string | null) => (value === null ? null : new Date(value));

/** The depth of each comment in its thread (0 = top level); the archive is known to have no loops. */
function depths(comments: readonly ArchiveComment[]): Map<string, number> {
  const parents = new Map(comments.map((comment) => [comment.id, comment.parentId]));
  const out = new Map<string, number>();
  for (const comment of comments) {
    let depth = 0;
    for (let parent = comment.parentId; parent !== null && depth <= comments.length; parent = parents.get(parent) ?? null) depth += 1;
    out.set(comment.id, depth);
  }
  return out;
}

function planComments(assessment: ArchiveAssessment, assessmentId: string, ids: Map<string, string>, userOf: (email: string | null) => string | null, target: ImportTarget, plan: ImportPlan): void {
  for (const comment of assessment.comments) ids.set(comment.id, target.newId());
  const levels = depths(assessment.comments);
  for (const comment of assessment.comments) {
    const id = ids.get(comment.id) ?? target.newId();
    const level = levels.get(comment.id) ?? 0;
    while (plan.commentLevels.length <= level) plan.commentLevels.push([]);
    plan.commentLevels[level]?.push({
      id,
      assessmentId,
      traitKey: comment.traitKey,
      parentId: comment.parentId === null ? null : (ids.get(comment.parentId) ?? null),
      authorId: userOf(comment.authorEmail),
      authorName: comment.authorName,
      body: comment.body,
      editedAt: maybeDate(comment.editedAt),
      deletedAt: maybeDate(comment.deletedAt),
      createdAt: date(comment.createdAt),
    });
    for (const edit of comment.edits) plan.commentEdits.push({ id: target.newId(), commentId: id, body: edit.body, createdAt: date(edit.createdAt) });
  }
}

function planReview(assessment: ArchiveAssessment, assessmentId: string, userOf: (email: string | null) => string | null, target: ImportTarget, plan: ImportPlan): void {
  for (const vote of assessment.votes) {
    const userId = userOf(vote.userEmail);
    if (userId === null) {
      plan.unmatched.push({ kind: "vote", assessmentTitle: assessment.title, name: vote.userName, email: vote.userEmail, verdict: vote.verdict, note: vote.note });
      continue;
    }
    plan.votes.push({
      id: target.newId(),
      assessmentId,
      userId,
      userName: vote.userName,
      verdict: vote.verdict,
      note: vote.note,
      revisionNumber: vote.revisionNumber,
      createdAt: date(vote.createdAt),
      updatedAt: date(vote.updatedAt),
    });
  }
  for (const round of assessment.calibrations) {
    const roundId = target.newId();
    plan.rounds.push({
      id: roundId,
      assessmentId,
      createdById: userOf(round.createdByEmail),
      createdByName: round.createdByName,
      status: round.status,
      settledAnswers: round.settledAnswers === null ? null : JSON.stringify(round.settledAnswers),
      settlement: round.settlement === null ? null : JSON.stringify(round.settlement),
      settledRevision: round.settledRevision,
      createdAt: date(round.createdAt),
      settledAt: maybeDate(round.settledAt),
    });
    for (const response of round.responses) {
      const userId = userOf(response.userEmail);
      if (userId === null) {
        plan.unmatched.push({ kind: "calibration answer", assessmentTitle: assessment.title, name: response.userName, email: response.userEmail });
        continue;
      }
      plan.responses.push({
        id: target.newId(),
        roundId,
        userId,
        userName: response.userName,
        answers: response.answers === null ? null : JSON.stringify(response.answers),
        submittedAt: maybeDate(response.submittedAt),
        createdAt: date(response.createdAt),
      });
    }
  }
}

function planAssessment(assessment: ArchiveAssessment, ids: Map<string, string>, userOf: (email: string | null) => string | null, target: ImportTarget, plan: ImportPlan): void {
  const id = ids.get(assessment.id) ?? target.newId();
  const revisions = [...assessment.revisions].sort((a, b) => a.number - b.number);
  const latest = revisions[revisions.length - 1] ?? revisions[0];
  plan.assessments.push({
    id,
    teamId: target.teamId,
    title: assessment.title,
    titleLower: assessment.title.toLowerCase(),
    authorId: userOf(assessment.authorEmail),
    authorName: assessment.authorName,
    status: assessment.status,
    requiredApprovals: assessment.requiredApprovals,
    architecture: latest?.architecture ?? "prompt_engineering",
    engineVersion: latest?.engineVersion ?? "",
    version: 1,
    revisionCount: revisions.length,
    createdAt: date(assessment.createdAt),
    updatedAt: date(assessment.updatedAt),
  });
  if (assessment.supersededBy !== null) plan.supersessions.push({ id, supersededById: ids.get(assessment.supersededBy) ?? assessment.supersededBy, updatedAt: date(assessment.updatedAt) });
  for (const revision of revisions) {
    plan.revisions.push({
      id: target.newId(),
      assessmentId: id,
      number: revision.number,
      answers: JSON.stringify(revision.answers),
      result: JSON.stringify(revision.result),
      engineVersion: revision.engineVersion,
      architecture: revision.architecture,
      authorId: userOf(revision.authorEmail),
      authorName: revision.authorName,
      createdAt: date(revision.createdAt),
    });
  }
  planComments(assessment, id, ids, userOf, target, plan);
  planReview(assessment, id, userOf, target, plan);
}

/**
 * Every row an import writes, with new ids and every reference remapped. People are linked by email to the target
 * team's members; anyone else stays a name with no account. Votes and calibration answers need an account: those of
 * people who are not members are listed in `unmatched` instead (the import's activity entry keeps them).
 */
export function planImport(archive: TeamArchive, target: ImportTarget): ImportPlan {
  const byEmail = new Map(target.members.map((member) => [member.email.toLowerCase(), member.userId]));
  const userOf = (email: string | null) => (email === null ? null : (byEmail.get(email.toLowerCase()) ?? null));
  const plan: ImportPlan = { assessments: [], supersessions: [], revisions: [], commentLevels: [], commentEdits: [], votes: [], rounds: [], responses: [], events: [], unmatched: [] };
  const ids = new Map<string, string>();
  for (const assessment of archive.assessments) ids.set(assessment.id, target.newId());
  for (const assessment of archive.assessments) planAssessment(assessment, ids, userOf, target, plan);
  for (const entry of archive.activity) {
    plan.events.push({
      id: target.newId(),
      teamId: target.teamId,
      actorId: userOf(entry.actorEmail),
      actorName: entry.actorName,
      action: entry.action,
      assessmentId: entry.assessmentId === null ? null : (ids.get(entry.assessmentId) ?? null),
      summary: entry.summary,
      detail: JSON.stringify(remapDetail(entry.detail, ids)),
      createdAt: date(entry.createdAt),
    });
  }
  return plan;
}
