import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as roundsRoute from "@/app/api/v1/assessments/[id]/calibrations/route";
import * as answersRoute from "@/app/api/v1/calibrations/[roundId]/answers/route";
import * as cancelRoute from "@/app/api/v1/calibrations/[roundId]/cancel/route";
import * as roundRoute from "@/app/api/v1/calibrations/[roundId]/route";
import * as settleRoute from "@/app/api/v1/calibrations/[roundId]/settle/route";
import { startCalibration, submitCalibrationAnswers } from "@/lib/server/workspace/calibration";
import { calibrationRoundSchema, calibrationSchema } from "@/lib/workspace/openapi";
import { hybridTraits } from "@/tests/fixtures/traits";
import { callers, makeAuthorizationWorld, type AuthorizationWorld, type Caller } from "@/tests/fixtures/authorization-world";
import { makeAssessment, type TestUser } from "@/tests/fixtures/workspace";
import type { Call } from "./api-client";

// The calibration routes × {anonymous, member of another team, viewer, editor, owner} → the expected status, and no
// response ever carries the other team's data. The routes are called in-process, as a browser with a cookie would.

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Module = Partial<Record<Call["method"], Handler>>;
const routes: { pattern: RegExp; name: string; module: Module }[] = [
  { pattern: /^\/api\/v1\/assessments\/([^/]+)\/calibrations$/, name: "id", module: roundsRoute as Module },
  { pattern: /^\/api\/v1\/calibrations\/([^/]+)$/, name: "roundId", module: roundRoute as Module },
  { pattern: /^\/api\/v1\/calibrations\/([^/]+)\/answers$/, name: "roundId", module: answersRoute as Module },
  { pattern: /^\/api\/v1\/calibrations\/([^/]+)\/settle$/, name: "roundId", module: settleRoute as Module },
  { pattern: /^\/api\/v1\/calibrations\/([^/]+)\/cancel$/, name: "roundId", module: cancelRoute as Module },
];

