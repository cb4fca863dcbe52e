import { describe, expect, it } from "vitest";
import { makeTeam, makeTraits, makeUser } from "@/tests/fixtures/workspace";
import { database } from "../db";
import { getAssessment } from "./assessments";
import { createAnswerRequest, listAnswerRequests, openAnswerRequest, respondToAnswerRequest, revokeAnswerRequest } from "./answer-requests";

const rejection = (kind: string) => expect.objectContaining({ kind });

describe("answer requests", () => {
  it("live through create → open → one response as a draft attributed to the respondent → spent", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner, {}, "Platform");
    const { token, request } = await createAnswerRequest(owner.actor, team.id, { projectName: "Claims triage" });
    expect(await openAnswerRequest(token)).toEqual({ projectName: "Claims triage", teamName: "Platform" });

    const answers = makeTraits({ taskType: "classification_extraction" });
    const responses = await Promise.allSettled([
      respondToAnswerRequest(token, { respondentName: "Pat from Claims", answers }),
      respondToAnswerRequest(token, { respondentName: "Someone else", answers }),
    ]);
    const accepted = responses.filter((r): r is PromiseFulfilledResult<{ assessmentId: string }> => r.status === "fulfilled");
    expect(accepted).toHaveLength(1);

    const { assessment, latest } = await getAssessment(owner.actor, accepted[0]!.value.assessmentId);
    expect(assessment).toMatchObject({ title: "Claims triage", status: "draft", authorName: "Pat from Claims", teamId: team.id });
    expect(latest.answers).toEqual(answers);
    expect(await openAnswerRequest(token)).toBeNull();
    const [listed] = await listAnswerRequests(owner.actor, team.id);
    expect(listed).toMatchObject({ id: request.id, state: "answered", assessmentId: assessment.id });
  });

  it("refuses revoked and expired links as not_found, and bad answers as field issues", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const revoked = await createAnswerRequest(owner.actor, team.id, { projectName: "A" });
    await revokeAnswerRequest(owner.actor, team.id, revoked.request.id);
    const expired = await createAnswerRequest(owner.actor, team.id, { projectName: "B" });
    await (await database()).answerRequest.update({ where: { id: expired.request.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    for (const token of [revoked.token, expired.token, "nope"]) {
      await expect(respondToAnswerRequest(token, { respondentName: "X", answers: makeTraits() })).rejects.toEqual(rejection("not_found"));
    }
    const open = await createAnswerRequest(owner.actor, team.id, { projectName: "C" });
    await expect(respondToAnswerRequest(open.token, { respondentName: "", answers: { ...makeTraits(), latency: "soon" } })).rejects.toEqual(
      expect.objectContaining({ kind: "invalid", issues: expect.arrayContaining([expect.objectContaining({ path: "respondentName" }), expect.objectContaining({ path: "answers.latency" })]) }),
    );
    expect(await openAnswerRequest(open.token)).not.toBeNull();
  });

  it("are sent by editors and owners, not viewers", async () => {
    const owner = await makeUser();
    const viewer = await makeUser();
    const team = await makeTeam(owner, { viewer: [viewer] });
    await expect(createAnswerRequest(viewer.actor, team.id, { projectName: "X" })).rejects.toEqual(rejection("forbidden"));
  });
});
