import "server-only";
import { demoAssessments } from "@/lib/workspace/demo-assessments";
import { database } from "../db";
import { env } from "../env";
import { revisionData } from "./assessments";

// DEMO_TEAM=1: every new account also joins "Demo team" as a viewer, with three saved assessments to look at.
// Off unless switched on; nothing here runs otherwise.

const demoSlug = "demo-team";

async function ensureDemoTeam(): Promise<string> {
  const db = await database();
  const existing = await db.team.findUnique({ where: { slug: demoSlug } });
  if (existing) return existing.id;
  const team = await db.team.upsert({ where: { slug: demoSlug }, update: {}, create: { name: "Demo team", slug: demoSlug } });
  for (const demo of demoAssessments) {
    const revision = revisionData(demo.answers, null, "Demo", 1);
    await db.assessment.create({
      data: {
        teamId: team.id,
        title: demo.title,
        titleLower: demo.title.toLowerCase(),
        authorName: "Demo",
        status: demo.status,
        architecture: revision.architecture,
        engineVersion: revision.engineVersion,
        revisions: { create: revision },
      },
    });
  }
  return team.id;
}

/** Adds a new user to the demo team as a viewer, when DEMO_TEAM is on. */
export async function joinDemoTeam(userId: string, enabled: boolean = env.DEMO_TEAM): Promise<void> {
  if (!enabled) return;
  const teamId = await ensureDemoTeam();
  const db = await database();
  await db.membership.upsert({ where: { teamId_userId: { teamId, userId } }, update: {}, create: { teamId, userId, role: "viewer" } });
}
