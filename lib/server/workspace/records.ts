import "server-only";
import { buildTimeline, compareResults, pickRevisions, timelineActions, type Comparison, type TimelineEntry } from "@/lib/workspace/compare";
import { madrFilename, renderMadr, type MadrInput } from "@/lib/workspace/madr";
import { paths } from "@/lib/paths";
import { isStatus as isReviewStatus, verdicts, type Verdict } from "@/lib/workspace/review-workflow";
import type { Actor } from "@/lib/workspace/policies";
import { toRevision, type AssessmentSummary, type Revision } from "./assessment-records";
import { authorizeAssessment } from "./assessments";
import { notFound } from "./errors";
import type { TeamAccess } from "./access";

// History, compare and the decision record of saved assessments: reads only, each behind `assessment:read`.

export interface LoadedAssessment {
  assessment: AssessmentSummary;
  latest: Revision;
  team: TeamAccess["team"];
  role: TeamAccess["role"];
  revisions: Revision[];
}

/**
 * An assessment with every revision, after checking the actor may read it and that it belongs to the team in the URL:
 * another team's id is not_found, exactly like one that does not exist.
 */
export async function loadAssessment(actor: Actor | null, teamSlug: string, id: string): Promise<LoadedAssessment> {
  const { db, assessment, team, role } = await authorizeAssessment(actor, "assessment:read", id);
  if (team.slug !== teamSlug) throw notFound();
  const rows = await db.assessmentRevision.findMany({ where: { assessmentId: id }, orderBy: { number: "desc" }, take: 500 });
  const revisions = rows.map(toRevision);
  const latest = revisions[0];
  if (!latest) throw notFound();
  return { assessment, latest, team, role, revisions };
}

export interface History extends LoadedAssessment {
  timeline: TimelineEntry[];
  picked: { left: number; right: number; adjusted: boolean };
  comparison: { left: Revision; right: Revision; comparison: Comparison } | null;
}

