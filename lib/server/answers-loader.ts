import "server-only";
import { cache } from "react";
import { recommend } from "@/lib/decision/recommend";
import { isTraitKey, traitKeys } from "@/lib/decision/trait-keys";
import type { TraitKey, Traits } from "@/lib/decision/traits";
import { encodeAnswer, traitsToSearchParams } from "@/lib/decision/traits-query-string";
import { traitsFromSearchParams } from "@/lib/decision/traits-url";
import type { Recommendation, Role, TraitAnswer } from "@/lib/decision/types";
import { buildHiringPlan, renderJobDescriptionMarkdown, renderScorecardMarkdown, type HiringPlan } from "@/lib/hiring";
import { whatIfParams } from "@/lib/paths";
import type { FieldIssue } from "@/lib/validation/validation-error";

/*
 * Answers in a link -> validated traits -> recommendation -> (for the planner) hiring plan and role kits,
 * for the results and planner pages and their downloads. One engine run per request: a page's metadata
 * and body share it through React's cache, and the plan is built on the same recommendation.
 */

/** Next's `searchParams` object. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** Marks a result opened from "What would change this": which answer changed and what it was. */
export interface WhatIf {
  trait: TraitKey;
  from: TraitAnswer;
  to: TraitAnswer;
  /** The result before the change. */
  original: Traits;
}

/** One answer a link lacks or gets wrong. */
export interface AnswerIssue extends FieldIssue {
  /** The raw value from the link, when one was given. */
  given?: string;
}

/** Why a link cannot be scored; `anyGiven` is false when it carries no answer at all. */
export interface InvalidAnswers {
  ok: false;
  issues: AnswerIssue[];
  anyGiven: boolean;
}

export type LoadedResults = { ok: true; traits: Traits; result: Recommendation; whatIf?: WhatIf } | InvalidAnswers;

/** Each role's hiring kit as Markdown, rendered on the server so the renderers never ship to the browser. */
export interface RoleKit {
  role: Role;
  jobDescription: { markdown: string; filename: string };
  scorecard: { markdown: string; filename: string };
}

export type LoadedPlan = { ok: true; traits: Traits; result: Recommendation; plan: HiringPlan; kits: RoleKit[] } | InvalidAnswers;

/** Query parameters as URLSearchParams with one value per key: the first, as `URLSearchParams.get` reads it. */
export function toUrlSearchParams(source: SearchParamsRecord | URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  if (source instanceof URLSearchParams) {
    for (const key of source.keys()) if (!params.has(key)) params.set(key, source.get(key) ?? "");
    return params;
  }
  for (const [key, value] of Object.entries(source)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

/** The cache key for a link: the same answers in any order give the same key. */
function canonicalQuery(source: SearchParamsRecord | URLSearchParams): string {
  const params = toUrlSearchParams(source);
  params.sort();
  return params.toString();
}

function invalidAnswers(params: URLSearchParams, issues: readonly FieldIssue[]): InvalidAnswers {
  const withGiven = issues.map((issue): AnswerIssue => {
    const given = params.get(issue.path.split(".")[0] ?? "") ?? undefined;
    return given === undefined ? issue : { ...issue, given };
  });
  return { ok: false, issues: withGiven, anyGiven: traitKeys.some((key) => params.has(key)) };
}

function readWhatIf(params: URLSearchParams, traits: Traits): WhatIf | undefined {
  const trait = params.get(whatIfParams.trait);
  const was = params.get(whatIfParams.was);
  if (trait === null || was === null || !isTraitKey(trait)) return undefined;
  const before = new URLSearchParams(traitsToSearchParams(traits));
  before.set(trait, was);
  const original = traitsFromSearchParams(before);
  if (!original.ok || encodeAnswer(original.traits[trait]) === encodeAnswer(traits[trait])) return undefined;
  return { trait, from: original.traits[trait], to: traits[trait], original: original.traits };
}

const resultsFor = cache((query: string): LoadedResults => {
  const params = new URLSearchParams(query);
  const parsed = traitsFromSearchParams(params);
  if (!parsed.ok) return invalidAnswers(params, parsed.issues);
  const traits = parsed.traits;
  const result = recommend(traits);
  const whatIf = readWhatIf(params, traits);
  return whatIf ? { ok: true, traits, result, whatIf } : { ok: true, traits, result };
});

const slug = (role: Role) => role.replace(/_/g, "-");

const planFor = cache((query: string): LoadedPlan => {
  const loaded = resultsFor(query);
  if (!loaded.ok) return loaded;
  const { traits, result } = loaded;
  const plan = buildHiringPlan(traits, result);
  const kits = plan.roles.map((role) => ({
    role: role.role,
    jobDescription: { markdown: renderJobDescriptionMarkdown(role.jobDescription), filename: `job-description-${slug(role.role)}.md` },
    scorecard: { markdown: renderScorecardMarkdown(role.scorecard), filename: `interview-scorecard-${slug(role.role)}.md` },
  }));
  return { ok: true, traits, result, plan, kits };
});

/** Reads the traits from a results link and runs the engine, or lists what is missing or invalid. */
export function loadResults(source: SearchParamsRecord | URLSearchParams): LoadedResults {
  return resultsFor(canonicalQuery(source));
}

/** Reads the answers from a planner link, runs the engine and the hiring plan, or lists what is missing or invalid. */
export function loadPlan(source: SearchParamsRecord | URLSearchParams): LoadedPlan {
  return planFor(canonicalQuery(source));
}

/**
 * The origin the visitor used, from the request headers (Next reports its own bind address in
 * `request.url`), so links written into exports and print-outs open where the person is.
 */
export function originFromHeaders(headers: { get(name: string): string | null }, fallback = "http://localhost"): string {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host || !/^[a-z0-9.:[\]-]+$/i.test(host)) return fallback;
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  const proto = forwarded === "http" || forwarded === "https" ? forwarded : local ? "http" : "https";
  return `${proto}://${host}`;
}
