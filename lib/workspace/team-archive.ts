// A whole team's review data as one JSON document, for a backup or a move to another server: its schema, the checks
// the schema cannot express (references between records), a canonical order, a normal form for comparing two
// archives. Pure; the rows an import writes are planned in ./team-archive-import.ts; lib/server/workspace/team-archive.ts
// reads and writes.
import * as z from "zod/mini";
import { traitKeys, traitsSchema, type TraitKey } from "@/lib/decision/traits";
import { architectures } from "@/lib/decision/types";
import type { FieldIssue } from "@/lib/validation/validation-error";
import { activityActions } from "./activity";
import { roles } from "./policies";
import { statuses, verdicts } from "./review-workflow";

export const archiveFormat = "rag-or-finetune.team-archive";
export const archiveVersion = 1;
/** The largest archive an import reads. */
export const maxArchiveBytes = 5 * 1024 * 1024;
export const calibrationStatuses = ["open", "settled", "cancelled"] as const;

const text = (max: number) => z.string().check(z.maxLength(max, `Keep this to ${max} characters.`));
const nonEmpty = (max: number) => z.string().check(z.minLength(1, "Give a value."), z.maxLength(max, `Keep this to ${max} characters.`));
const recordId = nonEmpty(64);
const when = z.iso.datetime({ error: "Give a date and time in ISO 8601 (UTC), e.g. 2026-11-30T10:00:00.000Z." });
const email = z.email({ error: "Give an email address." }).check(z.maxLength(320));
const count = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
const architecture = z.enum(architectures);

// The engine's stored result. Checked for what the pages read; everything else is kept as it is (loose objects).
const resultSchema = z.looseObject({
  engineVersion: nonEmpty(40),
  recommendation: z.looseObject({ architecture, runnerUp: architecture, confidence: z.number(), summary: text(4000) }),
  scores: z.looseObject({ prompt_engineering: z.number(), rag: z.number(), fine_tuning: z.number(), hybrid: z.number() }),
  factors: z.array(z.looseObject({ trait: z.enum(traitKeys as readonly TraitKey[] as [TraitKey, ...TraitKey[]]), effects: z.partialRecord(architecture, z.number()), rationale: text(4000) })),
  flips: z.array(z.looseObject({ architecture })),
  roleProfile: z.looseObject({ roles: z.array(z.json()), warnings: z.array(z.json()) }),
});

const revisionSchema = z.strictObject({
  number: count(1, 100_000),
  answers: traitsSchema,
  result: resultSchema,
  engineVersion: nonEmpty(40),
  architecture,
  authorName: text(200),
  authorEmail: z.nullable(email),
  createdAt: when,
});

const commentSchema = z.strictObject({
  id: recordId,
  parentId: z.nullable(recordId),
  traitKey: z.nullable(text(64)),
  authorName: text(200),
  authorEmail: z.nullable(email),
  body: text(20_000),
  edits: z.array(z.strictObject({ body: text(20_000), createdAt: when })),
  editedAt: z.nullable(when),
  deletedAt: z.nullable(when),
  createdAt: when,
});

const voteSchema = z.strictObject({
  userEmail: email,
  userName: text(200),
  verdict: z.enum(verdicts),
  note: text(20_000),
  revisionNumber: count(1, 100_000),
  createdAt: when,
  updatedAt: when,
});

const calibrationSchema = z.strictObject({
  createdByName: text(200),
  createdByEmail: z.nullable(email),
  status: z.enum(calibrationStatuses),
  settledAnswers: z.nullable(traitsSchema),
  settlement: z.nullable(z.json()),
  settledRevision: z.nullable(count(1, 100_000)),
  createdAt: when,
  settledAt: z.nullable(when),
  responses: z.array(
    z.strictObject({ userEmail: email, userName: text(200), answers: z.nullable(traitsSchema), submittedAt: z.nullable(when), createdAt: when }),
  ),
});

const assessmentSchema = z.strictObject({
  id: recordId,
  title: nonEmpty(200),
  status: z.enum(statuses),
  requiredApprovals: count(0, 100),
  supersededBy: z.nullable(recordId),
  authorName: text(200),
  authorEmail: z.nullable(email),
  createdAt: when,
  updatedAt: when,
  revisions: z.array(revisionSchema).check(z.minLength(1, "An assessment has at least one revision.")),
  comments: z.array(commentSchema),
  votes: z.array(voteSchema),
  calibrations: z.array(calibrationSchema),
});

const activitySchema = z.strictObject({
  actorName: text(200),
  actorEmail: z.nullable(email),
  action: z.enum(activityActions),
  assessmentId: z.nullable(recordId),
  summary: text(2000),
  detail: z.record(z.string(), z.json()),
  createdAt: when,
});

