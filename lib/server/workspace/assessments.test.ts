import { describe, expect, it } from "vitest";
import { makeAssessment, makeTeam, makeTraits, makeUser } from "@/tests/fixtures/workspace";
import { database } from "../db";
import { getAssessment, listRevisions, rescorePreview, reviseAssessment, saveAssessment } from "./assessments";
import { listAssessments } from "./dashboard";

const rejection = (kind: string) => expect.objectContaining({ kind });

describe("saved assessments", () => {
  it("saves answers with the result snapshot and engine version as revision 1, a draft", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const saved = await makeAssessment(team, owner, { knowledgeChange: "daily" }, "Support bot");
    const { assessment, latest } = await getAssessment(owner.actor, saved.id);
    expect(assessment).toMatchObject({ title: "Support bot", status: "draft", version: 1, revisionCount: 1, authorName: owner.actor.name });
    expect(latest.answers).toEqual(makeTraits({ knowledgeChange: "daily" }));
    expect(latest.result.engineVersion).toBe(assessment.engineVersion);
    expect(latest.architecture).toBe(latest.result.recommendation.architecture);
  });

  it("keeps every revision's answers and result; editing bumps the version", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const saved = await makeAssessment(team, owner, { citations: "none" });
    const revised = await reviseAssessment(owner.actor, saved.id, { version: 1, answers: makeTraits({ citations: "required" }) });
    expect(revised).toMatchObject({ version: 2, revisionCount: 2 });
    const revisions = await listRevisions(owner.actor, saved.id);
    expect(revisions.map((r) => [r.number, r.answers.citations])).toEqual([
      [2, "required"],
      [1, "none"],
    ]);
  });

  it("two concurrent edits from the same version: exactly one 409, and nothing of the loser is written", async () => {
    const owner = await makeUser();
    const editor = await makeUser();
    const team = await makeTeam(owner, { editor: [editor] });
    const saved = await makeAssessment(team, owner);
    const outcomes = await Promise.allSettled([
      reviseAssessment(owner.actor, saved.id, { version: 1, answers: makeTraits({ latency: "strict" }) }),
      reviseAssessment(editor.actor, saved.id, { version: 1, answers: makeTraits({ latency: "batch" }) }),
    ]);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toEqual(rejection("conflict"));
    const revisions = await listRevisions(owner.actor, saved.id);
    expect(revisions).toHaveLength(2);
    const { assessment } = await getAssessment(owner.actor, saved.id);
    expect(assessment.version).toBe(2);
  });

  it("offers a re-score when the saved engine version is older, without saving anything", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const saved = await makeAssessment(team, owner);
    const db = await database();
    await db.assessmentRevision.updateMany({ where: { assessmentId: saved.id }, data: { engineVersion: "0.9.0" } });
    const preview = await rescorePreview(owner.actor, saved.id);
    expect(preview.outdated).toBe(true);
    expect(preview.before.engineVersion).toBe("0.9.0");
    expect((await listRevisions(owner.actor, saved.id)).length).toBe(1);
  });

  it("lets viewers read but not write, and hides other teams' assessments as not_found", async () => {
    const owner = await makeUser();
    const viewer = await makeUser();
    const stranger = await makeUser();
    const team = await makeTeam(owner, { viewer: [viewer] });
    const saved = await makeAssessment(team, owner);
    await expect(getAssessment(viewer.actor, saved.id)).resolves.toBeTruthy();
    await expect(reviseAssessment(viewer.actor, saved.id, { version: 1, answers: makeTraits() })).rejects.toEqual(rejection("forbidden"));
    await expect(saveAssessment(viewer.actor, team.id, { title: "x", answers: makeTraits() })).rejects.toEqual(rejection("forbidden"));
    await expect(getAssessment(stranger.actor, saved.id)).rejects.toEqual(rejection("not_found"));
  });
});

describe("team dashboard", () => {
  it("searches titles case-insensitively, filters, counts per architecture and pages with a cursor", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const titles = ["Alpha Support", "beta support", "Gamma Search", "Delta SUPPORT", "Epsilon"];
    for (const title of titles) await makeAssessment(team, owner, {}, title);
    const first = await listAssessments(owner.actor, team.id, { q: "Support", sort: "title", limit: 2 });
    expect(first.items.map((i) => i.title)).toEqual(["Alpha Support", "beta support"]);
    expect(first.total).toBe(3);
    const second = await listAssessments(owner.actor, team.id, { q: "support", sort: "title", limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.title)).toEqual(["Delta SUPPORT"]);
    expect(second.nextCursor).toBeNull();
    const architecture = first.items[0]!.architecture;
    const filtered = await listAssessments(owner.actor, team.id, { architecture, status: "draft" });
    expect(filtered.items.every((i) => i.architecture === architecture && i.status === "draft")).toBe(true);
    expect(filtered.counts[architecture]).toBe(5);
  });

  it("walks every item exactly once across pages for each sort", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    for (let i = 0; i < 7; i++) await makeAssessment(team, owner, {}, `Item ${i % 3}`);
    for (const sort of ["updated", "created", "title"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listAssessments(owner.actor, team.id, { sort, limit: 3, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(7);
      expect(seen).toHaveLength(7);
    }
  });

  it("refuses a forged cursor as a field issue", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    await expect(listAssessments(owner.actor, team.id, { cursor: "not-a-cursor" })).rejects.toEqual(
      expect.objectContaining({ kind: "invalid", issues: [expect.objectContaining({ path: "cursor" })] }),
    );
  });
});
