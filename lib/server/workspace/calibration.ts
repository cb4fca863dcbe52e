import "server-only";
import { traitsSchema, type Traits } from "@/lib/decision/traits";
import { paths } from "@/lib/paths";
import { analyzeCalibration, settle, type CalibrationAnalysis, type MemberAnswers, type Settlement } from "@/lib/workspace/calibration";
import { calibrationAnswersInput, settleCalibrationInput, startCalibrationInput } from "@/lib/workspace/calibration-input";
import { can, type Action, type Actor } from "@/lib/workspace/policies";
import { checkEdit } from "@/lib/workspace/review-workflow";
import * as z from "zod/mini";
import { database, lockRow, type Prisma } from "../db";
import { authorizeTeam, parseInput, parsed, type TeamAccess } from "./access";
import { toSummary, type AssessmentSummary } from "./assessment-records";
import { authorizeAssessment, claimVersion, revisionData } from "./assessments";
import { notify, recordEvent } from "./activity";
import { conflict, forbidden, invalid, notFound } from "./errors";

// Team calibration: the author asks members to answer the same project's questions independently. Until you send
// your own answers you see only yours and who has answered; then everyone's, compared. Settling saves the answers
// kept as the assessment's next revision; the round keeps who answered what for good.

export type RoundStatus = "open" | "settled" | "cancelled";

export interface RoundSummary {
  id: string;
  assessmentId: string;
  status: RoundStatus;
  createdByName: string;
  createdAt: Date;
  settledAt: Date | null;
  settledRevision: number | null;
  invited: number;
  answered: number;
}

export interface Participant {
  userId: string;
  name: string;
  submittedAt: Date | null;
}

/** The settlement as kept with the round: what was kept and who answered what, against which revision, settled by whom. */
export type StoredSettlement = Settlement & { savedRevision: number; settledBy: string };

export interface CalibrationView {
  round: RoundSummary;
  /** Everyone asked, and whether they have answered: names only, never their answers. */
  participants: Participant[];
  mine: { invited: boolean; answers: Traits | null; submittedAt: Date | null };
  /** Whether you see everyone's answers: once you have sent yours, when you oversee the round without answering, or once it is closed. */
  revealed: boolean;
  /** Everyone's submitted answers; empty until revealed. */
  responses: MemberAnswers[];
  analysis: CalibrationAnalysis | null;
  /** The saved answers the round is compared with: the latest revision (while open). */
  base: { revision: number; version: number; answers: Traits };
  settledAnswers: Traits | null;
  settlement: StoredSettlement | null;
  can: { answer: boolean; settle: boolean; cancel: boolean };
}

const responseOrder = { orderBy: [{ createdAt: "asc" as const }, { userName: "asc" as const }, { id: "asc" as const }] };
const roundInclude = { assessment: true, responses: responseOrder } satisfies Prisma.CalibrationRoundInclude;

async function authorizeRound(actor: Actor | null, action: Action, roundId: string) {
  const db = await database();
  const round = typeof roundId === "string" && roundId.length <= 64 ? await db.calibrationRound.findUnique({ where: { id: roundId }, include: roundInclude }) : null;
  if (!round) throw notFound();
  const access = await authorizeTeam(actor, action, { teamId: round.assessment.teamId });
  return { ...access, round, assessment: toSummary(round.assessment) };
}

type RoundRow = Awaited<ReturnType<typeof authorizeRound>>["round"];

const roundStatus = (status: string): RoundStatus => (status === "settled" || status === "cancelled" ? status : "open");

function toRoundSummary(round: Omit<RoundRow, "assessment">): RoundSummary {
  return {
    id: round.id,
    assessmentId: round.assessmentId,
    status: roundStatus(round.status),
    createdByName: round.createdByName,
    createdAt: round.createdAt,
    settledAt: round.settledAt,
    settledRevision: round.settledRevision,
    invited: round.responses.length,
    answered: round.responses.filter((response) => response.submittedAt !== null).length,
  };
}

const storedAnswers = (text: string | null): Traits | null => (text === null ? null : z.parse(traitsSchema, JSON.parse(text)));

function submitted(round: RoundRow): MemberAnswers[] {
  return round.responses.flatMap((response) => {
    const answers = response.submittedAt ? storedAnswers(response.answers) : null;
    return answers ? [{ userId: response.userId, name: response.userName, answers }] : [];
  });
}

/** The latest revision's answers: what the round is compared with while it is open. */
async function baseOf(db: TeamAccess["db"], assessment: AssessmentSummary) {
  const latest = await db.assessmentRevision.findUniqueOrThrow({ where: { assessmentId_number: { assessmentId: assessment.id, number: assessment.revisionCount } } });
  return { revision: latest.number, version: assessment.version, answers: z.parse(traitsSchema, JSON.parse(latest.answers)) };
}

// The settlement is our own output, written by settleCalibration; read back as it was stored.
const storedSettlement = z.custom<StoredSettlement>((value) => typeof value === "object" && value !== null && "traits" in value);