export const teamArchiveSchema = z.strictObject({
  format: z.literal(archiveFormat, { error: `This is not a team archive (format must be "${archiveFormat}").` }),
  version: z.literal(archiveVersion, { error: `This server reads team archives of version ${archiveVersion}.` }),
  exportedAt: when,
  team: z.strictObject({ name: nonEmpty(200) }),
  members: z.array(z.strictObject({ email, name: text(200), role: z.enum(roles) })),
  assessments: z.array(assessmentSchema),
  activity: z.array(activitySchema),
});

export type TeamArchive = z.output<typeof teamArchiveSchema>;
export type ArchiveAssessment = TeamArchive["assessments"][number];
export type ArchiveComment = ArchiveAssessment["comments"][number];

// ── Checks beyond the schema ────────────────────────────────────────────────────────────────────

function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const indexes: number[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) indexes.push(index);
    seen.add(value);
  });
  return indexes;
}

/** A comment's thread must end at a top-level comment of the same assessment: no missing parent, no loop. */
function commentIssues(assessment: ArchiveAssessment, at: string, commentIds: Set<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const parents = new Map(assessment.comments.map((comment) => [comment.id, comment.parentId]));
  assessment.comments.forEach((comment, index) => {
    const path = `${at}.comments.${index}`;
    if (commentIds.has(comment.id)) issues.push({ path: `${path}.id`, message: "Each comment needs its own id." });
    commentIds.add(comment.id);
    if (comment.parentId === null) return;
    if (!parents.has(comment.parentId)) {
      issues.push({ path: `${path}.parentId`, message: "The comment it replies to is not in this assessment." });
      return;
    }
    const visited = new Set<string>([comment.id]);
    for (let parent: string | null | undefined = comment.parentId; parent != null; parent = parents.get(parent)) {
      if (visited.has(parent)) {
        issues.push({ path: `${path}.parentId`, message: "Replies form a loop." });
        return;
      }
      visited.add(parent);
    }
  });
  return issues;
}

function assessmentIssues(assessment: ArchiveAssessment, at: string, ids: ReadonlySet<string>, commentIds: Set<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const revisionCount = assessment.revisions.length;
  const numbers = assessment.revisions.map((revision) => revision.number).sort((a, b) => a - b);
  if (numbers.some((number, index) => number !== index + 1)) issues.push({ path: `${at}.revisions`, message: "Revisions must be numbered 1, 2, 3… without gaps or repeats." });
  if (assessment.supersededBy !== null && (assessment.supersededBy === assessment.id || !ids.has(assessment.supersededBy))) {
    issues.push({ path: `${at}.supersededBy`, message: "The assessment that supersedes this one is not in the archive." });
  }
  issues.push(...commentIssues(assessment, at, commentIds));
  for (const index of duplicates(assessment.votes, (vote) => vote.userEmail.toLowerCase())) issues.push({ path: `${at}.votes.${index}.userEmail`, message: "One vote per person." });
  assessment.votes.forEach((vote, index) => {
    if (vote.revisionNumber > revisionCount) issues.push({ path: `${at}.votes.${index}.revisionNumber`, message: "The vote names a revision the assessment does not have." });
  });
  assessment.calibrations.forEach((round, index) => {
    const path = `${at}.calibrations.${index}`;
    if (round.settledRevision !== null && round.settledRevision > revisionCount) issues.push({ path: `${path}.settledRevision`, message: "The round names a revision the assessment does not have." });
    for (const duplicate of duplicates(round.responses, (response) => response.userEmail.toLowerCase())) issues.push({ path: `${path}.responses.${duplicate}.userEmail`, message: "One response per person." });
  });
  return issues;
}

/** What the schema cannot check: unique ids, references that resolve, revisions numbered 1…n. */
export function archiveIssues(archive: TeamArchive): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const index of duplicates(archive.members, (member) => member.email.toLowerCase())) issues.push({ path: `members.${index}.email`, message: "Each member once." });
  for (const index of duplicates(archive.assessments, (assessment) => assessment.id)) issues.push({ path: `assessments.${index}.id`, message: "Each assessment needs its own id." });
  const ids = new Set(archive.assessments.map((assessment) => assessment.id));
  const commentIds = new Set<string>();
  archive.assessments.forEach((assessment, index) => issues.push(...assessmentIssues(assessment, `assessments.${index}`, ids, commentIds)));
  archive.activity.forEach((entry, index) => {
    if (entry.assessmentId !== null && !ids.has(entry.assessmentId)) issues.push({ path: `activity.${index}.assessmentId`, message: "The activity names an assessment that is not in the archive." });
  });
  return issues;
}

