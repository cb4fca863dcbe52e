// The workspace API's OpenAPI 3.1 document, generated from the same zod schemas the handlers parse with
// (lib/workspace/schemas.ts, the traits schema); response shapes are declared here and checked against
// real responses by the API tests.
import { createDocument } from "zod-openapi";
import * as z from "zod/mini";
import { architectures } from "@/lib/decision/types";
import { traitsSchema } from "@/lib/decision/traits";
import { calibrationAnswersInput, settleCalibrationInput, startCalibrationInput } from "./calibration-input";
import { roles } from "./policies";
import { activityActions, notificationKinds } from "./activity";
import { verdicts } from "./review-workflow";
import { traitKeys } from "@/lib/decision/trait-keys";
import { assessmentStatuses, commentEditInput, commentInput, dashboardQuery, notificationReadInput, reviewRequestInput, reviseAssessmentInput, saveAssessmentInput, shareLinkInput, statusInput, successorInput, voteInput } from "./schemas";

const components = z.globalRegistry as unknown as z.core.$ZodRegistry<{ id: string }>;
/** Names a schema as a reusable component of the document. */
function id<T extends z.ZodMiniType>(schema: T, name: string): T {
  if (!components.has(schema)) components.add(schema, { id: name });
  return schema;
}
const dateTime = z.iso.datetime();

