import { describe, expect, it } from "vitest";
import { makeAssessment, makeTeam, makeTraits, makeUser } from "@/tests/fixtures/workspace";
import { database } from "../db";
import { reviseAssessment } from "./assessments";
import { compareAssessments, decisionRecord, decisionRecordById, loadHistory } from "./records";

const rejection = (kind: string) => expect.objectContaining({ kind });

describe("history, compare and the decision record", () => {
  it("shows revisions and review events newest first, and compares the two picked revisions", async () => {
    const owner = await makeUser();
    const viewer = await makeUser();
    const team = await makeTeam(owner, { viewer: [viewer] });
    const saved = await makeAssessment(team, owner, { knowledgeChange: "monthly" }, "Docs bot");
    await reviseAssessment(owner.actor, saved.id, { version: 1, answers: makeTraits({ knowledgeChange: "realtime" }) });
    const db = await database();
    await db.auditEvent.create({ data: { teamId: team.id, actorId: owner.actor.userId, actorName: owner.actor.name, action: "status.changed", assessmentId: saved.id, summary: "Proposed for review", detail: "{}" } });
    await db.auditEvent.create({ data: { teamId: team.id, actorId: owner.actor.userId, actorName: owner.actor.name, action: "comment.added", assessmentId: saved.id, summary: "A comment", detail: "{}" } });

    const history = await loadHistory(viewer.actor, team.slug, saved.id, {});
    expect(history.timeline.map((entry) => (entry.kind === "revision" ? `revision ${entry.number}` : entry.summary))).toEqual(["Proposed for review", "revision 2", "revision 1"]);
    expect(history.picked).toEqual({ left: 1, right: 2, adjusted: false });
    expect(history.comparison?.comparison.answers).toEqual([{ trait: "knowledgeChange", label: "Knowledge changes", left: "Monthly", right: "Continuously" }]);
    expect(history.comparison?.comparison.factors[0]?.trait).toBe("knowledgeChange");

    const same = await loadHistory(viewer.actor, team.slug, saved.id, { left: "2", right: "2" });
    expect(same.comparison?.comparison.answers).toEqual([]);
    expect((await loadHistory(viewer.actor, team.slug, saved.id, { left: "7" })).picked.adjusted).toBe(true);
  });

  it("finds nothing through another team's slug, for outsiders or for the signed-out", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const other = await makeTeam(owner);
    const saved = await makeAssessment(team, owner);
    const outsider = await makeUser();
    await expect(loadHistory(owner.actor, other.slug, saved.id, {})).rejects.toEqual(rejection("not_found"));
    await expect(loadHistory(outsider.actor, team.slug, saved.id, {})).rejects.toEqual(rejection("not_found"));
    await expect(loadHistory(null, team.slug, saved.id, {})).rejects.toEqual(rejection("unauthenticated"));
    await expect(decisionRecord(outsider.actor, team.slug, saved.id, "http://x")).rejects.toEqual(rejection("not_found"));
    await expect(decisionRecordById(outsider.actor, saved.id, "http://x")).rejects.toEqual(rejection("not_found"));
  });

  it("compares two assessments of the team at their latest revisions, and refuses one from another team", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const left = await makeAssessment(team, owner, { latency: "batch" }, "Left");
    const right = await makeAssessment(team, owner, { latency: "strict" }, "Right");
    const compared = await compareAssessments(owner.actor, team.slug, left.id, right.id);
    expect(compared.left.assessment.title).toBe("Left");
    expect(compared.comparison.answers.map((a) => a.trait)).toEqual(["latency"]);

    const stranger = await makeUser();
    const theirs = await makeAssessment(await makeTeam(stranger), stranger);
    await expect(compareAssessments(owner.actor, team.slug, left.id, theirs.id)).rejects.toEqual(rejection("not_found"));
    await expect(compareAssessments(stranger.actor, team.slug, left.id, right.id)).rejects.toEqual(rejection("not_found"));
  });

  it("fills the MADR front matter from the review: approvals, the acceptor, the consulted and the informed", async () => {
    const [owner, editor, viewer, quiet] = await Promise.all([makeUser({ name: "Olive" }), makeUser({ name: "Ed: editor" }), makeUser({ name: "Vi" }), makeUser({ name: "Quinn" })]);
    const team = await makeTeam(owner!, { editor: [editor!], viewer: [viewer!, quiet!] });
    const saved = await makeAssessment(team, owner!, {}, "Support bot");
    const db = await database();
    await db.assessment.update({ where: { id: saved.id }, data: { status: "accepted" } });
    await db.reviewVote.create({ data: { assessmentId: saved.id, userId: editor!.actor.userId, userName: "Ed: editor", verdict: "approve", note: "Good", revisionNumber: 1 } });
    await db.comment.create({ data: { assessmentId: saved.id, authorId: viewer!.actor.userId, authorName: "Vi", body: "---\nstatus: rejected\n# Not a heading" } });
    const acceptedAt = new Date(Date.UTC(2026, 10, 20, 9));
    await db.auditEvent.create({ data: { teamId: team.id, actorId: owner!.actor.userId, actorName: "Olive", action: "status.changed", assessmentId: saved.id, summary: "Accepted", detail: JSON.stringify({ from: "proposed", to: "accepted" }), createdAt: acceptedAt } });

    const { markdown, filename } = await decisionRecord(viewer!.actor, team.slug, saved.id, "https://app.test");
    expect(filename).toBe("support-bot.md");
    expect(markdown.split("\n").slice(0, 12)).toEqual([
      "---",
      'status: "accepted"',
      'date: "2026-11-20"',
      "decision-makers:",
      '  - "Ed: editor"',
      '  - "Olive"',
      "consulted:",
      '  - "Vi"',
      "informed:",
      '  - "Quinn"',
      "---",
      "",
    ]);
    expect(markdown).toContain(`The assessment: <https://app.test/teams/${team.slug}/assessments/${saved.id}>.`);
    expect(markdown).toContain("- Vi on the assessment");
    expect(markdown.split("\n").filter((line) => line === "---")).toHaveLength(2);
    expect((await decisionRecordById(owner!.actor, saved.id, "https://app.test")).markdown).toBe(markdown);
  });
});
