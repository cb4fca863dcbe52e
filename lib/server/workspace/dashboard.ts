import "server-only";
import { architectures, type Architecture } from "@/lib/decision/types";
import type { Actor } from "@/lib/workspace/policies";
import { dashboardQuery, parseInput, type DashboardQuery } from "@/lib/workspace/schemas";
import type { Prisma } from "../db";
import { authorizeTeam, parsed } from "./access";
import { isArchitecture, toSummary, type AssessmentSummary } from "./assessment-records";
import { invalid } from "./errors";

export interface DashboardPage {
  items: AssessmentSummary[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How many assessments match the search and status filter, per recommended architecture. */
  counts: Record<Architecture, number>;
  total: number;
}

type Sort = DashboardQuery["sort"];
interface Cursor {
  value: string;
  id: string;
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");

function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined || raw === "") return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string") return { value: value[0], id: value[1] };
  } catch {
    // fall through to the field issue
  }
  throw invalid([{ path: "cursor", message: "This page link is not valid; start from the first page." }]);
}

// Keyset pagination: each sort is a total order (the id breaks ties), and each has an index starting with teamId.
const orders: Record<Sort, Prisma.AssessmentOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  created: [{ createdAt: "desc" }, { id: "desc" }],
  title: [{ titleLower: "asc" }, { id: "asc" }],
};

function after(sort: Sort, cursor: Cursor): Prisma.AssessmentWhereInput {
  if (sort === "title") return { OR: [{ titleLower: { gt: cursor.value } }, { titleLower: cursor.value, id: { gt: cursor.id } }] };
  const at = new Date(cursor.value);
  if (Number.isNaN(at.getTime())) throw invalid([{ path: "cursor", message: "This page link is not valid; start from the first page." }]);
  const field = sort === "updated" ? "updatedAt" : "createdAt";
  return { OR: [{ [field]: { lt: at } }, { [field]: at, id: { lt: cursor.id } }] };
}

function cursorOf(sort: Sort, item: AssessmentSummary): Cursor {
  const value = sort === "title" ? item.title.toLowerCase() : (sort === "updated" ? item.updatedAt : item.createdAt).toISOString();
  return { value, id: item.id };
}

/** One page of a team's assessments: search by title, filter by status and architecture, sort, counts per architecture. */
export async function listAssessments(actor: Actor | null, teamId: string, input: unknown): Promise<DashboardPage> {
  const { db, team } = await authorizeTeam(actor, "assessment:read", { teamId });
  const query = parsed(parseInput(dashboardQuery, input));
  const cursor = decodeCursor(query.cursor);
  const search = query.q?.trim().toLowerCase();
  // A lower-cased copy of the title makes the search case-insensitive on SQLite and PostgreSQL alike.
  const matching: Prisma.AssessmentWhereInput = {
    teamId: team.id,
    ...(search ? { titleLower: { contains: search } } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
  const filtered: Prisma.AssessmentWhereInput = { ...matching, ...(query.architecture ? { architecture: query.architecture } : {}) };
  const [rows, groups] = await Promise.all([
    db.assessment.findMany({
      where: cursor ? { AND: [filtered, after(query.sort, cursor)] } : filtered,
      orderBy: orders[query.sort],
      take: query.limit + 1,
    }),
    db.assessment.groupBy({ by: ["architecture"], where: matching, _count: { _all: true } }),
  ]);
  const items = rows.slice(0, query.limit).map(toSummary);
  const counts = Object.fromEntries(architectures.map((a) => [a, 0])) as Record<Architecture, number>;
  for (const group of groups) if (isArchitecture(group.architecture)) counts[group.architecture] = group._count._all;
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor(cursorOf(query.sort, last)) : null,
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
  };
}
