import "server-only";
import { cache } from "react";
import { recommend } from "@/lib/decision/recommend";
import { isTraitKey, optionalTraitKeys, teamTraitKeys, traitKeys } from "@/lib/decision/trait-keys";
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
 * and body share it through React's cache, and the plan is built on the same recommendation. Across requests, the
 * last few hundred answer sets are kept (bounded LRU by canonical answers), so a link opened again, or the planner
 * after its results page, computes nothing twice.
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

/** The query parameters a page reads: the answers, those marked unsure, and the what-if marker (anything else, e.g. utm_*, is ignored). */
const readKeys: readonly string[] = [...traitKeys, ...optionalTraitKeys, ...teamTraitKeys, "unsure", whatIfParams.trait, whatIfParams.was];

/** The cache key for a link: the parameters the pages read, in one order, so the same answers in any order give the same key. */
export function canonicalQuery(source: SearchParamsRecord | URLSearchParams): string {
  const params = toUrlSearchParams(source);
  const kept = new URLSearchParams();
  for (const key of readKeys) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  kept.sort();
  return kept.toString();
}

/**
 * A small least-recently-used map: the engine's result and the hiring plan for the answer sets asked for lately, so a
 * page, its metadata, its downloads and the next visitor with the same link share one computation. Bounded by entries
 * (a plan with its kits is some 100 KB in memory).
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  get(key: string, make: (key: string) => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = make(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value ?? "");
    return value;
  }
}

const recentResults = new BoundedCache<LoadedResults>(500);
const recentPlans = new BoundedCache<LoadedPlan>(250);

/** Empties the cross-request caches (tests: each starts from a cold server). */
export function forgetRecentAnswers(): void {
  recentResults.clear();
  recentPlans.clear();
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

function computeResults(query: string): LoadedResults {
  const params = new URLSearchParams(query);
  const parsed = traitsFromSearchParams(params);
  if (!parsed.ok) return invalidAnswers(params, parsed.issues);
  const traits = parsed.traits;
  const result = recommend(traits);
  const whatIf = readWhatIf(params, traits);
  return whatIf ? { ok: true, traits, result, whatIf } : { ok: true, traits, result };
}

/** Per request (React's cache) first, then across requests (the bounded map). */
const resultsFor = cache((query: string): LoadedResults => recentResults.get(query, computeResults));

const slug = (role: Role) => role.replace(/_/g, "-");

function computePlan(query: string): LoadedPlan {
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
}

const planFor = cache((query: string): LoadedPlan => recentPlans.get(query, computePlan));

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
