import "server-only";
import { lockRow, type Prisma } from "../db";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { paths } from "@/lib/paths";
import type { Actor } from "@/lib/workspace/policies";
import { checkSupersede, checkTransition, checkVote, isStatus, statusLabels, tally, verdictLabels, type Status, type Tally, type Verdict } from "@/lib/workspace/review-workflow";
import { parseInput, reviewRequestInput, statusInput, successorInput, voteInput } from "@/lib/workspace/schemas";
import { notify, recordEvent } from "./activity";
import { parsed } from "./access";
import { toSummary, type AssessmentSummary } from "./assessment-records";
import { authorizeAssessment, claimVersion, revisionData } from "./assessments";
import { conflict, invalid } from "./errors";

// Team review of a saved decision: votes, the status workflow (lib/workspace/review-workflow.ts decides what is
// allowed; this module enforces it inside the write's transaction), and successors of accepted decisions.

export interface ReviewVoteView {
  userId: string;
  userName: string;
  verdict: Verdict;
  note: string;
  revisionNumber: number;
  current: boolean;
  updatedAt: Date;
}

export interface ReviewSummary {
  status: Status;
  requiredApprovals: number;
  revision: number;
  tally: Tally;
  votes: ReviewVoteView[];
  /** Assessments this one replaced (it was saved as their successor). */
  supersedes: { id: string; title: string }[];
}

const verdictOf = (value: string): Verdict => (value === "approve" || value === "request_changes" ? value : "abstain");
const statusOf = (value: string): Status => (isStatus(value) ? value : "draft");

async function votesOf(db: Pick<Prisma.TransactionClient, "reviewVote">, assessmentId: string, revision: number): Promise<ReviewVoteView[]> {
  const rows = await db.reviewVote.findMany({ where: { assessmentId }, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: 500 });
  return rows.map((row) => ({
    userId: row.userId,
    userName: row.userName,
    verdict: verdictOf(row.verdict),
    note: row.note,
    revisionNumber: row.revisionNumber,
    current: row.revisionNumber === revision,
    updatedAt: row.updatedAt,
  }));
}

/** The votes, the tally on the current revision, and what this assessment superseded. */
export async function getReview(actor: Actor | null, id: string): Promise<ReviewSummary> {
  const { db, assessment } = await authorizeAssessment(actor, "assessment:read", id);
  const [votes, predecessors] = await Promise.all([
    votesOf(db, id, assessment.revisionCount),
    db.assessment.findMany({ where: { supersededById: id, teamId: assessment.teamId }, select: { id: true, title: true }, orderBy: { createdAt: "asc" }, take: 50 }),
  ]);
  return {
    status: assessment.status,
    requiredApprovals: assessment.requiredApprovals,
    revision: assessment.revisionCount,
    tally: tally(votes, assessment.revisionCount),
    votes,
    supersedes: predecessors,
  };
}

/** Records (or replaces) the actor's vote on the current revision. Only while the decision is proposed. */
export async function castVote(actor: Actor | null, id: string, input: unknown): Promise<ReviewSummary> {
  const { db, assessment, actor: voter, team } = await authorizeAssessment(actor, "review:vote", id);
  const { verdict, note } = parsed(parseInput(voteInput, input));
  await db.$transaction(async (tx) => {
    await lockRow(tx, "assessment", id);
    const current = await tx.assessment.findUniqueOrThrow({ where: { id } });
    const open = checkVote(statusOf(current.status));
    if (!open.ok) throw conflict(open.message);
    const data = { verdict, note, revisionNumber: current.revisionCount, userName: voter.name };
    await tx.reviewVote.upsert({ where: { assessmentId_userId: { assessmentId: id, userId: voter.userId } }, create: { assessmentId: id, userId: voter.userId, ...data }, update: data });
    await recordEvent(tx, {
      teamId: team.id,
      actor: { userId: voter.userId, name: voter.name },
      action: "review.voted",
      assessmentId: id,
      summary: `voted “${verdictLabels[verdict]}” on revision ${current.revisionCount} of “${current.title}”${note ? `: ${note}` : ""}`,
      detail: { verdict, revision: current.revisionCount, note },
    });
    if (current.authorId) {
      await notify(tx, {
        teamId: team.id,
        userIds: [current.authorId],
        actor: { userId: voter.userId, name: voter.name },
        kind: "status_change",
        assessmentId: id,
        message: `${voter.name} voted “${verdictLabels[verdict]}” on “${current.title}”.`,
        href: paths.assessment(team.slug, id),
      });
    }
  });
  return getReview(actor, assessment.id);
}

