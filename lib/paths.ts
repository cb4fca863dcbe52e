import type { Traits } from "@/lib/decision/traits";
import { withAnswer } from "@/lib/decision/with-answer";
import { encodeAnswer, traitsToQueryString } from "@/lib/decision/traits-query-string";
import type { Flip, Role } from "@/lib/decision/types";

/** The two documents of a role's hiring kit. */
export const hiringKitDocuments = ["job-description", "scorecard"] as const;
export type HiringKitDocument = (typeof hiringKitDocuments)[number];

/** The query parameters that mark a result opened from "What would change this": the answer changed, and what it was. */
export const whatIfParams = { trait: "whatIf", was: "was" } as const;

const resultsPath = (traits: Traits) => `/results?${traitsToQueryString(traits)}`;

/** Typed route builders: every internal link goes through here, never a hand-written string. */
export const paths = {
  home: () => "/",
  assess: () => "/assess",
  results: resultsPath,
  /** The result a flip leads to: the changed traits, marked as a what-if of the current answers. */
  whatIf: (traits: Traits, flip: Pick<Flip, "trait" | "to">) => {
    const changed = withAnswer(traits, flip.trait, flip.to);
    const marker = new URLSearchParams({ [whatIfParams.trait]: flip.trait, [whatIfParams.was]: encodeAnswer(traits[flip.trait]) });
    return `${resultsPath(changed)}&${marker.toString()}`;
  },
  /**
   * The same what-if as a short link (the answers in short form, see lib/compact-answers.ts): /results/what-if expands it
   * and redirects to `whatIf`'s readable link. For pages that list many flips.
   */
  whatIfShort: (compactAnswers: string, flip: Pick<Flip, "trait" | "to">) =>
    `/results/what-if?${new URLSearchParams({ a: compactAnswers, t: flip.trait, to: encodeAnswer(flip.to) }).toString()}`,
  decisionRecord: (traits: Traits) => `/results/decision-record.md?${traitsToQueryString(traits)}`,
  assessmentJson: (traits: Traits) => `/results/assessment.json?${traitsToQueryString(traits)}`,
  plan: (traits: Traits) => `/plan?${traitsToQueryString(traits)}`,
  /** One role's job description or interview scorecard from the planner, as a Markdown download. */
  hiringKit: (traits: Traits, role: Role, doc: HiringKitDocument) =>
    `/plan/hiring-kit.md?${new URLSearchParams({ role, doc }).toString()}&${traitsToQueryString(traits)}`,
  /** The same download for a plan page's own answers query (`need=…&…`, e.g. from its address in the browser). */
  hiringKitForQuery: (answersQuery: string, role: Role, doc: HiringKitDocument) =>
    `/plan/hiring-kit.md?${new URLSearchParams({ role, doc }).toString()}&${answersQuery}`,
  /** Every role's job description and scorecard as JSON, which the planner draws once the page is live. */
  hiringKitsJson: (answersQuery: string) => `/plan/hiring-kits.json?${answersQuery}`,
  recommendApi: () => "/api/v1/recommend",

  // Accounts and the team workspace. `next` is where to go after signing in: a local path only (see safeNextPath).
  signIn: (next?: string) => withNext("/sign-in", next),
  signUp: (next?: string) => withNext("/sign-up", next),
  resetPassword: () => "/reset-password",
  account: () => "/account",
  teams: () => "/teams",
  team: (teamSlug: string) => `/teams/${encodeURIComponent(teamSlug)}`,
  teamMembers: (teamSlug: string) => `/teams/${encodeURIComponent(teamSlug)}/members`,
  assessment: (teamSlug: string, id: string) => `/teams/${encodeURIComponent(teamSlug)}/assessments/${encodeURIComponent(id)}`,
  // Team review (issue 8): the assessment's tabs, the team's activity, and your notifications.
  /** The calibration tab; with a round, that round (an earlier one) instead of the open or latest one. */
  assessmentCalibration: (teamSlug: string, id: string, round?: string) =>
    `${paths.assessment(teamSlug, id)}/calibration${round ? `?${new URLSearchParams({ round }).toString()}` : ""}`,
  assessmentHistory: (teamSlug: string, id: string) => `${paths.assessment(teamSlug, id)}/history`,
  assessmentRecord: (teamSlug: string, id: string) => `${paths.assessment(teamSlug, id)}/record`,
  compare: (teamSlug: string, left: string, right: string) => `/teams/${encodeURIComponent(teamSlug)}/compare?${new URLSearchParams({ left, right }).toString()}`,
  teamActivity: (teamSlug: string) => `/teams/${encodeURIComponent(teamSlug)}/activity`,
  teamSettings: (teamSlug: string) => `/teams/${encodeURIComponent(teamSlug)}/settings`,
  notifications: () => "/notifications",
  assessmentRecordMarkdown: (id: string) => `/api/v1/assessments/${encodeURIComponent(id)}/record.md`,
  teamExportApi: (teamId: string) => `/api/v1/teams/${encodeURIComponent(teamId)}/export`,
  teamImportApi: (teamId: string) => `/api/v1/teams/${encodeURIComponent(teamId)}/import`,
  saveAssessment: (traits: Traits) => `/save?${traitsToQueryString(traits)}`,
  join: (token: string) => `/join/${encodeURIComponent(token)}`,
  shared: (token: string) => `/s/${encodeURIComponent(token)}`,
  answerRequest: (token: string) => `/r/${encodeURIComponent(token)}`,
  answerRequestWizard: (token: string) => `/r/${encodeURIComponent(token)}/answer`,
  answerRequestReview: (token: string, traits: Traits) => `/r/${encodeURIComponent(token)}?${traitsToQueryString(traits)}`,
} as const;

/** `next` when it is a path on this site ("/…", not "//…" or "/\\…"), else undefined: no open redirects. */
export function safeNextPath(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length > 4000) return undefined;
  return /[\u0000-\u001f]/.test(next) ? undefined : next;
}

function withNext(path: string, next?: string): string {
  const safe = safeNextPath(next);
  return safe ? `${path}?${new URLSearchParams({ next: safe }).toString()}` : path;
}
