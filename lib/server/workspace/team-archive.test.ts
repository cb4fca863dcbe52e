import { failInsert } from "@/tests/fixtures/fail-insert";
import { describe, expect, it } from "vitest";
import { normaliseArchive, type TeamArchive } from "@/lib/workspace/team-archive";
import { makeAssessment, makeTeam, makeTraits, makeUser, type TestUser } from "@/tests/fixtures/workspace";
import { database } from "../db";
import { reviseAssessment } from "./assessments";
import { exportTeam, importTeam } from "./team-archive";

const rejection = (kind: string) => expect.objectContaining({ kind });

/** A team with review data in every table: revisions, a thread with an edit and a guest, votes, a settled round, activity. */
async function busyTeam(owner: TestUser, editor: TestUser, viewer: TestUser, name: string) {
  const team = await makeTeam(owner, { editor: [editor], viewer: [viewer] }, name);
  const db = await database();
  const first = await makeAssessment(team, owner, { latency: "tolerant" }, "Support bot");
  const second = await makeAssessment(team, editor, { need: "behavior" }, "Claims writer: \"v2\"");
  await reviseAssessment(owner.actor, first.id, { version: 1, answers: makeTraits({ latency: "strict" }) });
  await db.assessment.update({ where: { id: first.id }, data: { status: "superseded", supersededById: second.id, requiredApprovals: 2 } });
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));
  const top = await db.comment.create({ data: { assessmentId: first.id, authorId: owner.actor.userId, authorName: owner.actor.name, body: "Why **strict**?", editedAt: at(2), createdAt: at(1) } });
  await db.commentEdit.create({ data: { commentId: top.id, body: "Why strict", createdAt: at(2) } });
  const reply = await db.comment.create({ data: { assessmentId: first.id, parentId: top.id, traitKey: "latency", authorId: null, authorName: "Sam (visitor)", body: "Users wait.", createdAt: at(3) } });
  await db.comment.create({ data: { assessmentId: first.id, parentId: reply.id, authorId: viewer.actor.userId, authorName: viewer.actor.name, body: "<script>x</script>", deletedAt: at(5), createdAt: at(4) } });
  await db.reviewVote.create({ data: { assessmentId: first.id, userId: editor.actor.userId, userName: editor.actor.name, verdict: "approve", note: "Fine", revisionNumber: 2, createdAt: at(5), updatedAt: at(6) } });
  await db.reviewVote.create({ data: { assessmentId: first.id, userId: viewer.actor.userId, userName: viewer.actor.name, verdict: "request_changes", note: "Hmm", revisionNumber: 1, createdAt: at(5), updatedAt: at(5) } });
  const round = await db.calibrationRound.create({
    data: { assessmentId: first.id, createdById: owner.actor.userId, createdByName: owner.actor.name, status: "settled", settledAnswers: JSON.stringify(makeTraits()), settlement: JSON.stringify({ latency: { kept: owner.actor.userId } }), settledRevision: 2, createdAt: at(7), settledAt: at(8) },
  });
  await db.calibrationResponse.create({ data: { roundId: round.id, userId: editor.actor.userId, userName: editor.actor.name, answers: JSON.stringify(makeTraits({ latency: "batch" })), submittedAt: at(7), createdAt: at(7) } });
  await db.calibrationResponse.create({ data: { roundId: round.id, userId: viewer.actor.userId, userName: viewer.actor.name, answers: null, submittedAt: null, createdAt: at(7) } });
  await db.auditEvent.create({ data: { teamId: team.id, actorId: owner.actor.userId, actorName: owner.actor.name, action: "status.changed", assessmentId: first.id, summary: "Superseded", detail: JSON.stringify({ from: "accepted", to: "superseded", supersededById: second.id }), createdAt: at(9) } });
  await db.auditEvent.create({ data: { teamId: team.id, actorId: null, actorName: "Sam (visitor)", action: "comment.added", assessmentId: first.id, summary: "Commented", detail: JSON.stringify({ commentId: reply.id }), createdAt: at(3) } });
  return { team, first, second };
}