/** The revision timeline (revisions and review events, newest first) and the comparison of the two picked revisions. */
export async function loadHistory(actor: Actor | null, teamSlug: string, id: string, query: { left?: string | string[]; right?: string | string[] }): Promise<History> {
  const loaded = await loadAssessment(actor, teamSlug, id);
  const { db } = await authorizeAssessment(actor, "activity:read", id);
  const events = await db.auditEvent.findMany({
    where: { teamId: loaded.team.id, assessmentId: id, action: { in: [...timelineActions] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 300,
  });
  const picked = pickRevisions(query, loaded.assessment.revisionCount);
  const left = loaded.revisions.find((revision) => revision.number === picked.left);
  const right = loaded.revisions.find((revision) => revision.number === picked.right);
  return {
    ...loaded,
    timeline: buildTimeline(loaded.revisions, events),
    picked,
    comparison: left && right ? { left, right, comparison: compareResults(left, right) } : null,
  };
}

export interface AssessmentComparison {
  left: LoadedAssessment;
  right: LoadedAssessment;
  comparison: Comparison;
}

/** Two assessments of the same team, each at its latest revision. Both are checked; either from another team is not_found. */
export async function compareAssessments(actor: Actor | null, teamSlug: string, leftId: string, rightId: string): Promise<AssessmentComparison> {
  const [left, right] = await Promise.all([loadAssessment(actor, teamSlug, leftId), loadAssessment(actor, teamSlug, rightId)]);
  return { left, right, comparison: compareResults(left.latest, right.latest) };
}

// ── The MADR record ─────────────────────────────────────────────────────────────────────────────

const isVerdict = (value: string): value is Verdict => (verdicts as readonly string[]).includes(value);

function detailOf(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The traits a settled round had to settle, from its settlement (lib/workspace/calibration.ts `Settlement.traits`). */
function disputedTraits(settlement: string | null): string[] {
  if (settlement === null) return [];
  const traits = detailOf(settlement).traits;
  if (!Array.isArray(traits)) return [];
  return traits.flatMap((entry: unknown) => (entry && typeof entry === "object" && "trait" in entry && typeof entry.trait === "string" ? [entry.trait] : [])).slice(0, 40);
}

async function reviewData(db: TeamAccess["db"], teamId: string, id: string) {
  const [members, votes, comments, statusEvents, round] = await Promise.all([
    db.membership.findMany({ where: { teamId }, orderBy: { createdAt: "asc" }, select: { userId: true, user: { select: { name: true } } } }),
    db.reviewVote.findMany({ where: { assessmentId: id }, orderBy: [{ updatedAt: "asc" }, { id: "asc" }] }),
    db.comment.findMany({ where: { assessmentId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500 }),
    db.auditEvent.findMany({ where: { teamId, assessmentId: id, action: { in: ["status.changed", "assessment.superseded"] } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 50 }),
    db.calibrationRound.findFirst({ where: { assessmentId: id, status: "settled" }, orderBy: [{ settledAt: "desc" }, { id: "desc" }], include: { responses: { where: { submittedAt: { not: null } }, orderBy: { submittedAt: "asc" } } } }),
  ]);
  return { members, votes, comments, statusEvents, round };
}

/** Everything the MADR renderer needs, read from the review. */
async function madrInput(actor: Actor | null, teamSlug: string, id: string, origin: string): Promise<{ input: MadrInput; loaded: LoadedAssessment }> {
  const loaded = await loadAssessment(actor, teamSlug, id);
  const { db } = await authorizeAssessment(actor, "assessment:read", id);
  const { assessment, latest, team } = loaded;
  const { members, votes, comments, statusEvents, round } = await reviewData(db, team.id, id);
  const lastChange = statusEvents[0];
  const acceptance = statusEvents.find((event) => detailOf(event.detail).to === "accepted");
  const successor = assessment.supersededById ? await db.assessment.findFirst({ where: { id: assessment.supersededById, teamId: team.id }, select: { id: true, title: true } }) : null;
  const input: MadrInput = {
    title: assessment.title,
    status: isReviewStatus(assessment.status) ? assessment.status : "draft",
    supersededBy: successor ? { title: successor.title, href: `${origin}${paths.assessment(team.slug, successor.id)}` } : null,
    statusDate: lastChange?.createdAt ?? assessment.createdAt,
    requiredApprovals: (await db.assessment.findUniqueOrThrow({ where: { id }, select: { requiredApprovals: true } })).requiredApprovals,
    current: { number: latest.number, answers: latest.answers, result: latest.result, authorName: latest.authorName, createdAt: latest.createdAt },
    revisions: loaded.revisions,
    acceptedBy: assessment.status === "accepted" || assessment.status === "superseded" ? (acceptance ? { userId: acceptance.actorId, name: acceptance.actorName } : null) : null,
    members: members.map((member) => ({ userId: member.userId, name: member.user.name })),
    votes: votes.flatMap((vote) => (isVerdict(vote.verdict) ? [{ userId: vote.userId, userName: vote.userName, verdict: vote.verdict, note: vote.note, revisionNumber: vote.revisionNumber, updatedAt: vote.updatedAt }] : [])),
    comments,
    calibration: round?.settledAt ? { settledAt: round.settledAt, participants: round.responses.map((response) => response.userName), disputedTraits: disputedTraits(round.settlement), settledRevision: round.settledRevision } : null,
    link: `${origin}${paths.assessment(team.slug, id)}`,
  };
  return { input, loaded };
}

/** The assessment's MADR 4 record as Markdown, with a download file name. */
export async function decisionRecord(actor: Actor | null, teamSlug: string, id: string, origin: string): Promise<{ markdown: string; filename: string; loaded: LoadedAssessment }> {
  const { input, loaded } = await madrInput(actor, teamSlug, id, origin);
  return { markdown: renderMadr(input), filename: madrFilename(input.title), loaded };
}

/** The same record for the JSON API's id-only route: the team comes from the assessment. */
export async function decisionRecordById(actor: Actor | null, id: string, origin: string) {
  const { team } = await authorizeAssessment(actor, "assessment:read", id);
  return decisionRecord(actor, team.slug, id, origin);
}