/** One round as the actor may see it. */
export async function getCalibration(actor: Actor | null, roundId: string): Promise<CalibrationView> {
  const { db, round, assessment, role, team, actor: me } = await authorizeRound(actor, "assessment:read", roundId);
  const resource = { personal: team.personal, role };
  const status = roundStatus(round.status);
  const mine = round.responses.find((response) => response.userId === me.userId);
  const canSettle = can(me, "calibration:settle", resource);
  const revealed = status !== "open" || Boolean(mine?.submittedAt) || (!mine && canSettle);
  const base = await baseOf(db, assessment);
  const responses = revealed ? submitted(round) : [];
  const settlement = round.settlement ? z.parse(storedSettlement, JSON.parse(round.settlement)) : null;
  return {
    round: toRoundSummary(round),
    participants: round.responses.map((response) => ({ userId: response.userId, name: response.userName, submittedAt: response.submittedAt })),
    mine: { invited: Boolean(mine), answers: mine ? storedAnswers(mine.answers) : null, submittedAt: mine?.submittedAt ?? null },
    revealed,
    responses,
    // A settled round keeps its own record (the settlement); an open or cancelled one is compared with the latest revision.
    analysis: status !== "settled" && responses.length > 0 ? analyzeCalibration(base.answers, responses) : null,
    base,
    settledAnswers: storedAnswers(round.settledAnswers),
    settlement,
    can: {
      answer: status === "open" && Boolean(mine) && can(me, "calibration:answer", resource),
      settle: status === "open" && canSettle && revealed && responses.length > 0,
      cancel: status === "open" && can(me, "calibration:start", resource),
    },
  };
}

