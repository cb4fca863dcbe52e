import { corpusIssues } from "./corpus";
import { optionalTraitKeys, teamTraitKeys, traitKeys } from "./trait-keys";
import { traitsSchema, teamSkillOptions, type Traits } from "./traits";
import { withPlanningDefaults } from "./unsure";
import { toFieldIssues, type FieldIssue } from "@/lib/validation/validation-error";

export { traitsToQueryString, traitsToSearchParams } from "./traits-query-string";

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function readParam(source: ParamSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  const value = source[key];
  return Array.isArray(value) ? value[0] : value;
}

function decodeNumber(raw: string): number | string {
  const trimmed = raw.trim();
  return trimmed !== "" && /^[0-9.eE+-]+$/.test(trimmed) ? Number(trimmed) : raw;
}

export type TraitsFromUrl = { ok: true; traits: Traits } | { ok: false; issues: FieldIssue[] };

/** Reads traits from query parameters (a URLSearchParams or Next's searchParams object) and validates them. */
export function traitsFromSearchParams(source: ParamSource): TraitsFromUrl {
  const candidate: Record<string, unknown> = {};
  for (const key of traitKeys) {
    const raw = readParam(source, key);
    if (raw === undefined) continue;
    if (key === "teamSkills") candidate[key] = raw === "" ? [] : raw.split(",");
    else if (key === "perUserAccess") candidate[key] = raw === "true" ? true : raw === "false" ? false : raw;
    else if (key === "upfrontBudgetUsd" || key === "monthlyQueries") candidate[key] = decodeNumber(raw);
    else candidate[key] = raw;
  }
  for (const key of optionalTraitKeys) {
    const raw = readParam(source, key);
    if (raw !== undefined && raw !== "") candidate[key] = decodeNumber(raw);
  }
  for (const key of teamTraitKeys) {
    const raw = readParam(source, key);
    if (raw !== undefined && raw !== "") candidate[key] = key === "teamSize" ? decodeNumber(raw) : raw;
  }
  const unsure = readParam(source, "unsure");
  if (unsure !== undefined && unsure !== "") candidate.unsure = unsure.split(",");
  // An answer marked unsure may be left out of the link: it takes its planning default.
  const parsed = traitsSchema.safeParse(withPlanningDefaults(candidate));
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  const issues = corpusIssues(parsed.data);
  return issues.length === 0 ? { ok: true, traits: parsed.data } : { ok: false, issues };
}

/** Keeps skills in the canonical order so equal traits give equal URLs. */
export function canonicalTeamSkills(skills: readonly string[]): Traits["teamSkills"] {
  return teamSkillOptions.filter((skill) => skills.includes(skill));
}
