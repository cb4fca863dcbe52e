import "server-only";
import { traitsSchema, type Traits } from "@/lib/decision/traits";
import type { Architecture, Recommendation } from "@/lib/decision/types";
import { architectures } from "@/lib/decision/types";
import { assessmentStatuses, type AssessmentStatus } from "@/lib/workspace/schemas";
import * as z from "zod/mini";

/** A saved assessment as pages and the API see it. */
export interface AssessmentSummary {
  id: string;
  teamId: string;
  title: string;
  status: AssessmentStatus;
  supersededById: string | null;
  /** Approvals of the current revision needed before it can be accepted. */
  requiredApprovals: number;
  architecture: Architecture;
  engineVersion: string;
  version: number;
  revisionCount: number;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Revision {
  number: number;
  answers: Traits;
  result: Recommendation;
  engineVersion: string;
  architecture: Architecture;
  authorName: string;
  createdAt: Date;
}

interface AssessmentRow {
  id: string;
  teamId: string;
  title: string;
  status: string;
  supersededById: string | null;
  requiredApprovals: number;
  architecture: string;
  engineVersion: string;
  version: number;
  revisionCount: number;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

export const isStatus = (value: string): value is AssessmentStatus => (assessmentStatuses as readonly string[]).includes(value);
export const isArchitecture = (value: string): value is Architecture => (architectures as readonly string[]).includes(value);

export function toSummary(row: AssessmentRow): AssessmentSummary {
  return {
    id: row.id,
    teamId: row.teamId,
    title: row.title,
    status: isStatus(row.status) ? row.status : "draft",
    supersededById: row.supersededById,
    requiredApprovals: row.requiredApprovals,
    architecture: isArchitecture(row.architecture) ? row.architecture : "prompt_engineering",
    engineVersion: row.engineVersion,
    version: row.version,
    revisionCount: row.revisionCount,
    authorName: row.authorName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

// The stored result is our own engine's output, written by us; only the answers are re-validated on the way out.
const storedResult = z.custom<Recommendation>((value) => typeof value === "object" && value !== null && "recommendation" in value);

export function toRevision(row: { number: number; answers: string; result: string; engineVersion: string; architecture: string; authorName: string; createdAt: Date }): Revision {
  return {
    number: row.number,
    answers: z.parse(traitsSchema, JSON.parse(row.answers)),
    result: z.parse(storedResult, JSON.parse(row.result)),
    engineVersion: row.engineVersion,
    architecture: isArchitecture(row.architecture) ? row.architecture : "prompt_engineering",
    authorName: row.authorName,
    createdAt: row.createdAt,
  };
}
