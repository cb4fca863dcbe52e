import type { $ZodError } from "zod/v4/core";

export interface FieldIssue {
  /** Dotted path to the offending field, e.g. "latency" or "teamSkills.2"; "" for the input as a whole. */
  path: string;
  message: string;
}

/** Thrown when input fails its schema (traits, cost assumptions, …), with one issue per offending field. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  readonly issues: readonly FieldIssue[];

  /** `subject` names what was invalid, for the message: "traits", "cost assumptions". */
  constructor(subject: string, issues: readonly FieldIssue[]) {
    super(`Invalid ${subject}: ${issues.map((issue) => `${issue.path || "(input)"}: ${issue.message}`).join("; ")}`);
    this.issues = issues;
  }
}

/** Field-level issues from a zod error; `subject` names what was parsed ("traits", "cost assumptions") in the messages. */
export function toFieldIssues(error: $ZodError, subject = "traits"): FieldIssue[] {
  const unknownField = (key: string) =>
    subject === "traits" ? `Unknown field "${key}": it is not a trait of this version.` : `Unknown field "${key}": it is not one of the ${subject}.`;
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: unknownField(key) }));
    }
    return [{ path, message: path === "" && issue.code === "invalid_type" ? `Send the ${subject} as a JSON object.` : issue.message }];
  });
}