async function people() {
  const [owner, editor, viewer] = await Promise.all([makeUser({ name: "Olive: owner" }), makeUser({ name: "Ed" }), makeUser({ name: "Vi" })]);
  return { owner: owner!, editor: editor!, viewer: viewer! };
}

describe("team archive", () => {
  it("round-trips a team exactly: export A → import into an empty B with the same people → export B equals A (ids and export time aside)", async () => {
    const { owner, editor, viewer } = await people();
    const { team } = await busyTeam(owner, editor, viewer, "Platform");
    const exportedA = await exportTeam(owner.actor, team.id);
    expect(exportedA.filename).toMatch(/^platform(-[a-z0-9]+)?-\d{4}-\d{2}-\d{2}\.team-archive\.json$/);
    const archive = JSON.parse(JSON.stringify(exportedA.archive)) as TeamArchive;
    expect(archive.assessments).toHaveLength(2);
    expect(archive.members.map((m) => m.role).sort()).toEqual(["editor", "owner", "viewer"]);

    const target = await makeTeam(owner, { editor: [editor], viewer: [viewer] }, "Platform");
    const summary = await importTeam(owner.actor, target.id, archive);
    expect(summary).toMatchObject({ assessments: 2, revisions: 3, comments: 3, votes: 2, calibrations: 1, unmatched: [] });

    const exportedB = await exportTeam(owner.actor, target.id);
    expect(normaliseArchive(exportedB.archive)).toEqual(normaliseArchive(archive));
    // New ids everywhere, nothing shared with A.
    const idsA = archive.assessments.flatMap((a) => [a.id, ...a.comments.map((c) => c.id)]);
    const textB = JSON.stringify(exportedB.archive);
    for (const id of idsA) expect(textB).not.toContain(id);
    // The import logged itself, once.
    const db = await database();
    expect(await db.auditEvent.count({ where: { teamId: target.id, action: "team.imported" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { teamId: team.id, action: "team.exported" } })).toBe(1);
  });

  it("keeps people who are not members here as names, and votes and answers of non-members only in the import's log entry", async () => {
    const { owner, editor, viewer } = await people();
    const { team } = await busyTeam(owner, editor, viewer, "Moving team");
    const { archive } = await exportTeam(owner.actor, team.id);
    const newOwner = await makeUser();
    const target = await makeTeam(newOwner, {}, "Moved team");
    const summary = await importTeam(newOwner.actor, target.id, JSON.parse(JSON.stringify(archive)));
    expect(summary.votes).toBe(0);
    expect(summary.unmatched.map((u) => [u.kind, u.name]).sort()).toEqual([
      ["calibration answer", "Ed"],
      ["calibration answer", "Vi"],
      ["vote", "Ed"],
      ["vote", "Vi"],
    ]);
    const db = await database();
    const assessments = await db.assessment.findMany({ where: { teamId: target.id } });
    expect(assessments.every((a) => a.authorId === null)).toBe(true);
    const comments = await db.comment.findMany({ where: { assessmentId: { in: assessments.map((a) => a.id) } } });
    expect(comments.map((c) => c.authorId)).toEqual([null, null, null]);
    expect(comments.map((c) => c.authorName).sort()).toEqual(["Olive: owner", "Sam (visitor)", "Vi"]);
    const logged = await db.auditEvent.findFirstOrThrow({ where: { teamId: target.id, action: "team.imported" } });
    expect(JSON.parse(logged.detail)).toMatchObject({ from: "Moving team", unmatched: expect.arrayContaining([expect.objectContaining({ kind: "vote", name: "Vi", verdict: "request_changes", note: "Hmm" })]) });
  });

  it("refuses an invalid archive with field issues and writes nothing", async () => {
    const { owner, editor, viewer } = await people();
    const { team } = await busyTeam(owner, editor, viewer, "Source");
    const { archive } = await exportTeam(owner.actor, team.id);
    const target = await makeTeam(owner, {}, "Target");
    const db = await database();
    const before = await Promise.all([db.assessment.count(), db.comment.count(), db.auditEvent.count({ where: { teamId: target.id } })]);

    const broken = JSON.parse(JSON.stringify(archive)) as TeamArchive;
    const root = broken.assessments.flatMap((a) => a.comments).find((c) => c.parentId === null);
    root!.parentId = "does-not-exist";
    await expect(importTeam(owner.actor, target.id, broken)).rejects.toEqual(expect.objectContaining({ kind: "invalid", issues: expect.arrayContaining([expect.objectContaining({ message: "The comment it replies to is not in this assessment." })]) }));
    await expect(importTeam(owner.actor, target.id, { format: "nope" })).rejects.toEqual(rejection("invalid"));
    await expect(importTeam(owner.actor, target.id, "just text")).rejects.toEqual(rejection("invalid"));

    const after = await Promise.all([db.assessment.count(), db.comment.count(), db.auditEvent.count({ where: { teamId: target.id } })]);
    expect(after).toEqual(before);
  });

  it("rolls back everything when the last write fails", async () => {
    const { owner, editor, viewer } = await people();
    const { team } = await busyTeam(owner, editor, viewer, "Half");
    const { archive } = await exportTeam(owner.actor, team.id);
    const target = await makeTeam(owner, { editor: [editor], viewer: [viewer] }, "Target");
    const db = await database();
    // Test-only: make the import's own log entry, its very last write, fail inside the transaction.
    const removeTrigger = await failInsert(db, "audit_event", "action", "team.imported");
    try {
      await expect(importTeam(owner.actor, target.id, archive)).rejects.toThrow();
    } finally {
      await removeTrigger();
    }
    expect(await db.assessment.count({ where: { teamId: target.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { teamId: target.id } })).toBe(0);
    expect(await db.comment.count({ where: { assessment: { teamId: target.id } } })).toBe(0);
    // And the same archive then imports cleanly.
    expect((await importTeam(owner.actor, target.id, archive)).assessments).toBe(2);
  });

  it("refuses to import into a team that has assessments (409) and lets only owners export and import", async () => {
    const { owner, editor, viewer } = await people();
    const { team } = await busyTeam(owner, editor, viewer, "Full");
    const { archive } = await exportTeam(owner.actor, team.id);
    await expect(importTeam(owner.actor, team.id, archive)).rejects.toEqual(rejection("conflict"));

    const target = await makeTeam(owner, { editor: [editor], viewer: [viewer] }, "Empty");
    for (const who of [editor, viewer]) {
      await expect(exportTeam(who.actor, team.id)).rejects.toEqual(rejection("forbidden"));
      await expect(importTeam(who.actor, target.id, archive)).rejects.toEqual(rejection("forbidden"));
    }
    const outsider = await makeUser();
    await expect(exportTeam(outsider.actor, team.id)).rejects.toEqual(rejection("not_found"));
    await expect(importTeam(outsider.actor, target.id, archive)).rejects.toEqual(rejection("not_found"));
    await expect(exportTeam(null, team.id)).rejects.toEqual(rejection("unauthenticated"));
    expect(await (await database()).assessment.count({ where: { teamId: target.id } })).toBe(0);
  });

  it("of two imports into the same empty team, exactly one succeeds", async () => {
    const { owner, editor, viewer } = await people();
    const { team } = await busyTeam(owner, editor, viewer, "Race");
    const { archive } = await exportTeam(owner.actor, team.id);
    const target = await makeTeam(owner, {}, "Race target");
    const results = await Promise.allSettled([importTeam(owner.actor, target.id, archive), importTeam(owner.actor, target.id, archive)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await (await database()).assessment.count({ where: { teamId: target.id } })).toBe(2);
  });
});
