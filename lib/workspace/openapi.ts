// The workspace API's OpenAPI 3.1 document, generated from the same zod schemas the handlers parse with
// (lib/workspace/schemas.ts, the traits schema); response shapes are declared here and checked against
// real responses by the API tests.
import { createDocument } from "zod-openapi";
import * as z from "zod/mini";
import { architectures } from "@/lib/decision/types";
import { traitsSchema } from "@/lib/decision/traits";
import { roles } from "./policies";
import { traitKeys } from "@/lib/decision/trait-keys";
import { assessmentStatuses, commentEditInput, commentInput, dashboardQuery, reviseAssessmentInput, saveAssessmentInput, shareLinkInput, statusInput } from "./schemas";

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
const assessmentPath = z.object({ id: z.string() });

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
          responses: { "200": ok("Saved", z.object({ assessment: assessmentSchema })), "409": problem("Stale version; nothing was written."), ...writes },
        },
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
