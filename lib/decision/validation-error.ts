import type { $ZodError } from "zod/v4/core";

export interface FieldIssue {
  /** Dotted path to the offending field, e.g. "latency" or "teamSkills.2"; "" for the body as a whole. */
  path: string;
  message: string;
}

/** Thrown by `recommend` and `parseTraits` when the input is not valid traits. */
export class TraitsValidationError extends Error {
  override readonly name = "TraitsValidationError";
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super(`Invalid traits: ${issues.map((issue) => `${issue.path || "(body)"}: ${issue.message}`).join("; ")}`);
    this.issues = issues;
  }
}

export function toFieldIssues(error: $ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: `Unknown field "${key}": it is not a trait of this version.` }));
    }
    return [{ path, message: path === "" && issue.code === "invalid_type" ? "Send the traits as a JSON object." : issue.message }];
  });
}
