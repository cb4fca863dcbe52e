import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addComment, guestCommentLimiter } from "@/lib/server/workspace/comments";
import { createShareLink } from "@/lib/server/workspace/share-links";
import { callers, makeAuthorizationWorld, type AuthorizationWorld, type Caller } from "@/tests/fixtures/authorization-world";
import { callApi, type Call } from "./api-client";

// The comment routes × {anonymous, member of another team, viewer, editor, owner} → the expected status, and no
// response carries the other side's data. Share-link comment routes answer the same whoever calls: the token decides.

const roles = callers;
type Who = Caller;
type Member = Exclude<Who, "anonymous" | "outsider">;

let world: AuthorizationWorld & { viewOnlyToken: string };

beforeAll(async () => {
  const made = await makeAuthorizationWorld();
  const { owner, outsider } = made.users;
  await addComment(owner.actor, made.assessmentId, { body: "MAINCOMMENTSECRET on the assessment" });
  await addComment(owner.actor, made.assessmentId, { body: "MAINANSWERSECRET on one answer", traitKey: "latency" });
  await addComment(outsider.actor, made.otherAssessmentId, { body: "OUTSIDERSECRET comment" });
  const viewOnly = await createShareLink(owner.actor, made.assessmentId, {});
  world = { ...made, viewOnlyToken: viewOnly.token, mainSecrets: [...made.mainSecrets, "MAINCOMMENTSECRET", "MAINANSWERSECRET"] };
});

beforeEach(async () => {
  await guestCommentLimiter.reset();
});

/** A fresh comment by `author` (the owner when the caller is not a member), so every call has its own target. */
async function commentBy(who: Who, author?: Member): Promise<string> {
  const writer = author ?? (who === "anonymous" || who === "outsider" ? "owner" : who);
  return (await addComment(world.users[writer].actor, world.assessmentId, { body: `by ${writer}` })).id;
}

const commentsPath = () => `/api/v1/assessments/${world.assessmentId}/comments`;
const commenting = async () => (await createShareLink(world.users.owner.actor, world.assessmentId, { canComment: true })).token;

interface Row {
  name: string;
  call: (who: Who) => Promise<Call> | Call;
  expected: Record<Who, number>;
  /** Responses anyone may receive (share-link routes): only the team's answer-level comments must never show. */
  public?: boolean;
}

const read = { anonymous: 401, outsider: 404, viewer: 200, editor: 200, owner: 200 };
const everyone = (ok: number) => ({ anonymous: 401, outsider: 404, viewer: ok, editor: ok, owner: ok });
const same = (status: number) => ({ anonymous: status, outsider: status, viewer: status, editor: status, owner: status });

const rows: Row[] = [
  { name: "GET /assessments/:id/comments", call: () => ({ method: "GET", path: commentsPath() }), expected: read },
  { name: "GET /assessments/:id/comments?traitKey=latency", call: () => ({ method: "GET", path: `${commentsPath()}?traitKey=latency` }), expected: read },
  { name: "POST /assessments/:id/comments", call: () => ({ method: "POST", path: commentsPath(), body: { body: "A new thought" } }), expected: everyone(201) },
  {
    name: "PATCH /assessments/:id/comments/:commentId (own)",
    call: async (who) => ({ method: "PATCH", path: `${commentsPath()}/${await commentBy(who)}`, body: { body: "Changed" } }),
    expected: everyone(200),
  },
  {
    name: "PATCH /assessments/:id/comments/:commentId (an editor's)",
    call: async (who) => ({ method: "PATCH", path: `${commentsPath()}/${await commentBy(who, "editor")}`, body: { body: "Changed" } }),
    expected: { anonymous: 401, outsider: 404, viewer: 403, editor: 200, owner: 403 },
  },
  { name: "DELETE /assessments/:id/comments/:commentId (own)", call: async (who) => ({ method: "DELETE", path: `${commentsPath()}/${await commentBy(who)}` }), expected: everyone(204) },
  {
    name: "DELETE /assessments/:id/comments/:commentId (an editor's)",
    call: async (who) => ({ method: "DELETE", path: `${commentsPath()}/${await commentBy(who, "editor")}` }),
    expected: { anonymous: 401, outsider: 404, viewer: 403, editor: 204, owner: 204 },
  },
  { name: "GET /share/:token/comments (may comment)", call: async () => ({ method: "GET", path: `/api/share/${await commenting()}/comments` }), expected: same(200), public: true },
  {
    name: "POST /share/:token/comments (may comment)",
    call: async () => ({ method: "POST", path: `/api/share/${await commenting()}/comments`, body: { displayName: "Sam", body: "Looks right" } }),
    expected: same(201),
    public: true,
  },
  { name: "GET /share/:token/comments (view only)", call: () => ({ method: "GET", path: `/api/share/${world.viewOnlyToken}/comments` }), expected: same(404), public: true },
  {
    name: "POST /share/:token/comments (view only)",
    call: () => ({ method: "POST", path: `/api/share/${world.viewOnlyToken}/comments`, body: { displayName: "Sam", body: "Hi" } }),
    expected: same(404),
    public: true,
  },
];

describe("authorization matrix: comment routes × every kind of caller", () => {
  it(`covers ${rows.length} routes × ${roles.length} callers`, () => {
    expect(rows.length * roles.length).toBe(55);
  });

  describe.each(rows)("$name", (row) => {
    it.each(roles)("as %s", async (who) => {
      const cookie = who === "anonymous" ? "" : world.users[who].cookie;
      const { status, text } = await callApi(await row.call(who), cookie);
      expect(status).toBe(row.expected[who]);
      const hidden = row.public ? ["MAINANSWERSECRET", "MAINTEAMSECRET", ...world.outsiderSecrets] : who === "outsider" || who === "anonymous" ? world.mainSecrets : world.outsiderSecrets;
      for (const secret of hidden) expect(text).not.toContain(secret);
    });
  });
});

describe("share-link comment route", () => {
  it("refuses cross-site posts, oversized bodies and the sixth comment in ten minutes", async () => {
    const token = await commenting();
    const post = (body: unknown = { displayName: "Sam", body: "Hi" }) => ({ method: "POST" as const, path: `/api/share/${token}/comments`, body });
    expect((await callApi(post(), "", { origin: "https://evil.example" })).status).toBe(403);
    expect((await callApi(post({ displayName: "Sam", body: "x".repeat(20_000) }), "")).status).toBe(413);
    const invalid = await callApi(post({ displayName: "", body: "Hi" }), "");
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.text)).toMatchObject({ issues: [{ path: "displayName" }] });
    for (let i = 0; i < 5; i += 1) expect((await callApi(post(), "", { "x-client-address": "192.0.2.10" })).status).toBe(201);
    const limited = await callApi(post(), "", { "x-client-address": "192.0.2.10" });
    expect(limited.status).toBe(429);
    expect(JSON.parse(limited.text)).toMatchObject({ error: "rate_limited" });
    expect((await callApi(post(), "", { "x-client-address": "192.0.2.11" })).status).toBe(201);
  });
});
