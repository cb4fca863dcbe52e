import { beforeAll, describe, expect, it } from "vitest";
import { createShareLink } from "@/lib/server/workspace/share-links";
import { getAssessment } from "@/lib/server/workspace/assessments";
import { castVote, changeStatus, requestReview } from "@/lib/server/workspace/review";
import { callers, makeAuthorizationWorld, type AuthorizationWorld, type Caller } from "@/tests/fixtures/authorization-world";
import { makeAssessment, makeTraits } from "@/tests/fixtures/workspace";
import { callApi, type Call } from "./api-client";

// Every workspace API route × {anonymous, member of another team, viewer, editor, owner} → the expected status,
// and no response ever carries the other team's data.

const roles = callers;
type Who = Caller;

let world: AuthorizationWorld & { teamId: string };

beforeAll(async () => {
  const made = await makeAuthorizationWorld();
  world = { ...made, teamId: made.team.id };
});

interface Row {
  name: string;
  /** Builds the call for one role (fresh resources where a success would consume them). */
  call: (who: Who) => Promise<Call> | Call;
  expected: Record<Who, number>;
}

const read = { anonymous: 401, outsider: 404, viewer: 200, editor: 200, owner: 200 };
const write = (ok: number) => ({ anonymous: 401, outsider: 404, viewer: 403, editor: ok, owner: ok });
/** A fresh assessment of the main team, proposed for review (one approval needed). */
async function proposedAssessment() {
  const fresh = await makeAssessment({ id: world.teamId }, world.users.owner, {}, "MAINSECRET proposed");
  await requestReview(world.users.owner.actor, fresh.id, { version: 1, requiredApprovals: 1 });
  return fresh;
}

const currentVersion = async () => (await getAssessment(world.users.owner.actor, world.assessmentId)).assessment.version;

const rows: Row[] = [
  { name: "GET /teams", call: () => ({ method: "GET", path: "/api/v1/teams" }), expected: { ...read, outsider: 200 } },
  { name: "GET /teams/:id/assessments", call: () => ({ method: "GET", path: `/api/v1/teams/${world.teamId}/assessments` }), expected: read },
  {
    name: "POST /teams/:id/assessments",
    call: () => ({ method: "POST", path: `/api/v1/teams/${world.teamId}/assessments`, body: { title: "New", answers: makeTraits() } }),
    expected: write(201),
  },
  { name: "GET /assessments/:id", call: () => ({ method: "GET", path: `/api/v1/assessments/${world.assessmentId}` }), expected: read },
  {
    name: "PATCH /assessments/:id",
    call: async () => ({ method: "PATCH", path: `/api/v1/assessments/${world.assessmentId}`, body: { version: await currentVersion(), answers: makeTraits() } }),
    expected: write(200),
  },
  { name: "GET /assessments/:id/revisions", call: () => ({ method: "GET", path: `/api/v1/assessments/${world.assessmentId}/revisions` }), expected: read },
  {
    name: "PUT /assessments/:id/status",
    // Toggles draft ↔ proposed, so every allowed caller makes a valid move.
    call: async () => {
      const { assessment } = await getAssessment(world.users.owner.actor, world.assessmentId);
      return { method: "PUT", path: `/api/v1/assessments/${world.assessmentId}/status`, body: { version: assessment.version, status: assessment.status === "draft" ? "proposed" : "draft" } };
    },
    expected: write(200),
  },
  { name: "GET /assessments/:id/review", call: () => ({ method: "GET", path: `/api/v1/assessments/${world.assessmentId}/review` }), expected: read },
  {
    name: "POST /assessments/:id/review-request",
    call: async () => {
      const fresh = await makeAssessment({ id: world.teamId }, world.users.owner, {}, "MAINSECRET fresh");
      return { method: "POST", path: `/api/v1/assessments/${fresh.id}/review-request`, body: { version: 1, requiredApprovals: 1 } };
    },
    expected: write(200),
  },
  {
    name: "PUT /assessments/:id/votes",
    call: async () => ({ method: "PUT", path: `/api/v1/assessments/${(await proposedAssessment()).id}/votes`, body: { verdict: "approve", note: "ok" } }),
    expected: { ...read, outsider: 404 },
  },
  {
    name: "POST /assessments/:id/successor",
    call: async () => {
      const accepted = await proposedAssessment();
      await castVote(world.users.editor.actor, accepted.id, { verdict: "approve" });
      await changeStatus(world.users.owner.actor, accepted.id, { version: 2, status: "accepted" });
      return { method: "POST", path: `/api/v1/assessments/${accepted.id}/successor`, body: { version: 3, answers: makeTraits() } };
    },
    expected: write(201),
  },
  { name: "GET /teams/:id/activity", call: () => ({ method: "GET", path: `/api/v1/teams/${world.teamId}/activity` }), expected: read },
  { name: "GET /notifications", call: () => ({ method: "GET", path: "/api/v1/notifications" }), expected: { ...read, outsider: 200 } },
  { name: "POST /notifications/read", call: () => ({ method: "POST", path: "/api/v1/notifications/read", body: {} }), expected: { anonymous: 401, outsider: 204, viewer: 204, editor: 204, owner: 204 } },
  { name: "GET /assessments/:id/share-links", call: () => ({ method: "GET", path: `/api/v1/assessments/${world.assessmentId}/share-links` }), expected: write(200) },
  { name: "POST /assessments/:id/share-links", call: () => ({ method: "POST", path: `/api/v1/assessments/${world.assessmentId}/share-links`, body: {} }), expected: write(201) },
  {
    name: "DELETE /assessments/:id/share-links/:linkId",
    call: async () => {
      const { link } = await createShareLink(world.users.owner.actor, world.assessmentId, {});
      return { method: "DELETE", path: `/api/v1/assessments/${world.assessmentId}/share-links/${link.id}` };
    },
    expected: write(204),
  },
];

describe("authorization matrix: every API route × every kind of caller", () => {
  it(`covers ${rows.length} routes × ${roles.length} callers`, () => {
    expect(rows.length * roles.length).toBe(85);
  });

  describe.each(rows)("$name", (row) => {
    it.each(roles)("as %s", async (who) => {
      const cookie = who === "anonymous" ? "" : world.users[who].cookie;
      const { status, text } = await callApi(await row.call(who), cookie);
      expect(status).toBe(row.expected[who]);
      const forbiddenStrings = who === "outsider" || who === "anonymous" ? world.mainSecrets : world.outsiderSecrets;
      for (const secret of forbiddenStrings) expect(text).not.toContain(secret);
    });
  });
});