export type ArchiveParse = { ok: true; archive: TeamArchive } | { ok: false; issues: FieldIssue[] };

/** Validates an archive: the schema first, then the references. */
export function parseArchive(input: unknown): ArchiveParse {
  const parsed = z.safeParse(teamArchiveSchema, input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.code === "unrecognized_keys" ? `Unknown fields: ${issue.keys.join(", ")}.` : issue.message }));
    return { ok: false, issues: issues.slice(0, 50) };
  }
  const issues = archiveIssues(parsed.data);
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, 50) } : { ok: true, archive: parsed.data };
}

// ── Canonical order and normal form ─────────────────────────────────────────────────────────────

/** Compares by each key in turn (plain code-unit order, the same everywhere). */
function byKeys<T>(...keys: ((item: T) => string | number)[]) {
  return (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

function orderAssessment(assessment: ArchiveAssessment): ArchiveAssessment {
  return {
    ...assessment,
    revisions: [...assessment.revisions].sort(byKeys((revision) => revision.number)),
    comments: [...assessment.comments].sort(byKeys((c) => c.createdAt, (c) => c.authorName, (c) => c.body)).map((c) => ({ ...c, edits: [...c.edits].sort(byKeys((e) => e.createdAt, (e) => e.body)) })),
    votes: [...assessment.votes].sort(byKeys((vote) => vote.userEmail.toLowerCase())),
    calibrations: [...assessment.calibrations]
      .sort(byKeys((round) => round.createdAt, (round) => round.createdByName))
      .map((round) => ({ ...round, responses: [...round.responses].sort(byKeys((response) => response.userEmail.toLowerCase())) })),
  };
}

/** The archive in an order that depends only on its content, never on ids: two exports of the same data match. */
export function canonicalOrder(archive: TeamArchive): TeamArchive {
  return {
    ...archive,
    members: [...archive.members].sort(byKeys((member) => member.email.toLowerCase())),
    assessments: archive.assessments.map(orderAssessment).sort(byKeys((a) => a.createdAt, (a) => a.title, (a) => a.authorName)),
    activity: [...archive.activity].sort(byKeys((e) => e.createdAt, (e) => e.action, (e) => e.summary, (e) => e.actorName)),
  };
}

/** The archive's own operations: each export and import logs one, so they are left out when comparing two archives. */
const archiveActions: ReadonlySet<string> = new Set(["team.exported", "team.imported"]);

/** Replaces every string in `value` that is a key of `ids` (shallowly, the detail's own values). */
export function remapDetail(detail: Record<string, unknown>, ids: ReadonlyMap<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(detail).map(([key, value]) => [key, typeof value === "string" ? (ids.get(value) ?? value) : value]));
}

/**
 * Two archives of the same team data are equal in this form: canonical order, the export time dropped, record ids
 * replaced by their position, and the export and import entries of the activity left out.
 */
export function normaliseArchive(archive: TeamArchive): Omit<TeamArchive, "exportedAt"> {
  const { exportedAt: _exportedAt, ...ordered } = canonicalOrder(archive);
  const ids = new Map<string, string>();
  ordered.assessments.forEach((assessment, index) => {
    ids.set(assessment.id, `assessment-${index + 1}`);
    assessment.comments.forEach((comment, position) => ids.set(comment.id, `assessment-${index + 1}-comment-${position + 1}`));
  });
  const alias = (id: string | null) => (id === null ? null : (ids.get(id) ?? id));
  return {
    ...ordered,
    assessments: ordered.assessments.map((assessment) => ({
      ...assessment,
      id: alias(assessment.id) ?? assessment.id,
      supersededBy: alias(assessment.supersededBy),
      comments: assessment.comments.map((comment) => ({ ...comment, id: alias(comment.id) ?? comment.id, parentId: alias(comment.parentId) })),
    })),
    activity: ordered.activity
      .filter((entry) => !archiveActions.has(entry.action))
      .map((entry) => ({ ...entry, assessmentId: alias(entry.assessmentId), detail: remapDetail(entry.detail, ids) as TeamArchive["activity"][number]["detail"] })),
  };
}


/** A download name for the archive: the team's slug and the export's date. */
export function archiveFilename(teamSlug: string, exportedAt: Date): string {
  const slug = teamSlug.replace(/[^a-z0-9-]+/gi, "-").replace(/^-+|-+$/g, "") || "team";
  return `${slug}-${exportedAt.toISOString().slice(0, 10)}.team-archive.json`;
}
