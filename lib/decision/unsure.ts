import { unsureTraitKeys, type Traits, type UnsureTraitKey } from "./traits";

/**
 * What the engine assumes for an answer marked "Not sure": the middle of the scale, or the answer that commits to
 * least (a modest budget and volume, no per-user permissions, cloud hardware if training turns out to be needed).
 * The results page then shows what each other value would change, so the default never hides a decision.
 */
export const planningDefaults: { readonly [K in UnsureTraitKey]: Traits[K] } = {
  knowledgeChange: "monthly",
  corpusSize: "small",
  citations: "helpful",
  outputControl: "consistent",
  domainVocabulary: "specialized",
  errorCost: "moderate",
  latency: "interactive",
  dataSensitivity: "internal",
  perUserAccess: false,
  timeToShip: "weeks",
  labeledExamples: "under_100",
  gpuAccess: "cloud",
  upfrontBudgetUsd: 25_000,
  monthlyQueries: 100_000,
};

const unsureKeySet: ReadonlySet<unknown> = new Set(unsureTraitKeys);

export function isUnsureTraitKey(key: unknown): key is UnsureTraitKey {
  return unsureKeySet.has(key);
}

/**
 * Fills every answer listed as unsure but left out with its planning default, before validation. Anything that is not
 * an object with an `unsure` list passes through untouched, so the schema reports it as before.
 */
export function withPlanningDefaults(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const source = input as Record<string, unknown>;
  const unsure = source.unsure;
  if (!Array.isArray(unsure)) return input;
  const filled: Record<string, unknown> = { ...source };
  for (const key of unsure) if (isUnsureTraitKey(key) && filled[key] === undefined) filled[key] = planningDefaults[key];
  return filled;
}

/** The unsure answers of valid traits, in the catalogue's order (an empty list when none). */
export function unsureKeysOf(traits: Traits): UnsureTraitKey[] {
  const unsure = traits.unsure;
  return unsure === undefined ? [] : unsureTraitKeys.filter((key) => unsure.includes(key));
}

/** Partial answers (the wizard's) with each answer marked unsure filled by its planning default. */
export function answersWithPlanningDefaults(answers: Partial<Traits>): Partial<Traits> {
  const unsure = answers.unsure;
  if (!unsure || unsure.length === 0) return answers;
  const filled: Record<string, unknown> = { ...answers };
  for (const key of unsure) if (filled[key] === undefined) filled[key] = planningDefaults[key];
  return filled as Partial<Traits>;
}