async function callApi(call: Call, cookie: string): Promise<{ status: number; text: string }> {
  const url = new URL(call.path, "http://localhost:3000");
  for (const route of routes) {
    const match = route.pattern.exec(url.pathname);
    const handler = match ? route.module[call.method] : undefined;
    if (!match || !handler) continue;
    const headers: Record<string, string> = { origin: url.origin, host: url.host, ...(cookie ? { cookie } : {}) };
    if (call.body !== undefined) headers["content-type"] = "application/json";
    const request = new Request(url, { method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
    const response = await handler(request, { params: Promise.resolve({ [route.name]: decodeURIComponent(match[1] ?? "") }) });
    return { status: response.status, text: await response.text() };
  }
  throw new Error(`No route for ${call.method} ${call.path}`);
}

const roles = callers;
type Who = Caller;

let world: AuthorizationWorld & { roundId: string };
const ids = (users: TestUser[]) => users.map((user) => user.actor.userId);

beforeAll(async () => {
  const made = await makeAuthorizationWorld(hybridTraits);
  const { owner, editor, viewer, outsider } = made.users;
  const round = await startCalibration(owner.actor, made.assessmentId, { invitees: ids([owner, editor, viewer]) });
  const otherRound = await startCalibration(outsider.actor, made.otherAssessmentId, {});
  world = {
    ...made,
    roundId: round.id,
    mainSecrets: [...made.mainSecrets, round.id],
    outsiderSecrets: [...made.outsiderSecrets, otherRound.id],
  };
});

/** A fresh assessment with an open round in which the viewer has answered (one question differs), for calls that close it. */
async function answeredRound(): Promise<{ roundId: string }> {
  const { owner, viewer } = world.users;
  const assessment = await makeAssessment(world.team, owner, hybridTraits);
  const round = await startCalibration(owner.actor, assessment.id, { invitees: ids([viewer]) });
  await submitCalibrationAnswers(viewer.actor, round.id, { answers: { ...hybridTraits, timeToShip: "days" } });
  return { roundId: round.id };
}

interface Row {
  name: string;
  call: () => Promise<Call> | Call;
  expected: Record<Who, number>;
}

const read = { anonymous: 401, outsider: 404, viewer: 200, editor: 200, owner: 200 };
const write = (ok: number) => ({ anonymous: 401, outsider: 404, viewer: 403, editor: ok, owner: ok });

const rows: Row[] = [
  { name: "GET /assessments/:id/calibrations", call: () => ({ method: "GET", path: `/api/v1/assessments/${world.assessmentId}/calibrations` }), expected: read },
  {
    name: "POST /assessments/:id/calibrations",
    call: async () => ({ method: "POST", path: `/api/v1/assessments/${(await makeAssessment(world.team, world.users.owner)).id}/calibrations`, body: {} }),
    expected: write(201),
  },
  { name: "GET /calibrations/:roundId", call: () => ({ method: "GET", path: `/api/v1/calibrations/${world.roundId}` }), expected: read },
  {
    name: "PUT /calibrations/:roundId/answers",
    call: () => ({ method: "PUT", path: `/api/v1/calibrations/${world.roundId}/answers`, body: { answers: hybridTraits } }),
    expected: read,
  },
  {
    name: "POST /calibrations/:roundId/settle",
    call: async () => ({ method: "POST", path: `/api/v1/calibrations/${(await answeredRound()).roundId}/settle`, body: { version: 1, choices: { timeToShip: "days" } } }),
    expected: write(200),
  },
  { name: "POST /calibrations/:roundId/cancel", call: async () => ({ method: "POST", path: `/api/v1/calibrations/${(await answeredRound()).roundId}/cancel` }), expected: write(200) },
];

describe("authorization matrix: calibration routes × every kind of caller", () => {
  it(`covers ${rows.length} routes × ${roles.length} callers`, () => {
    expect(rows.length * roles.length).toBe(30);
  });

  describe.each(rows)("$name", (row) => {
    it.each(roles)("as %s", async (who) => {
      const cookie = who === "anonymous" ? "" : world.users[who].cookie;
      const { status, text } = await callApi(await row.call(), cookie);
      expect(status).toBe(row.expected[who]);
      const forbiddenStrings = who === "outsider" || who === "anonymous" ? world.mainSecrets : world.outsiderSecrets;
      for (const secret of forbiddenStrings) expect(text).not.toContain(secret);
    });
  });
});

describe("calibration responses", () => {
  it("match the OpenAPI declarations, and a member of the round who has not answered sees no one's answers", async () => {
    const { owner, editor, viewer } = world.users;
    const assessment = await makeAssessment(world.team, owner, hybridTraits);
    const started = await callApi({ method: "POST", path: `/api/v1/assessments/${assessment.id}/calibrations`, body: { invitees: ids([editor, viewer]) } }, owner.cookie);
    const { round } = z.parse(z.object({ round: calibrationRoundSchema }), JSON.parse(started.text));
    const answered = await callApi({ method: "PUT", path: `/api/v1/calibrations/${round.id}/answers`, body: { answers: { ...hybridTraits, knowledgeChange: "static" } } }, editor.cookie);
    expect(z.parse(z.object({ calibration: calibrationSchema }), JSON.parse(answered.text)).calibration.analysis?.decisive).toEqual(["knowledgeChange"]);

    const hidden = await callApi({ method: "GET", path: `/api/v1/calibrations/${round.id}` }, viewer.cookie);
    expect(z.parse(z.object({ calibration: calibrationSchema }), JSON.parse(hidden.text)).calibration).toMatchObject({ revealed: false, responses: [], analysis: null });
    expect(hidden.text).not.toContain('"static"');

    const settled = await callApi({ method: "POST", path: `/api/v1/calibrations/${round.id}/settle`, body: { version: 1, choices: { knowledgeChange: "static" } } }, owner.cookie);
    expect(z.parse(z.object({ calibration: calibrationSchema }), JSON.parse(settled.text)).calibration.round).toMatchObject({ status: "settled", settledRevision: 2 });
    const list = await callApi({ method: "GET", path: `/api/v1/assessments/${assessment.id}/calibrations` }, viewer.cookie);
    expect(z.parse(z.object({ rounds: z.array(calibrationRoundSchema) }), JSON.parse(list.text)).rounds).toHaveLength(1);

    const again = await callApi({ method: "POST", path: `/api/v1/calibrations/${round.id}/settle`, body: { version: 2, choices: {} } }, owner.cookie);
    expect(again.status).toBe(409);
    const bad = await callApi({ method: "POST", path: `/api/v1/assessments/${assessment.id}/calibrations`, body: { invitees: ["someone-else"] } }, owner.cookie);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ error: "invalid_body", issues: [{ path: "invitees" }] });
  });
});
