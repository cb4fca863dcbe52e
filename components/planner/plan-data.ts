import { recommend } from "@/lib/decision";
import { traitKeys, type Traits } from "@/lib/decision/traits";
import { traitsFromSearchParams } from "@/lib/decision/traits-url";
import type { Recommendation, Role } from "@/lib/decision/types";
import { buildHiringPlan, renderJobDescriptionMarkdown, renderScorecardMarkdown, type HiringPlan } from "@/lib/hiring";
import type { ResultIssue, SearchParamsRecord } from "@/components/results/results-data";

export type { SearchParamsRecord };

/** Each role's hiring kit as Markdown, rendered on the server so the renderers never ship to the browser. */
export interface RoleKit {
  role: Role;
  jobDescription: { markdown: string; filename: string };
  scorecard: { markdown: string; filename: string };
}

export type LoadedPlan =
  | { ok: true; traits: Traits; result: Recommendation; plan: HiringPlan; kits: RoleKit[] }
  | { ok: false; issues: ResultIssue[]; anyGiven: boolean };

function toParams(source: SearchParamsRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(source)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

const slug = (role: Role) => role.replace(/_/g, "-");

/** Reads the answers from a planner link, runs the engine and the hiring plan, or lists what is missing or invalid. */
export function loadPlan(source: SearchParamsRecord): LoadedPlan {
  const params = toParams(source);
  const parsed = traitsFromSearchParams(params);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue): ResultIssue => {
      const given = params.get(issue.path.split(".")[0] ?? "") ?? undefined;
      return given === undefined ? issue : { ...issue, given };
    });
    return { ok: false, issues, anyGiven: traitKeys.some((key) => params.has(key)) };
  }
  const traits = parsed.traits;
  const result = recommend(traits);
  const plan = buildHiringPlan(traits, result);
  const kits = plan.roles.map((role) => ({
    role: role.role,
    jobDescription: { markdown: renderJobDescriptionMarkdown(role.jobDescription), filename: `job-description-${slug(role.role)}.md` },
    scorecard: { markdown: renderScorecardMarkdown(role.scorecard), filename: `interview-scorecard-${slug(role.role)}.md` },
  }));
  return { ok: true, traits, result, plan, kits };
}

