import { beforeAll, describe, expect, it } from "vitest";
import { createShareLink } from "@/lib/server/workspace/share-links";
import { getAssessment } from "@/lib/server/workspace/assessments";
import { makeAssessment, makeTeam, makeTraits, makeUser, type TestUser } from "@/tests/fixtures/workspace";
import { callApi, type Call } from "./api-client";

// Every workspace API route × {anonymous, member of another team, viewer, editor, owner} → the expected status,
// and no response ever carries the other team's data.

const roles = ["anonymous", "outsider", "viewer", "editor", "owner"] as const;
type Who = (typeof roles)[number];

interface World {
  users: Record<Exclude<Who, "anonymous">, TestUser>;
  teamId: string;
  assessmentId: string;
  /** Strings that only the main team's members may ever see, and those only the outsider may see. */
  mainSecrets: string[];
  outsiderSecrets: string[];
}

let world: World;

beforeAll(async () => {
  const [owner, editor, viewer, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
  const team = await makeTeam(owner!, { editor: [editor!], viewer: [viewer!] }, "Main team MAINTEAMSECRET");
  const assessment = await makeAssessment(team, owner!, {}, "MAINSECRET assessment");
  const otherTeam = await makeTeam(outsider!, {}, "Other team OUTSIDERSECRET");
  const other = await makeAssessment(otherTeam, outsider!, {}, "OUTSIDERSECRET assessment");
  world = {
    users: { owner: owner!, editor: editor!, viewer: viewer!, outsider: outsider! },
    teamId: team.id,
    assessmentId: assessment.id,
    mainSecrets: ["MAINSECRET", "MAINTEAMSECRET", team.id, assessment.id],
    outsiderSecrets: ["OUTSIDERSECRET", otherTeam.id, other.id],
  };
});

interface Row {
  name: string;
  /** Builds the call for one role (fresh resources where a success would consume them). */
  call: (who: Who) => Promise<Call> | Call;
  expected: Record<Who, number>;
}

const read = { anonymous: 401, outsider: 404, viewer: 200, editor: 200, owner: 200 };
const write = (ok: number) => ({ anonymous: 401, outsider: 404, viewer: 403, editor: ok, owner: ok });
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
    call: async () => ({ method: "PUT", path: `/api/v1/assessments/${world.assessmentId}/status`, body: { version: await currentVersion(), status: "proposed" } }),
    expected: write(200),
  },
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
    expect(rows.length * roles.length).toBe(50);
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
