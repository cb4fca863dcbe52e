import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/lib/server/db";
import { statuses, type Status } from "@/lib/workspace/review-workflow";
import { neutralTraits } from "@/tests/fixtures/traits";
import { makeAssessment, makeTeam, makeUser, type TestUser } from "@/tests/fixtures/workspace";
import { callApi } from "./api-client";

// The status workflow through the JSON API: every move it does not allow is a 409 with the reason, and nothing
// changes; the allowed ones are 200. (The library's own table is in lib/workspace/review-workflow.test.ts.)

const allowedByHand = new Set(["draft>proposed", "proposed>draft", "proposed>rejected", "rejected>draft"]);
let owner: TestUser;
let teamId: string;

beforeAll(async () => {
  owner = await makeUser();
  teamId = (await makeTeam(owner)).id;
});

async function assessmentIn(status: Status) {
  const saved = await makeAssessment({ id: teamId }, owner);
  const db = await database();
  await db.assessment.update({ where: { id: saved.id }, data: { status } });
  return saved.id;
}

const moves = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

describe("PUT /api/v1/assessments/:id/status and the review workflow", () => {
  it.each(moves)("%s → %s", async (from, to) => {
    const id = await assessmentIn(from);
    const { status, text } = await callApi({ method: "PUT", path: `/api/v1/assessments/${id}/status`, body: { version: 1, status: to } }, owner.cookie);
    const db = await database();
    const after = await db.assessment.findUniqueOrThrow({ where: { id } });
    if (allowedByHand.has(`${from}>${to}`)) {
      expect(status).toBe(200);
      expect([after.status, after.version]).toEqual([to, 2]);
    } else {
      expect(status).toBe(409);
      const body = JSON.parse(text) as { error: string; message: string };
      expect(body.error).toBe("conflict");
      expect(body.message.length).toBeGreaterThan(20);
      expect([after.status, after.version]).toEqual([from, 1]);
    }
  });

  it("refuses a vote while not proposed, and a successor for anything but an accepted decision, with 409", async () => {
    const draft = await assessmentIn("draft");
    expect((await callApi({ method: "PUT", path: `/api/v1/assessments/${draft}/votes`, body: { verdict: "approve" } }, owner.cookie)).status).toBe(409);
    const { status, text } = await callApi({ method: "POST", path: `/api/v1/assessments/${draft}/successor`, body: { version: 1, answers: neutralTraits } }, owner.cookie);
    expect(status).toBe(409);
    expect(text).toContain("Only an accepted decision is superseded");
    const accepted = await assessmentIn("accepted");
    const edit = await callApi({ method: "PATCH", path: `/api/v1/assessments/${accepted}`, body: { version: 1, answers: neutralTraits } }, owner.cookie);
    expect(edit.status).toBe(409);
    expect(edit.text).toContain("locked");
  });
});
