import "server-only";
import type { Traits } from "@/lib/decision/traits";
import { database } from "../db";
import { env } from "../env";
import { revisionData } from "./assessments";

// DEMO_TEAM=1: every new account also joins "Demo team" as a viewer, with three saved assessments to look at.
// Off unless switched on; nothing here runs otherwise.

const demoSlug = "demo-team";

const base: Traits = {
  need: "knowledge",
  taskType: "support_assistant",
  knowledgeChange: "daily",
  corpusSize: "large",
  citations: "required",
  outputControl: "consistent",
  domainVocabulary: "specialized",
  labeledExamples: "under_100",
  latency: "tolerant",
  errorCost: "high",
  dataSensitivity: "internal",
  perUserAccess: true,
  timeToShip: "weeks",
  upfrontBudgetUsd: 25_000,
  monthlyQueries: 200_000,
  gpuAccess: "cloud",
  teamSkills: ["prompt_engineering", "evaluation"],
  promptBaseline: "insufficient",
};

const demoAssessments: { title: string; status: string; answers: Traits }[] = [
  { title: "Support assistant over the help centre", status: "accepted", answers: base },
  {
    title: "Invoice field extraction",
    status: "proposed",
    answers: { ...base, need: "behavior", taskType: "classification_extraction", knowledgeChange: "static", corpusSize: "small", citations: "none", outputControl: "strict", labeledExamples: "tens_of_thousands", perUserAccess: false, gpuAccess: "dedicated", teamSkills: ["model_training", "mlops", "evaluation"] },
  },
  { title: "Release-notes summaries", status: "draft", answers: { ...base, taskType: "search_summarize", knowledgeChange: "weekly", corpusSize: "fits_in_prompt", citations: "helpful", errorCost: "low", perUserAccess: false, promptBaseline: "not_tried" } },
];

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