/** The assessment's rounds, newest first. */
export async function listCalibrations(actor: Actor | null, assessmentId: string): Promise<RoundSummary[]> {
  const { db } = await authorizeAssessment(actor, "assessment:read", assessmentId);
  const rounds = await db.calibrationRound.findMany({
    where: { assessmentId },
    include: { responses: responseOrder },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return rounds.map(toRoundSummary);
}

/**
 * Asks members (every member when none are named) to answer independently. One open round per assessment: a second
 * is a conflict. A locked (accepted or superseded) decision cannot be calibrated, since the result could not be saved.
 */
export async function startCalibration(actor: Actor | null, assessmentId: string, input: unknown): Promise<RoundSummary> {
  const { db, team, assessment, actor: author } = await authorizeAssessment(actor, "calibration:start", assessmentId);
  const { invitees } = parsed(parseInput(startCalibrationInput, input ?? {}));
  const editable = checkEdit(assessment.status);
  if (!editable.ok) throw conflict(editable.message);
  const members = await db.membership.findMany({ where: { teamId: team.id }, select: { userId: true, user: { select: { name: true } } }, orderBy: { createdAt: "asc" } });
  const chosen = new Set(invitees ?? members.map((member) => member.userId));
  if ([...chosen].some((userId) => !members.some((member) => member.userId === userId))) {
    throw invalid([{ path: "invitees", message: "Ask members of this team only." }]);
  }
  const asked = members.filter((member) => chosen.has(member.userId));
  const round = await db.$transaction(async (tx) => {
    await lockRow(tx, "assessment", assessmentId);
    const created = await tx.calibrationRound.create({
      data: {
        assessmentId,
        createdById: author.userId,
        createdByName: author.name,
        responses: { create: asked.map((member) => ({ userId: member.userId, userName: member.user.name })) },
      },
      include: { responses: responseOrder },
    });
    // Counted after the insert, inside the transaction: of two rounds started at once, the second rolls back.
    const open = await tx.calibrationRound.count({ where: { assessmentId, status: "open" } });
    if (open > 1) throw conflict("A calibration round is already open for this assessment. Settle or cancel it first.");
    const href = paths.assessmentCalibration(team.slug, assessmentId);
    const actorRef = { userId: author.userId, name: author.name };
    await notify(tx, { teamId: team.id, userIds: asked.map((m) => m.userId), actor: actorRef, kind: "calibration_request", assessmentId, href, message: `${author.name} asked you to answer the questions for "${assessment.title}" on your own.` });
    await recordEvent(tx, {
      teamId: team.id,
      actor: actorRef,
      action: "calibration.started",
      assessmentId,
      summary: `${author.name} started a calibration of "${assessment.title}" with ${asked.length} ${asked.length === 1 ? "member" : "members"}.`,
      detail: { roundId: created.id, invitees: asked.map((member) => member.user.name) },
    });
    return created;
  });
  return toRoundSummary(round);
}

/** An invitee's answers; sent again, they replace the earlier ones until the round is settled. */
export async function submitCalibrationAnswers(actor: Actor | null, roundId: string, input: unknown): Promise<CalibrationView> {
  const { db, round, assessment, actor: me } = await authorizeRound(actor, "calibration:answer", roundId);
  const mine = round.responses.find((response) => response.userId === me.userId);
  if (!mine) throw forbidden("Only the members asked to answer this round can answer it.");
  const { answers } = parsed(parseInput(calibrationAnswersInput, input));
  await db.$transaction(async (tx) => {
    await lockRow(tx, "assessment", assessment.id);
    const saved = await tx.calibrationResponse.updateMany({
      where: { id: mine.id, round: { is: { status: "open" } } },
      data: { answers: JSON.stringify(answers), submittedAt: new Date() },
    });
    if (saved.count === 0) throw conflict("This round is closed: it was settled or cancelled.");
    await recordEvent(tx, {
      teamId: assessment.teamId,
      actor: { userId: me.userId, name: me.name },
      action: "calibration.answered",
      assessmentId: assessment.id,
      summary: `${me.name} ${mine.submittedAt ? "changed their" : "sent their"} calibration answers for "${assessment.title}".`,
      detail: { roundId, resubmitted: mine.submittedAt !== null },
    });
  });
  return getCalibration(actor, roundId);
}

/**
 * Saves the answers kept (per disputed question, the saved one or a member's) as the assessment's next revision, and
 * closes the round with who answered what. Carries the version read: a stale one, or a locked decision, is a conflict.
 */
export async function settleCalibration(actor: Actor | null, roundId: string, input: unknown): Promise<CalibrationView> {
  const { db, round, assessment, actor: me } = await authorizeRound(actor, "calibration:settle", roundId);
  const { version, choices } = parsed(parseInput(settleCalibrationInput, input));
  if (round.status !== "open") throw conflict("This round is already closed.");
  const editable = checkEdit(assessment.status);
  if (!editable.ok) throw conflict(editable.message);
  const mine = round.responses.find((response) => response.userId === me.userId);
  if (mine && !mine.submittedAt) throw conflict("Send your own answers first: you were asked to answer this round too.");
  const members = submitted(round);
  if (members.length === 0) throw conflict("No one has answered yet, so there is nothing to settle.");
  if (version !== assessment.version) throw conflict("This assessment changed since you opened it. Reload to see the latest version, then settle again.");
  const base = await baseOf(db, assessment);
  const result = settle(base.answers, members, choices);
  if (!result.ok) throw invalid(result.issues);
  const revision = revisionData(result.answers, me.userId, me.name, assessment.revisionCount + 1);
  await db.$transaction(async (tx) => {
    await lockRow(tx, "assessment", assessment.id);
    const next = await claimVersion(tx, assessment.id, version, { revisionCount: { increment: 1 }, architecture: revision.architecture, engineVersion: revision.engineVersion });
    await tx.assessmentRevision.create({ data: { ...revision, assessmentId: assessment.id } });
    const closed = await tx.calibrationRound.updateMany({
      where: { id: roundId, status: "open" },
      data: {
        status: "settled",
        settledAnswers: JSON.stringify(result.answers),
        settlement: JSON.stringify({ ...result.settlement, savedRevision: base.revision, settledBy: me.name }),
        settledRevision: revision.number,
        settledAt: new Date(),
      },
    });
    if (closed.count === 0) throw conflict("This round was settled or cancelled meanwhile.");
    // Someone answering while this was being settled: their answers would be missing from the record.
    const now = await tx.calibrationResponse.findMany({ where: { roundId, submittedAt: { not: null } }, select: { userId: true, answers: true } });
    const used = new Map(members.map((member) => [member.userId, JSON.stringify(member.answers)]));
    if (now.length !== used.size || now.some((response) => response.answers !== used.get(response.userId))) {
      throw conflict("Someone sent their answers while you were settling. Reload to see them, then settle again.");
    }
    await recordEvent(tx, {
      teamId: assessment.teamId,
      actor: { userId: me.userId, name: me.name },
      action: "calibration.settled",
      assessmentId: assessment.id,
      summary: `${me.name} settled the calibration of "${assessment.title}" as revision ${revision.number} (version ${next}).`,
      detail: { roundId, revision: revision.number, kept: Object.fromEntries(result.settlement.traits.map((trait) => [trait.trait, trait.kept.value])) },
    });
  });
  return getCalibration(actor, roundId);
}

/** Closes an open round without changing the assessment; the answers sent stay on record. */
export async function cancelCalibration(actor: Actor | null, roundId: string): Promise<CalibrationView> {
  const { db, team, assessment, actor: closer } = await authorizeRound(actor, "calibration:start", roundId);
  await db.$transaction(async (tx) => {
    await lockRow(tx, "assessment", assessment.id);
    const closed = await tx.calibrationRound.updateMany({ where: { id: roundId, status: "open" }, data: { status: "cancelled", settledAt: new Date() } });
    if (closed.count === 0) throw conflict("This round is already closed.");
    await recordEvent(tx, { teamId: team.id, actor: { userId: closer.userId, name: closer.name }, action: "calibration.cancelled", assessmentId: assessment.id, summary: `closed the calibration of “${assessment.title}” without settling it`, detail: { roundId } });
  });
  return getCalibration(actor, roundId);
}