/** Moves a draft to proposed with the approvals it needs, and asks the reviewers (every other member unless named). */
export async function requestReview(actor: Actor | null, id: string, input: unknown): Promise<AssessmentSummary> {
  const { db, team, actor: author } = await authorizeAssessment(actor, "review:change-status", id);
  const { version, requiredApprovals, reviewerIds } = parsed(parseInput(reviewRequestInput, input));
  const members = await db.membership.findMany({ where: { teamId: team.id }, select: { userId: true } });
  const memberIds = new Set(members.map((m) => m.userId));
  const strangers = reviewerIds.filter((reviewer) => !memberIds.has(reviewer));
  if (strangers.length > 0) throw invalid([{ path: "reviewerIds", message: "Ask members of this team only." }]);
  const reviewers = reviewerIds.length > 0 ? reviewerIds : [...memberIds];
  const row = await db.$transaction(async (tx) => {
    await lockRow(tx, "assessment", id);
    const current = await tx.assessment.findUniqueOrThrow({ where: { id } });
    const check = checkTransition({ status: statusOf(current.status), requiredApprovals, tally: tally([], current.revisionCount) }, "proposed");
    if (!check.ok) throw conflict(check.message);
    await claimVersion(tx, id, version, { status: "proposed", requiredApprovals });
    await recordEvent(tx, {
      teamId: team.id,
      actor: { userId: author.userId, name: author.name },
      action: "review.requested",
      assessmentId: id,
      summary: `proposed “${current.title}” for review (${requiredApprovals} approval${requiredApprovals === 1 ? "" : "s"} needed)`,
      detail: { from: current.status, to: "proposed", requiredApprovals, reviewers: reviewers.length },
    });
    await notify(tx, {
      teamId: team.id,
      userIds: reviewers,
      actor: { userId: author.userId, name: author.name },
      kind: "review_request",
      assessmentId: id,
      message: `${author.name} asks you to review “${current.title}”.`,
      href: paths.assessment(team.slug, id),
    });
    return tx.assessment.findUniqueOrThrow({ where: { id } });
  });
  return toSummary(row);
}

/**
 * Moves the decision along by hand (proposed ↔ draft, proposed → accepted or rejected, rejected → draft). The
 * workflow's rules are checked against the votes inside the transaction; a refusal is a conflict, nothing written.
 */
export async function changeStatus(actor: Actor | null, id: string, input: unknown): Promise<AssessmentSummary> {
  const { db, team, actor: mover } = await authorizeAssessment(actor, "review:change-status", id);
  const { version, status, note } = parsed(parseInput(statusInput, input));
  const row = await db.$transaction(async (tx) => {
    await lockRow(tx, "assessment", id);
    const current = await tx.assessment.findUniqueOrThrow({ where: { id } });
    if (current.version !== version) throw conflict("This assessment changed since you opened it. Reload to see the latest version, then try again.");
    const votes = await votesOf(tx, id, current.revisionCount);
    const from = statusOf(current.status);
    const check = checkTransition({ status: from, requiredApprovals: current.requiredApprovals, tally: tally(votes, current.revisionCount) }, status);
    if (!check.ok) throw conflict(check.message);
    await claimVersion(tx, id, version, { status });
    await recordEvent(tx, {
      teamId: team.id,
      actor: { userId: mover.userId, name: mover.name },
      action: "status.changed",
      assessmentId: id,
      summary: `moved “${current.title}” from ${statusLabels[from].toLowerCase()} to ${statusLabels[status].toLowerCase()}${note ? `: ${note}` : ""}`,
      detail: { from, to: status, revision: current.revisionCount, note },
    });
    const watchers = [current.authorId, ...votes.map((vote) => vote.userId)].filter((userId): userId is string => userId !== null);
    await notify(tx, {
      teamId: team.id,
      userIds: watchers,
      actor: { userId: mover.userId, name: mover.name },
      kind: "status_change",
      assessmentId: id,
      message: `${mover.name} moved “${current.title}” to ${statusLabels[status].toLowerCase()}.`,
      href: paths.assessment(team.slug, id),
    });
    return tx.assessment.findUniqueOrThrow({ where: { id } });
  });
  return toSummary(row);
}

/**
 * Changing an accepted decision: the new answers become a new assessment (a draft, revision 1) that supersedes it.
 * Both are written in one transaction and linked both ways (supersededById here, `supersedes` there).
 */
export async function saveSuccessor(actor: Actor | null, id: string, input: unknown): Promise<AssessmentSummary> {
  const { db, team, actor: author } = await authorizeAssessment(actor, "assessment:edit", id);
  const { version, answers, title } = parsed(parseInput(successorInput, input));
  const revision = revisionData(answers, author.userId, author.name, 1);
  const row = await db.$transaction(async (tx) => {
    await lockRow(tx, "assessment", id);
    const current = await tx.assessment.findUniqueOrThrow({ where: { id } });
    const check = checkSupersede(statusOf(current.status));
    if (!check.ok) throw conflict(check.message);
    const name = title ?? current.title;
    const successor = await tx.assessment.create({
      data: {
        teamId: team.id,
        title: name,
        titleLower: name.toLowerCase(),
        authorId: author.userId,
        authorName: author.name,
        architecture: revision.architecture,
        engineVersion: revision.engineVersion,
        revisions: { create: revision },
      },
    });
    await claimVersion(tx, id, version, { status: "superseded", supersededById: successor.id });
    await recordEvent(tx, {
      teamId: team.id,
      actor: { userId: author.userId, name: author.name },
      action: "assessment.superseded",
      assessmentId: id,
      summary: `replaced the accepted “${current.title}” with a new draft “${name}” (${architectureLabels[revision.architecture]})`,
      detail: { successorId: successor.id, architecture: revision.architecture },
    });
    await recordEvent(tx, {
      teamId: team.id,
      actor: { userId: author.userId, name: author.name },
      action: "assessment.created",
      assessmentId: successor.id,
      summary: `saved “${name}” to supersede “${current.title}”`,
      detail: { supersedes: id, architecture: revision.architecture },
    });
    return successor;
  });
  return toSummary(row);
}
