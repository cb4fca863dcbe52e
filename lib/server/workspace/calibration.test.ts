import { describe, expect, it } from "vitest";
import { hybridTraits } from "@/tests/fixtures/traits";
import { makeAssessment, makeTeam, makeUser, type TestUser } from "@/tests/fixtures/workspace";
import { database } from "../db";
import { getAssessment, listRevisions } from "./assessments";
import { decisionRecordById } from "./records";
import { cancelCalibration, getCalibration, listCalibrations, settleCalibration, startCalibration, submitCalibrationAnswers } from "./calibration";

const rejection = (kind: string) => expect.objectContaining({ kind });

/** An owner who starts rounds without answering, two editors and a viewer who answer, on a hybrid project. */
async function world() {
  const [owner, ann, ben, vic] = await Promise.all([makeUser({ name: "Olga" }), makeUser({ name: "Ann" }), makeUser({ name: "Ben" }), makeUser({ name: "Vic" })]);
  const team = await makeTeam(owner!, { editor: [ann!, ben!], viewer: [vic!] });
  const assessment = await makeAssessment(team, owner!, hybridTraits, "Contract assistant");
  return { owner: owner!, ann: ann!, ben: ben!, vic: vic!, team, assessment };
}

const ids = (...users: TestUser[]) => users.map((user) => user.actor.userId);
// Ann: the knowledge barely changes (tips it to fine-tuning); Ben: public data (changes nothing); Vic: as saved.
const annAnswers = { ...hybridTraits, knowledgeChange: "static" as const };
const benAnswers = { ...hybridTraits, dataSensitivity: "public" as const };

