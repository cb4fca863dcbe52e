import { recommend } from "@/lib/decision";
import { traitKeys, type TraitKey, type Traits } from "@/lib/decision/traits";
import { traitsFromSearchParams, traitsToSearchParams } from "@/lib/decision/traits-url";
import type { FieldIssue } from "@/lib/validation/validation-error";
import type { Flip, Recommendation, TraitAnswer } from "@/lib/decision/types";
import { paths } from "@/lib/paths";

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

export interface ResultIssue extends FieldIssue {
  /** The raw value from the link, when one was given. */
  given?: string;
}

export type LoadedResults =
  | { ok: true; traits: Traits; result: Recommendation; whatIf?: WhatIf }
  | { ok: false; issues: ResultIssue[]; anyGiven: boolean };

export const whatIfParam = "whatIf";
export const wasParam = "was";

export function toUrlSearchParams(source: SearchParamsRecord | URLSearchParams): URLSearchParams {
  if (source instanceof URLSearchParams) return source;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(source)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

/** Reads the traits from a results link and runs the engine, or lists what is missing or invalid. */
export function loadResults(source: SearchParamsRecord | URLSearchParams): LoadedResults {
  const params = toUrlSearchParams(source);
  const parsed = traitsFromSearchParams(params);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => {
      const key = issue.path.split(".")[0] ?? "";
      const given = params.get(key) ?? undefined;
      return given === undefined ? issue : { ...issue, given };
    });
    return { ok: false, issues, anyGiven: traitKeys.some((key) => params.has(key)) };
  }
  const traits = parsed.traits;
  const result = recommend(traits);
  const whatIf = readWhatIf(params, traits);
  return whatIf ? { ok: true, traits, result, whatIf } : { ok: true, traits, result };
}

/** The trait value as it is written in a link (skills comma-separated). */
export function encodeAnswer(answer: TraitAnswer): string {
  return Array.isArray(answer) ? answer.join(",") : String(answer);
}

function readWhatIf(params: URLSearchParams, traits: Traits): WhatIf | undefined {
  const trait = params.get(whatIfParam);
  const was = params.get(wasParam);
  if (trait === null || was === null || !(traitKeys as string[]).includes(trait)) return undefined;
  const key = trait as TraitKey;
  const before = new URLSearchParams(traitsToSearchParams(traits));
  before.set(key, was);
  const original = traitsFromSearchParams(before);
  if (!original.ok || encodeAnswer(original.traits[key]) === encodeAnswer(traits[key])) return undefined;
  return { trait: key, from: original.traits[key], to: traits[key], original: original.traits };
}

/** The link a flip opens: the changed traits, marked as a what-if of the current answers. */
export function flipHref(traits: Traits, flip: Flip): string {
  const changed = { ...traits, [flip.trait]: flip.to } as Traits;
  const marker = new URLSearchParams({ [whatIfParam]: flip.trait, [wasParam]: encodeAnswer(traits[flip.trait]) });
  return `${paths.results(changed)}&${marker.toString()}`;
}

export function decisionRecordHref(traits: Traits): string {
  return `/results/decision-record.md?${traitsToSearchParams(traits).toString()}`;
}

export function assessmentJsonHref(traits: Traits): string {
  return `/results/assessment.json?${traitsToSearchParams(traits).toString()}`;
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
