import { beforeAll, describe, expect, it } from "vitest";
import * as recordRoute from "@/app/api/v1/assessments/[id]/record.md/route";
import * as exportRoute from "@/app/api/v1/teams/[teamId]/export/route";
import * as importRoute from "@/app/api/v1/teams/[teamId]/import/route";
import { exportTeam } from "@/lib/server/workspace/team-archive";
import type { TeamArchive } from "@/lib/workspace/team-archive";
import { callers, makeAuthorizationWorld, type AuthorizationWorld, type Caller } from "@/tests/fixtures/authorization-world";
import { makeTeam } from "@/tests/fixtures/workspace";

// The decision record, team export and team import routes × {anonymous, member of another team, viewer, editor,
// owner} → the expected status, and no response carries the other side's data.

const roles = callers;
type Who = Caller;
type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

const origin = "http://localhost:3000";

async function call(handler: Handler, path: string, params: Record<string, string>, cookie: string, init: { method?: string; body?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = { origin, host: "localhost:3000", ...(cookie ? { cookie } : {}), ...(init.contentType ? { "content-type": init.contentType } : {}) };
  const response = await handler(new Request(new URL(path, origin), { method: init.method ?? "GET", headers, body: init.body }), { params: Promise.resolve(params) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

let world: AuthorizationWorld & { teamId: string; archive: TeamArchive };

beforeAll(async () => {
  const made = await makeAuthorizationWorld();
  const { archive } = await exportTeam(made.users.owner.actor, made.team.id);
  world = {
    ...made,
    teamId: made.team.id,
    archive,
  };
});

/** A new, empty team with the main team's people in their roles: an import target. */
async function emptyTarget() {
  const { owner, editor, viewer } = world.users;
  return makeTeam(owner, { editor: [editor], viewer: [viewer] }, "Import target");
}

interface Row {
  name: string;
  send: (cookie: string) => Promise<{ status: number; text: string }>;
  expected: Record<Who, number>;
}

const read = { anonymous: 401, outsider: 404, viewer: 200, editor: 200, owner: 200 };
const ownersOnly = (ok: number) => ({ anonymous: 401, outsider: 404, viewer: 403, editor: 403, owner: ok });

const rows: Row[] = [
  {
    name: "GET /assessments/:id/record.md",
    send: (cookie) => call(recordRoute.GET as Handler, `/api/v1/assessments/${world.assessmentId}/record.md`, { id: world.assessmentId }, cookie),
    expected: read,
  },
  {
    name: "GET /teams/:id/export",
    send: (cookie) => call(exportRoute.GET as Handler, `/api/v1/teams/${world.teamId}/export`, { teamId: world.teamId }, cookie),
    expected: ownersOnly(200),
  },
  {
    name: "POST /teams/:id/import",
    send: async (cookie) => {
      const target = await emptyTarget();
      return call(importRoute.POST as Handler, `/api/v1/teams/${target.id}/import`, { teamId: target.id }, cookie, { method: "POST", body: JSON.stringify(world.archive), contentType: "application/json" });
    },
    expected: ownersOnly(201),
  },
];

describe("authorization matrix: records, export and import × every kind of caller", () => {
  it(`covers ${rows.length} routes × ${roles.length} callers`, () => {
    expect(rows.length * roles.length).toBe(15);
  });

  describe.each(rows)("$name", (row) => {
    it.each(roles)("as %s", async (who) => {
      const cookie = who === "anonymous" ? "" : world.users[who].cookie;
      const { status, text } = await row.send(cookie);
      expect(status).toBe(row.expected[who]);
      // The archive sent to the import is the main team's own data; what comes back must still not leak to strangers.
      const forbiddenStrings = who === "outsider" || who === "anonymous" ? world.mainSecrets : world.outsiderSecrets;
      for (const secret of forbiddenStrings) expect(text).not.toContain(secret);
    });
  });
});

describe("record, export and import responses", () => {
  it("serves the record as a Markdown download and the export as a JSON download", async () => {
    const record = await call(recordRoute.GET as Handler, `/api/v1/assessments/${world.assessmentId}/record.md`, { id: world.assessmentId }, world.users.viewer.cookie);
    expect(record.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(record.headers.get("content-disposition")).toBe('attachment; filename="mainsecret-assessment.md"');
    expect(record.text.startsWith("---\nstatus: \"draft\"\n")).toBe(true);
    const exported = await call(exportRoute.GET as Handler, `/api/v1/teams/${world.teamId}/export`, { teamId: world.teamId }, world.users.owner.cookie);
    expect(exported.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(exported.headers.get("content-disposition")).toMatch(/^attachment; filename="main-team-mainteamsecret(-[a-z0-9]+)?-\d{4}-\d{2}-\d{2}\.team-archive\.json"$/);
    expect((JSON.parse(exported.text) as TeamArchive).assessments[0]?.title).toBe("MAINSECRET assessment");
  });

  it("refuses an import into a team with assessments (409), an invalid archive (400 with issues), a body over 5 MiB (413) and non-JSON (415)", async () => {
    const post = (teamId: string, body: string, contentType = "application/json") =>
      call(importRoute.POST as Handler, `/api/v1/teams/${teamId}/import`, { teamId }, world.users.owner.cookie, { method: "POST", body, contentType });
    expect((await post(world.teamId, JSON.stringify(world.archive))).status).toBe(409);
    const target = await emptyTarget();
    const invalid = await post(target.id, JSON.stringify({ ...world.archive, version: 7 }));
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.text)).toMatchObject({ error: "invalid_body", issues: [{ path: "version" }] });
    const huge = JSON.stringify({ ...world.archive, padding: "x".repeat(5 * 1024 * 1024) });
    expect((await post(target.id, huge)).status).toBe(413);
    expect((await post(target.id, "format=x", "application/x-www-form-urlencoded")).status).toBe(415);
    // Nothing above wrote anything: the target still takes a clean import.
    expect((await post(target.id, JSON.stringify(world.archive))).status).toBe(201);
  });

  it("refuses a cross-site import", async () => {
    const target = await emptyTarget();
    const response = await importRoute.POST(
      new Request(new URL(`/api/v1/teams/${target.id}/import`, origin), {
        method: "POST",
        headers: { origin: "https://evil.test", host: "localhost:3000", cookie: world.users.owner.cookie, "content-type": "application/json" },
        body: JSON.stringify(world.archive),
      }),
      { params: Promise.resolve({ teamId: target.id }) },
    );
    expect(response.status).toBe(403);
  });
});