describe("calibration rounds", () => {
  it("hides everyone's answers from an invitee until they send theirs; shows who has answered by name only", async () => {
    const { owner, ann, ben, vic, assessment } = await world();
    const round = await startCalibration(owner.actor, assessment.id, { invitees: ids(ann, ben, vic) });
    expect(round).toMatchObject({ status: "open", invited: 3, answered: 0, createdByName: "Olga" });
    await submitCalibrationAnswers(ann.actor, round.id, { answers: annAnswers });

    const before = await getCalibration(ben.actor, round.id);
    expect(before).toMatchObject({ revealed: false, responses: [], analysis: null, mine: { invited: true, answers: null, submittedAt: null } });
    expect(before.participants.map((p) => [p.name, p.submittedAt !== null])).toEqual([
      ["Ann", true],
      ["Ben", false],
      ["Vic", false],
    ]);
    expect(JSON.stringify(before)).not.toContain('"static"');
    expect(before.can).toEqual({ answer: true, settle: false, cancel: true });

    const after = await submitCalibrationAnswers(ben.actor, round.id, { answers: benAnswers });
    expect(after.revealed).toBe(true);
    expect(after.responses.map((r) => r.name)).toEqual(["Ann", "Ben"]);
    expect(after.analysis?.decisive).toEqual(["knowledgeChange"]);
    expect(after.analysis?.disputed).toEqual(["knowledgeChange", "dataSensitivity"]);

    // The author, who was not asked, oversees: everything, and may settle.
    const author = await getCalibration(owner.actor, round.id);
    expect(author).toMatchObject({ revealed: true, mine: { invited: false }, can: { answer: false, settle: true, cancel: true } });
    expect(author.responses).toHaveLength(2);
  });

  it("asks every member when no one is named, notifies them (not the author) and logs the start and each answer", async () => {
    const { owner, ann, ben, vic, team, assessment } = await world();
    const round = await startCalibration(owner.actor, assessment.id, {});
    expect(round.invited).toBe(4);
    const db = await database();
    const notes = await db.notification.findMany({ where: { teamId: team.id, kind: "calibration_request" } });
    expect(notes.map((n) => n.userId).sort()).toEqual(ids(ann, ben, vic).sort());
    expect(notes[0]?.href).toBe(`/teams/${team.slug}/assessments/${assessment.id}/calibration`);
    await submitCalibrationAnswers(ann.actor, round.id, { answers: annAnswers });
    await submitCalibrationAnswers(ann.actor, round.id, { answers: hybridTraits });
    const events = await db.auditEvent.findMany({ where: { assessmentId: assessment.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(events.map((e) => [e.action, e.actorName])).toEqual([
      ["assessment.created", "Olga"],
      ["calibration.started", "Olga"],
      ["calibration.answered", "Ann"],
      ["calibration.answered", "Ann"],
    ]);
    expect(JSON.parse(events[3]!.detail)).toEqual({ roundId: round.id, resubmitted: true });
    // The resubmission replaced the first answers.
    expect((await getCalibration(ann.actor, round.id)).mine.answers).toEqual(hybridTraits);
  });

  it("lets only invitees answer, and only members be invited", async () => {
    const { owner, ann, ben, vic, assessment } = await world();
    const outsider = await makeUser();
    await expect(startCalibration(owner.actor, assessment.id, { invitees: [...ids(ann), outsider.actor.userId] })).rejects.toEqual(rejection("invalid"));
    await expect(startCalibration(owner.actor, assessment.id, { invitees: [] })).rejects.toEqual(rejection("invalid"));
    await expect(startCalibration(vic.actor, assessment.id, {})).rejects.toEqual(rejection("forbidden"));
    const round = await startCalibration(owner.actor, assessment.id, { invitees: ids(ann) });
    await expect(submitCalibrationAnswers(ben.actor, round.id, { answers: benAnswers })).rejects.toEqual(rejection("forbidden"));
    await expect(submitCalibrationAnswers(outsider.actor, round.id, { answers: benAnswers })).rejects.toEqual(rejection("not_found"));
    await expect(submitCalibrationAnswers(ann.actor, round.id, { answers: { ...annAnswers, latency: "instant" } })).rejects.toEqual(
      expect.objectContaining({ kind: "invalid", issues: [expect.objectContaining({ path: "answers.latency" })] }),
    );
    // A member who was not asked and cannot settle sees names only.
    expect(await getCalibration(vic.actor, round.id)).toMatchObject({ revealed: false, mine: { invited: false }, can: { answer: false, settle: false, cancel: false } });
  });

  it("keeps one open round per assessment; a cancelled one makes room and stays listed", async () => {
    const { owner, ann, assessment } = await world();
    const first = await startCalibration(owner.actor, assessment.id, { invitees: ids(ann) });
    await expect(startCalibration(owner.actor, assessment.id, {})).rejects.toEqual(rejection("conflict"));
    await submitCalibrationAnswers(ann.actor, first.id, { answers: annAnswers });
    await expect(cancelCalibration(ann.actor, first.id)).resolves.toMatchObject({ round: { status: "cancelled" } });
    await expect(cancelCalibration(owner.actor, first.id)).rejects.toEqual(rejection("conflict"));
    await expect(submitCalibrationAnswers(ann.actor, first.id, { answers: annAnswers })).rejects.toEqual(rejection("conflict"));
    // Two started at once: exactly one opens.
    const outcomes = await Promise.allSettled([startCalibration(owner.actor, assessment.id, {}), startCalibration(ann.actor, assessment.id, {})]);
    const opened = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    expect(opened).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: rejection("conflict") });
    const second = opened[0]!;
    expect((await listCalibrations(owner.actor, assessment.id)).map((r) => [r.id, r.status])).toEqual([
      [second.id, "open"],
      [first.id, "cancelled"],
    ]);
  });

  it("settles the kept answers as revision N+1 and keeps who answered what, for every member to see", async () => {
    const { owner, ann, ben, vic, team, assessment } = await world();
    const round = await startCalibration(owner.actor, assessment.id, { invitees: ids(ann, ben, vic) });
    await submitCalibrationAnswers(ann.actor, round.id, { answers: annAnswers });
    await submitCalibrationAnswers(ben.actor, round.id, { answers: benAnswers });
    const settled = await settleCalibration(owner.actor, round.id, { version: 1, choices: { knowledgeChange: "static", dataSensitivity: "internal" } });

    expect(settled.round).toMatchObject({ status: "settled", settledRevision: 2, answered: 2, invited: 3 });
    const consensus = { ...hybridTraits, knowledgeChange: "static" };
    expect(settled.settledAnswers).toEqual(consensus);
    const revisions = await listRevisions(owner.actor, assessment.id);
    expect(revisions.map((r) => [r.number, r.authorName])).toEqual([
      [2, "Olga"],
      [1, "Olga"],
    ]);
    expect(revisions[0]?.answers).toEqual(consensus);
    const { assessment: now } = await getAssessment(owner.actor, assessment.id);
    expect(now).toMatchObject({ version: 2, revisionCount: 2, architecture: revisions[0]?.architecture });

    // The record: per disputed question everyone's answer and the one kept, and each member's full answers.
    expect(settled.settlement?.savedRevision).toBe(1);
    expect(settled.settlement?.traits.map((t) => [t.trait, t.answers.map((a) => `${a.name}:${String(a.value)}`), t.kept.value, t.kept.saved])).toEqual([
      ["knowledgeChange", ["Ann:static", "Ben:weekly"], "static", false],
      ["dataSensitivity", ["Ann:internal", "Ben:public"], "internal", true],
    ]);
    expect(settled.settlement?.members.map((m) => [m.name, m.answers])).toEqual([
      ["Ann", annAnswers],
      ["Ben", benAnswers],
    ]);
    // Closed: Vic never answered, yet sees the record; nothing can be sent or settled again.
    const seenByVic = await getCalibration(vic.actor, round.id);
    expect(seenByVic).toMatchObject({ revealed: true, can: { answer: false, settle: false, cancel: false } });
    expect(seenByVic.responses.map((r) => r.name)).toEqual(["Ann", "Ben"]);
    await expect(submitCalibrationAnswers(ben.actor, round.id, { answers: hybridTraits })).rejects.toEqual(rejection("conflict"));
    await expect(settleCalibration(owner.actor, round.id, { version: 2, choices: {} })).rejects.toEqual(rejection("conflict"));

    const db = await database();
    const event = await db.auditEvent.findFirstOrThrow({ where: { teamId: team.id, action: "calibration.settled" } });
    expect(JSON.parse(event.detail)).toEqual({ roundId: round.id, revision: 2, kept: { knowledgeChange: "static", dataSensitivity: "internal" } });

    // The decision record names the questions the team had to settle.
    const { markdown } = await decisionRecordById(owner.actor, assessment.id, "http://localhost:3000");
    const section = markdown.slice(markdown.indexOf("### Calibration"));
    expect(section).toContain("Ann, Ben");
    expect(section).toMatch(/Knowledge changes.*Data sensitivity|Data sensitivity.*Knowledge changes/s);
  });

  it("refuses to settle a locked decision, a stale version, bad choices, or before anyone (or the settler, if asked) has answered", async () => {
    const { owner, ann, ben, vic, assessment } = await world();
    const round = await startCalibration(owner.actor, assessment.id, { invitees: ids(ann, ben) });
    await expect(settleCalibration(owner.actor, round.id, { version: 1, choices: {} })).rejects.toEqual(rejection("conflict"));
    await submitCalibrationAnswers(ann.actor, round.id, { answers: annAnswers });
    await expect(settleCalibration(vic.actor, round.id, { version: 1, choices: { knowledgeChange: "static" } })).rejects.toEqual(rejection("forbidden"));
    await expect(settleCalibration(ben.actor, round.id, { version: 1, choices: { knowledgeChange: "static" } })).rejects.toEqual(rejection("conflict"));
    await expect(settleCalibration(owner.actor, round.id, { version: 1, choices: { knowledgeChange: "yearly" } })).rejects.toEqual(
      expect.objectContaining({ kind: "invalid", issues: [expect.objectContaining({ path: "choices.knowledgeChange" })] }),
    );
    await expect(settleCalibration(owner.actor, round.id, { version: 7, choices: { knowledgeChange: "static" } })).rejects.toEqual(rejection("conflict"));
    const db = await database();
    await db.assessment.update({ where: { id: assessment.id }, data: { status: "accepted" } });
    await expect(settleCalibration(owner.actor, round.id, { version: 1, choices: { knowledgeChange: "static" } })).rejects.toEqual(rejection("conflict"));
    await db.assessment.update({ where: { id: assessment.id }, data: { status: "draft" } });
    await cancelCalibration(owner.actor, round.id);
    await db.assessment.update({ where: { id: assessment.id }, data: { status: "superseded" } });
    await expect(startCalibration(owner.actor, assessment.id, {})).rejects.toEqual(rejection("conflict"));
    expect(await listRevisions(owner.actor, assessment.id)).toHaveLength(1);
  });

  it("answers 404 for another team's rounds and assessments, to every kind of call", async () => {
    const { owner, ann, assessment } = await world();
    const round = await startCalibration(owner.actor, assessment.id, { invitees: ids(ann) });
    const stranger = await makeUser();
    const theirTeam = await makeTeam(stranger);
    await makeAssessment(theirTeam, stranger);
    await expect(getCalibration(stranger.actor, round.id)).rejects.toEqual(rejection("not_found"));
    await expect(listCalibrations(stranger.actor, assessment.id)).rejects.toEqual(rejection("not_found"));
    await expect(startCalibration(stranger.actor, assessment.id, {})).rejects.toEqual(rejection("not_found"));
    await expect(settleCalibration(stranger.actor, round.id, { version: 1, choices: {} })).rejects.toEqual(rejection("not_found"));
    await expect(cancelCalibration(stranger.actor, round.id)).rejects.toEqual(rejection("not_found"));
    await expect(getCalibration(owner.actor, "no-such-round")).rejects.toEqual(rejection("not_found"));
    await expect(getCalibration(null, round.id)).rejects.toEqual(rejection("unauthenticated"));
  });
});
