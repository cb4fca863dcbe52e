// The workspace's inputs, defined once: forms, server actions, the JSON API and its OpenAPI document all use
// these. zod/mini, like the traits schema, so a form can import them without the full zod in its bundle.
import * as z from "zod/mini";
import { architectures } from "@/lib/decision/types";
import { traitKeys } from "@/lib/decision/trait-keys";
import { traitsSchema } from "@/lib/decision/traits";
import type { FieldIssue } from "@/lib/validation/validation-error";

const text = (what: string, max: number) =>
  z.pipe(
    z.string({ error: `Give ${what}.` }).check(z.trim()),
    z.string().check(z.minLength(1, `Give ${what}.`), z.maxLength(max, `Keep ${what} to ${max} characters.`)),
  );

const wholeNumber = (what: string, min: number, max: number) =>
  z.number({ error: `Give ${what} as a whole number.` }).check(
    z.int({ error: `Give ${what} as a whole number.` }),
    z.minimum(min, `Give ${what} from ${min} to ${max}.`),
    z.maximum(max, `Give ${what} from ${min} to ${max}.`),
  );

import { requiredApprovalsRange, statuses as assessmentStatuses, verdicts, type Status as AssessmentStatus } from "./review-workflow";

export { assessmentStatuses, type AssessmentStatus };

export const teamNameInput = z.strictObject({ name: text("a team name", 80) });
export const memberRoleInput = z.strictObject({
  role: z.enum(["owner", "editor", "viewer"], { error: "Choose a role: owner, editor or viewer." }),
});
export const inviteInput = z.strictObject({
  role: z.enum(["editor", "viewer"], { error: "Invite as editor or viewer (ownership is transferred, not invited)." }),
  maxUses: z._default(wholeNumber("how many people may use the link", 1, 100), 1),
  expiresInDays: z._default(wholeNumber("the days the link stays valid", 1, 30), 7),
});

export const saveAssessmentInput = z.strictObject({ title: text("a title", 120), answers: traitsSchema });
export const reviseAssessmentInput = z.strictObject({
  version: wholeNumber("the version you edited", 1, 1_000_000),
  answers: traitsSchema,
  title: z.optional(text("a title", 120)),
});
export const statusInput = z.strictObject({
  version: wholeNumber("the version you edited", 1, 1_000_000),
  status: z.enum(assessmentStatuses, { error: `Choose a status: ${assessmentStatuses.join(", ")}.` }),
  // Optional note kept in the activity log (why it was accepted, rejected, sent back).
  note: z._default(z.string().check(z.trim(), z.maxLength(1000, "Keep the note to 1,000 characters.")), ""),
});

/** Propose a draft for review: how many approvals it needs, and whom to ask (none named: every other member). */
export const reviewRequestInput = z.strictObject({
  version: wholeNumber("the version you edited", 1, 1_000_000),
  requiredApprovals: wholeNumber("the approvals needed", requiredApprovalsRange.min, requiredApprovalsRange.max),
  reviewerIds: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(100, "Ask at most 100 reviewers.")), []),
});

export const voteInput = z.strictObject({
  verdict: z.enum(verdicts, { error: "Choose approve, request changes or abstain." }),
  note: z._default(z.string().check(z.trim(), z.maxLength(2000, "Keep the note to 2,000 characters.")), ""),
});

/** Changing an accepted decision: new answers (and optionally a title) saved as the assessment that supersedes it. */
export const successorInput = z.strictObject({
  version: wholeNumber("the version you edited", 1, 1_000_000),
  answers: traitsSchema,
  title: z.optional(text("a title", 120)),
});

export const dashboardSorts = ["updated", "created", "title"] as const;
export const dashboardQuery = z.strictObject({
  q: z.optional(z.string().check(z.maxLength(120, "Keep the search to 120 characters."))),
  status: z.optional(z.enum(assessmentStatuses, { error: `Filter by one of: ${assessmentStatuses.join(", ")}.` })),
  architecture: z.optional(z.enum(architectures, { error: `Filter by one of: ${architectures.join(", ")}.` })),
  sort: z._default(z.enum(dashboardSorts, { error: `Sort by ${dashboardSorts.join(", ")}.` }), "updated"),
  cursor: z.optional(z.string().check(z.maxLength(300))),
  limit: z._default(wholeNumber("the page size", 1, 100), 25),
});
export type DashboardQuery = z.output<typeof dashboardQuery>;

export const shareLinkInput = z.strictObject({
  expiresInDays: z._default(wholeNumber("the days the link stays valid", 1, 365), 30),
  label: z._default(z.string().check(z.trim(), z.maxLength(80, "Keep the label to 80 characters.")), ""),
  /** Visitors may comment on the assessment under a name they give (rate-limited). */
  canComment: z._default(z.boolean({ error: "Say whether visitors may comment (true or false)." }), false),
});

// Comments (issue 8): a body of light Markdown, optionally on one answer (a trait key) or in reply to a comment.
export const commentBodyMax = 4000;
const commentBody = z.pipe(
  z.string({ error: "Write a comment." }).check(z.trim()),
  z.string().check(z.minLength(1, "Write a comment."), z.maxLength(commentBodyMax, `Keep the comment to ${commentBodyMax.toLocaleString("en")} characters.`)),
);
const recordId = (what: string) => z.string({ error: `Give ${what}.` }).check(z.minLength(1, `Give ${what}.`), z.maxLength(64, `Give ${what}.`));
export const commentInput = z.strictObject({
  body: commentBody,
  traitKey: z.optional(z.enum(traitKeys, { error: "Choose one of the assessment's answers." })),
  parentId: z.optional(recordId("the comment you reply to")),
});
export const commentEditInput = z.strictObject({ body: commentBody });
/** Characters a name must not carry: controls, and the invisible or direction-changing ones that disguise text. */
const disguising = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
export const displayNameMax = 60;
export const guestCommentInput = z.strictObject({
  displayName: z.pipe(
    text("your name", displayNameMax),
    z.string().check(z.refine((name) => !disguising.test(name), "Use visible characters only in your name.")),
  ),
  body: commentBody,
});

export const answerRequestInput = z.strictObject({
  projectName: text("the project's name", 120),
  expiresInDays: z._default(wholeNumber("the days the link stays valid", 1, 60), 14),
});
export const answerRequestResponse = z.strictObject({ respondentName: text("your name", 80), answers: traitsSchema });

/** zod issues as field issues: dotted path, one message each, unknown fields named. */
export function fieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: `Unknown field "${key}".` }));
    }
    if (path === "" && issue.code === "invalid_type") return [{ path, message: "Send a JSON object." }];
    return [{ path, message: issue.message }];
  });
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown): ParseResult<z.output<S>> {
  const result = z.safeParse(schema, value);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: fieldIssues(result.error) };
}

export const notificationReadInput = z.strictObject({ id: z.optional(z.string().check(z.minLength(1), z.maxLength(64))) });
