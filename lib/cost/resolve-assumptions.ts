import { z } from "zod";
import { toFieldIssues, ValidationError, type FieldIssue } from "@/lib/validation/validation-error";
import { assumptionKeys, defaultAssumptions, type AssumptionKey, type AssumptionValues } from "./assumptions";

function numberSchema(key: AssumptionKey): z.ZodNumber {
  const { min, max, label, unit } = defaultAssumptions[key];
  return z
    .number({ error: `${label}: give a number (${unit}).` })
    .finite(`${label}: give a finite number.`)
    .min(min, `${label}: at least ${min} ${unit}.`)
    .max(max, `${label}: at most ${max} ${unit}.`);
}

const shape = Object.fromEntries(assumptionKeys.map((key) => [key, numberSchema(key)])) as Record<AssumptionKey, z.ZodNumber>;

/** Every assumption, each within its bounds: what a full edited set must satisfy. */
export const assumptionValuesSchema = z.object(shape).strict();

/** A partial set of user edits (unknown keys rejected) for a UI to validate field by field. */
export const assumptionOverridesSchema = assumptionValuesSchema.partial();

export type AssumptionOverrides = z.infer<typeof assumptionOverridesSchema>;

export const defaultAssumptionValues: Readonly<AssumptionValues> = Object.freeze(
  Object.fromEntries(assumptionKeys.map((key) => [key, defaultAssumptions[key].value])) as AssumptionValues,
);

export type ResolvedAssumptions = { ok: true; values: AssumptionValues } | { ok: false; issues: FieldIssue[] };

/** The defaults with valid user edits applied; never throws. */
export function safeResolveAssumptions(overrides: unknown = {}): ResolvedAssumptions {
  const parsed = assumptionOverridesSchema.safeParse(overrides ?? {});
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error, "cost assumptions") };
  const values: AssumptionValues = { ...defaultAssumptionValues };
  for (const key of assumptionKeys) {
    const value = parsed.data[key];
    if (value !== undefined) values[key] = value;
  }
  return { ok: true, values };
}

/** The defaults with user edits applied. Throws ValidationError (with field issues) on a bad edit. */
export function resolveAssumptions(overrides: AssumptionOverrides = {}): AssumptionValues {
  const resolved = safeResolveAssumptions(overrides);
  if (!resolved.ok) throw new ValidationError("cost assumptions", resolved.issues);
  return resolved.values;
}
