import "server-only";
import type { FieldIssue } from "@/lib/validation/validation-error";

/**
 * Why a workspace call refused. Routes and actions map these to statuses: not_found 404 (also for what belongs
 * to another team: no one learns it exists), forbidden 403, conflict 409 (a stale version, a broken invariant),
 * invalid 400 with field issues, gone 410 is never used: an unusable link is a plain not_found.
 */
export type WorkspaceErrorKind = "unauthenticated" | "not_found" | "forbidden" | "conflict" | "invalid";

export class WorkspaceError extends Error {
  override readonly name = "WorkspaceError";
  constructor(
    readonly kind: WorkspaceErrorKind,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what = "Not found.") => new WorkspaceError("not_found", what);
export const forbidden = (message = "Your role in this team does not allow that.") => new WorkspaceError("forbidden", message);
export const conflict = (message: string) => new WorkspaceError("conflict", message);
export const invalid = (issues: readonly FieldIssue[]) => new WorkspaceError("invalid", "Some fields are invalid.", issues);

export const statusOf: Record<WorkspaceErrorKind, number> = {
  unauthenticated: 401,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
};
