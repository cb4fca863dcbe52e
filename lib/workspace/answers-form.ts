import { traitKeys } from "@/lib/decision/trait-keys";
import { traitsFromSearchParams } from "@/lib/decision/traits-url";
import type { Traits } from "@/lib/decision/traits";
import type { FieldIssue } from "@/lib/validation/validation-error";

/**
 * Answers posted by a form, in the results link's encoding (one field per trait, skills as repeated checkboxes
 * or one comma-separated value), parsed by the same parser as a results link. Pure.
 */
export function answersFromForm(data: FormData, prefix = ""): { ok: true; traits: Traits } | { ok: false; issues: FieldIssue[] } {
  const params = new URLSearchParams();
  for (const key of traitKeys) {
    const values = data.getAll(`${prefix}${key}`).filter((value): value is string => typeof value === "string");
    if (key === "teamSkills") {
      if (values.length > 0 || data.has(`${prefix}teamSkills-present`)) params.set(key, values.filter((v) => v !== "").join(","));
    } else if (values[0] !== undefined) {
      params.set(key, values[0]);
    }
  }
  const parsed = traitsFromSearchParams(params);
  if (parsed.ok) return { ok: true, traits: parsed.traits };
  return { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, path: issue.path ? `answers.${issue.path}` : "answers" })) };
}
