import type { Role } from "@/lib/decision/types";
import type { JobDescription, Scorecard } from "@/lib/hiring";

/** What /plan/hiring-kits.json answers: each role's job description and interview scorecard. */
export interface HiringKitContents {
  roles: { role: Role; jobDescription: JobDescription; scorecard: Scorecard }[];
}

/** True when a parsed JSON body has the shape above (the planner checks before drawing it). */
export function isHiringKitContents(value: unknown): value is HiringKitContents {
  if (typeof value !== "object" || value === null || !("roles" in value) || !Array.isArray(value.roles)) return false;
  return value.roles.every(
    (entry: unknown) =>
      typeof entry === "object" && entry !== null && "role" in entry && typeof entry.role === "string" && "jobDescription" in entry && "scorecard" in entry,
  );
}