export const traitsComponent = id(traitsSchema, "Traits");
export const teamSchema = id(z.object({ id: z.string(), name: z.string(), slug: z.string(), personal: z.boolean(), role: z.enum(roles) }), "Team");
export const assessmentSchema = id(
  z.object({
    id: z.string(),
    teamId: z.string(),
    title: z.string(),
    status: z.enum(assessmentStatuses),
    supersededById: z.nullable(z.string()),
    requiredApprovals: z.number(),
    architecture: z.enum(architectures),
    engineVersion: z.string(),
    version: z.number(),
    revisionCount: z.number(),
    authorName: z.string(),
    createdAt: dateTime,
    updatedAt: dateTime,
  }),
  "Assessment",
);
export const revisionSchema = id(
  z.object({
    number: z.number(),
    answers: traitsComponent,
    result: z.record(z.string(), z.unknown()),
    engineVersion: z.string(),
    architecture: z.enum(architectures),
    authorName: z.string(),
    createdAt: dateTime,
  }),
  "Revision",
);
export const dashboardPageSchema = id(
  z.object({
    items: z.array(assessmentSchema),
    nextCursor: z.nullable(z.string()),
    counts: z.object({ prompt_engineering: z.number(), rag: z.number(), fine_tuning: z.number(), hybrid: z.number() }),
    total: z.number(),
  }),
  "DashboardPage",
);
export const shareLinkSchema = id(
  z.object({
    id: z.string(),
    label: z.string(),
    createdAt: dateTime,
    expiresAt: dateTime,
    revokedAt: z.nullable(dateTime),
    lastUsedAt: z.nullable(dateTime),
    useCount: z.number(),
    canComment: z.boolean(),
    state: z.enum(["active", "revoked", "expired"]),
  }),
  "ShareLink",
);
export const reviewSchema = id(
  z.object({
    status: z.enum(assessmentStatuses),
    requiredApprovals: z.number(),
    revision: z.number(),
    tally: z.object({ approve: z.number(), request_changes: z.number(), abstain: z.number(), stale: z.number() }),
    votes: z.array(z.object({ userId: z.string(), userName: z.string(), verdict: z.enum(verdicts), note: z.string(), revisionNumber: z.number(), current: z.boolean(), updatedAt: dateTime })),
    supersedes: z.array(z.object({ id: z.string(), title: z.string() })),
  }),
  "Review",
);
export const activityPageSchema = id(
  z.object({
    entries: z.array(z.object({ id: z.string(), actorName: z.string(), action: z.enum(activityActions), assessmentId: z.nullable(z.string()), summary: z.string(), detail: z.record(z.string(), z.unknown()), createdAt: dateTime })),
    nextCursor: z.nullable(z.string()),
  }),
  "ActivityPage",
);
export const notificationsSchema = id(
  z.object({
    items: z.array(z.object({ id: z.string(), kind: z.enum(notificationKinds), actorName: z.string(), message: z.string(), href: z.string(), readAt: z.nullable(dateTime), createdAt: dateTime })),
    unread: z.number(),
  }),
  "Notifications",
);
export const calibrationRoundSchema = id(
  z.object({
    id: z.string(),
    assessmentId: z.string(),
    status: z.enum(["open", "settled", "cancelled"]),
    createdByName: z.string(),
    createdAt: dateTime,
    settledAt: z.nullable(dateTime),
    settledRevision: z.nullable(z.number()),
    invited: z.number(),
    answered: z.number(),
  }),
  "CalibrationRound",
);
export const calibrationSchema = id(
  z.object({
    round: calibrationRoundSchema,
    participants: z.array(z.object({ userId: z.string(), name: z.string(), submittedAt: z.nullable(dateTime) })),
    mine: z.object({ invited: z.boolean(), answers: z.nullable(traitsComponent), submittedAt: z.nullable(dateTime) }),
    revealed: z.boolean(),
    responses: z.array(z.object({ userId: z.string(), name: z.string(), answers: traitsComponent })),
    analysis: z.nullable(z.object({ saved: z.record(z.string(), z.unknown()), members: z.array(z.record(z.string(), z.unknown())), traits: z.array(z.record(z.string(), z.unknown())), disputed: z.array(z.string()), decisive: z.array(z.string()) })),
    base: z.object({ revision: z.number(), version: z.number(), answers: traitsComponent }),
    settledAnswers: z.nullable(traitsComponent),
    settlement: z.nullable(z.record(z.string(), z.unknown())),
    can: z.object({ answer: z.boolean(), settle: z.boolean(), cancel: z.boolean() }),
  }),
  "Calibration",
);
export const commentSchema = id(
  z.object({
    id: z.string(),
    traitKey: z.nullable(z.enum(traitKeys)),
    parentId: z.nullable(z.string()),
    authorName: z.string(),
    guest: z.boolean(),
    body: z.string(),
    deleted: z.boolean(),
    createdAt: dateTime,
    editedAt: z.nullable(dateTime),
    edits: z.array(z.object({ body: z.string(), createdAt: dateTime })),
    mentions: z.array(z.string()),
    canEdit: z.boolean(),
    canDelete: z.boolean(),
  }),
  "Comment",
);
export const errorSchema = id(
  z.object({
    error: z.string(),
    message: z.optional(z.string()),
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
  "Error",
);

const jsonContent = <T extends z.ZodMiniType>(schema: T) => ({ content: { "application/json": { schema } } });
const ok = <T extends z.ZodMiniType>(description: string, schema: T) => ({ description, ...jsonContent(schema) });
const problem = (description: string) => ({ description, ...jsonContent(errorSchema) });

const common = {
  "401": problem("Not signed in."),
  "404": problem("No such resource, or it belongs to a team you are not in (the two are indistinguishable)."),
};
const writes = {
  ...common,
  "400": problem("Invalid body: `issues` lists each field with its message."),
  "403": problem("Your role does not allow this, or a cross-site request."),
  "413": problem("Body over 64 KiB."),
  "415": problem("Body is not JSON."),
};

const teamPath = z.object({ teamId: z.string() });
/** The team archive's envelope; its full format is lib/workspace/team-archive.ts. */
const archiveEnvelope = z.looseObject({ format: z.literal("rag-or-finetune.team-archive"), version: z.literal(1), exportedAt: z.string(), team: z.object({ name: z.string() }) });
const assessmentPath = z.object({ id: z.string() });
const roundPath = z.object({ roundId: z.string() });

export function buildOpenApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: { title: "Retrieval or training? Workspace API", version: "1.0.0", description: "Session-authenticated (the better-auth session cookie). Errors: { error, message, issues? }." },
    paths: {
      "/api/v1/teams": { get: { summary: "Your teams", responses: { "200": ok("Teams", z.object({ teams: z.array(teamSchema) })), "401": common["401"] } } },
      "/api/v1/teams/{teamId}/assessments": {
        get: { summary: "A team's assessments", requestParams: { path: teamPath, query: dashboardQuery }, responses: { "200": ok("One page", dashboardPageSchema), "400": writes["400"], ...common } },
        post: { summary: "Save answers as a new assessment", requestParams: { path: teamPath }, requestBody: jsonContent(saveAssessmentInput), responses: { "201": ok("Saved", z.object({ assessment: assessmentSchema })), ...writes } },
      },
      "/api/v1/assessments/{id}": {
        get: { summary: "An assessment and its latest revision", requestParams: { path: assessmentPath }, responses: { "200": ok("Found", z.object({ assessment: assessmentSchema, latest: revisionSchema })), ...common } },
        patch: {
          summary: "New answers as the next revision",
          requestParams: { path: assessmentPath },
          requestBody: jsonContent(reviseAssessmentInput),
          responses: { "200": ok("Saved", z.object({ assessment: assessmentSchema })), "409": problem("The version you sent is not the current one; nothing was written."), ...writes },
        },
      },
      "/api/v1/assessments/{id}/revisions": {
        get: { summary: "Every revision, newest first", requestParams: { path: assessmentPath }, responses: { "200": ok("Revisions", z.object({ revisions: z.array(revisionSchema) })), ...common } },
      },
      "/api/v1/assessments/{id}/status": {
        put: {
          summary: "Change the status",
          requestParams: { path: assessmentPath },
          requestBody: jsonContent(statusInput),
          responses: { "200": ok("Saved", z.object({ assessment: assessmentSchema })), "409": problem("Stale version, or a move the review workflow does not allow (the message says why); nothing was written."), ...writes },
        },
      },
      "/api/v1/assessments/{id}/review": {
        get: { summary: "Votes, the tally on the current revision and the approvals needed", requestParams: { path: assessmentPath }, responses: { "200": ok("Review", z.object({ review: reviewSchema })), ...common } },
      },
      "/api/v1/assessments/{id}/review-request": {
        post: {
          summary: "Propose a draft for review and ask reviewers",
          requestParams: { path: assessmentPath },
          requestBody: jsonContent(reviewRequestInput),
          responses: { "200": ok("Proposed", z.object({ assessment: assessmentSchema })), "409": problem("Not a draft, or a stale version."), ...writes },
        },
      },
      "/api/v1/assessments/{id}/votes": {
        put: {
          summary: "Your vote on the current revision (replaces an earlier one)",
          requestParams: { path: assessmentPath },
          requestBody: jsonContent(voteInput),
          responses: { "200": ok("Recorded", z.object({ review: reviewSchema })), "409": problem("Votes are taken only while proposed."), ...writes },
        },
      },
      "/api/v1/assessments/{id}/successor": {
        post: {
          summary: "Changed answers for an accepted decision, saved as a new assessment that supersedes it",
          requestParams: { path: assessmentPath },
          requestBody: jsonContent(successorInput),
          responses: { "201": ok("Saved", z.object({ assessment: assessmentSchema })), "409": problem("Not accepted, or a stale version."), ...writes },
        },
      },
      "/api/v1/teams/{teamId}/activity": {
        get: {
          summary: "The team's audit log, newest first",
          requestParams: { path: teamPath, query: z.object({ cursor: z.optional(z.string()), assessmentId: z.optional(z.string()) }) },
          responses: { "200": ok("One page", activityPageSchema), ...common },
        },
      },
      "/api/v1/notifications": {
        get: { summary: "Your notifications and the unread count", requestParams: { query: z.object({ unread: z.optional(z.enum(["1"])) }) }, responses: { "200": ok("Notifications", notificationsSchema), "401": common["401"] } },
      },
      "/api/v1/notifications/read": {
        post: { summary: "Mark one (id) or all notifications read", requestBody: jsonContent(notificationReadInput), responses: { "204": { description: "Marked" }, ...writes } },
      },
      "/api/v1/assessments/{id}/share-links": {
        get: { summary: "Share links of the assessment (owners and editors)", requestParams: { path: assessmentPath }, responses: { "200": ok("Links", z.object({ shareLinks: z.array(shareLinkSchema) })), "403": writes["403"], ...common } },
        post: {
          summary: "Create a share link (view only, or visitors may comment)",
          requestParams: { path: assessmentPath },
          requestBody: jsonContent(shareLinkInput),
          responses: { "201": ok("Created; `url` is shown only here", z.object({ shareLink: shareLinkSchema, url: z.string() })), ...writes },
        },
      },
      // Issue 8: the MADR record and the team archive (ADR 0018).
      "/api/v1/assessments/{id}/record.md": {
        get: { summary: "The MADR 4 decision record, filled from the review", requestParams: { path: assessmentPath }, responses: { "200": { description: "A Markdown download", content: { "text/markdown": { schema: z.string() } } }, ...common } },
      },
      "/api/v1/teams/{teamId}/export": {
        get: { summary: "The team's data as a JSON archive (owners)", requestParams: { path: teamPath }, responses: { "200": ok("A download of the archive", archiveEnvelope), "403": writes["403"], ...common } },
      },
      "/api/v1/teams/{teamId}/import": {
        post: {
          summary: "Import an archive into this empty team (owners); all or nothing",
          requestParams: { path: teamPath },
          requestBody: jsonContent(archiveEnvelope),
          responses: {
            "201": ok("Imported", z.object({ imported: z.object({ assessments: z.number(), revisions: z.number(), comments: z.number(), votes: z.number(), calibrations: z.number(), activity: z.number(), unmatched: z.array(z.record(z.string(), z.string())) }) })),
            "409": problem("The team already has assessments; nothing was written."),
            ...writes,
            "413": problem("Archive over 5 MiB."),
          },
        },
      },
      "/api/v1/assessments/{id}/calibrations": {
        get: { summary: "Calibration rounds, newest first", requestParams: { path: assessmentPath }, responses: { "200": ok("Rounds", z.object({ rounds: z.array(calibrationRoundSchema) })), ...common } },
        post: {
          summary: "Ask members to answer independently (owners and editors)",
          requestParams: { path: assessmentPath },
          requestBody: jsonContent(startCalibrationInput),
          responses: { "201": ok("Started", z.object({ round: calibrationRoundSchema })), "409": problem("A round is already open, or the decision is locked."), ...writes },
        },
      },
      "/api/v1/calibrations/{roundId}": {
        get: { summary: "A round as you may see it: others' answers only once you have sent yours", requestParams: { path: roundPath }, responses: { "200": ok("Round", z.object({ calibration: calibrationSchema })), ...common } },
      },
      "/api/v1/calibrations/{roundId}/answers": {
        put: {
          summary: "Your answers (invitees only)",
          requestParams: { path: roundPath },
          requestBody: jsonContent(calibrationAnswersInput),
          responses: { "200": ok("Saved", z.object({ calibration: calibrationSchema })), "409": problem("The round is closed."), ...writes },
        },
      },
      "/api/v1/calibrations/{roundId}/settle": {
        post: {
          summary: "Keep one answer per disputed question, saved as the next revision",
          requestParams: { path: roundPath },
          requestBody: jsonContent(settleCalibrationInput),
          responses: { "200": ok("Settled", z.object({ calibration: calibrationSchema })), "409": problem("Stale version, locked decision, closed round or no answers yet."), ...writes },
        },
      },
      "/api/v1/calibrations/{roundId}/cancel": {
        post: { summary: "Close an open round without changing the assessment", requestParams: { path: roundPath }, responses: { "200": ok("Cancelled", z.object({ calibration: calibrationSchema })), "403": writes["403"], "409": problem("The round is already closed."), ...common } },
      },
      "/api/v1/assessments/{id}/comments": {
        get: {
          summary: "The assessment's comments, oldest first (replies carry parentId)",
          requestParams: { path: assessmentPath, query: z.object({ traitKey: z.optional(z.enum(traitKeys)) }) },
          responses: { "200": ok("Comments", z.object({ comments: z.array(commentSchema) })), "400": writes["400"], ...common },
        },
        post: {
          summary: "Comment on the assessment or one answer, or reply (every member)",
          requestParams: { path: assessmentPath },
          requestBody: jsonContent(commentInput),
          responses: { "201": ok("Posted; mentioned members are notified", z.object({ comment: commentSchema })), "409": problem("The comment replied to was deleted."), ...writes },
        },
      },
      "/api/v1/assessments/{id}/comments/{commentId}": {
        patch: {
          summary: "Edit your own comment (the earlier body is kept)",
          requestParams: { path: z.object({ id: z.string(), commentId: z.string() }) },
          requestBody: jsonContent(commentEditInput),
          responses: { "200": ok("Saved", z.object({ comment: commentSchema })), "409": problem("The comment was deleted or changed meanwhile."), ...writes },
        },
        delete: {
          summary: "Delete your own comment, or anyone's as an owner (replies stay)",
          requestParams: { path: z.object({ id: z.string(), commentId: z.string() }) },
          responses: { "204": { description: "Deleted" }, "403": writes["403"], ...common },
        },
      },
      "/api/v1/assessments/{id}/share-links/{linkId}": {
        delete: { summary: "Revoke a share link", requestParams: { path: z.object({ id: z.string(), linkId: z.string() }) }, responses: { "204": { description: "Revoked" }, "403": writes["403"], ...common } },
      },
    },
  });
}
