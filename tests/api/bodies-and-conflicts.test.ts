import fc from "fast-check";
import * as z from "zod/mini";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openApiGet } from "@/app/api/v1/openapi.json/route";
import { assessmentSchema, commentSchema, dashboardPageSchema, revisionSchema, shareLinkSchema, teamSchema } from "@/lib/workspace/openapi";
import { makeAssessment, makeTeam, makeTraits, makeUser, type TestUser } from "@/tests/fixtures/workspace";
import { callApi } from "./api-client";

let editor: TestUser;
let teamId: string;
let assessmentId: string;

beforeAll(async () => {
  editor = await makeUser();
  const team = await makeTeam(editor);
  teamId = team.id;
  assessmentId = (await makeAssessment(team, editor)).id;
});

const issuesOf = (text: string) => (JSON.parse(text) as { issues?: { path: string; message: string }[] }).issues ?? [];

describe("bad bodies: 400 with field issues (or 413/415), never a 500", () => {
  it.each([
    ["null", null, [""]],
    ["an array", [], [""]],
    ["an empty object", {}, ["title", "answers"]],
    ["a wrong title type and a bad answer", { title: 5, answers: { ...makeTraits(), latency: "warp" } }, ["title", "answers.latency"]],
    ["an unknown field", { title: "x", answers: makeTraits(), admin: true }, ["admin"]],
  ])("POST assessments with %s", async (_what, body, paths) => {
    const { status, text } = await callApi({ method: "POST", path: `/api/v1/teams/${teamId}/assessments`, body }, editor.cookie);
    expect(status).toBe(400);
    expect(issuesOf(text).map((i) => i.path)).toEqual(expect.arrayContaining(paths));
    expect(issuesOf(text).every((i) => i.message.length > 0)).toBe(true);
  });

  it("refuses malformed JSON (400), a non-JSON type (415) and an oversized body (413)", async () => {
    const path = `/api/v1/teams/${teamId}/assessments`;
    expect((await callApi({ method: "POST", path, raw: { body: "{nope", contentType: "application/json" } }, editor.cookie)).status).toBe(400);
    expect((await callApi({ method: "POST", path, raw: { body: "title=x", contentType: "application/x-www-form-urlencoded" } }, editor.cookie)).status).toBe(415);
    const huge = JSON.stringify({ title: "x".repeat(70_000), answers: makeTraits() });
    expect((await callApi({ method: "POST", path, raw: { body: huge, contentType: "application/json" } }, editor.cookie)).status).toBe(413);
  });

  it("answers bad query parameters with 400 and the field", async () => {
    const { status, text } = await callApi({ method: "GET", path: `/api/v1/teams/${teamId}/assessments?limit=0&sort=random` }, editor.cookie);
    expect(status).toBe(400);
    expect(issuesOf(text).map((i) => i.path).sort()).toEqual(["limit", "sort"]);
  });

  it("never answers 500 to any JSON body, on every writing route", async () => {
    const routes = [
      { method: "POST" as const, path: `/api/v1/teams/${teamId}/assessments` },
      { method: "PATCH" as const, path: `/api/v1/assessments/${assessmentId}` },
      { method: "PUT" as const, path: `/api/v1/assessments/${assessmentId}/status` },
      { method: "POST" as const, path: `/api/v1/assessments/${assessmentId}/share-links` },
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async (route, body) => {
        const { status } = await callApi({ ...route, body }, editor.cookie);
        // A random body may even be a valid share-link request (every field has a default).
        expect([200, 201, 400]).toContain(status);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a cross-site write", async () => {
    const { status } = await callApi({ method: "POST", path: `/api/v1/assessments/${assessmentId}/share-links`, body: {} }, editor.cookie, { origin: "https://evil.example" });
    expect(status).toBe(403);
  });
});

describe("concurrent edits through the API", () => {
  it("two PATCHes from the same version: exactly one 409, and the winner's answers are the ones kept", async () => {
    const team = await makeTeam(editor);
    const { id } = await makeAssessment(team, editor);
    const answers = [makeTraits({ latency: "strict" }), makeTraits({ latency: "batch" })];
    const results = await Promise.all(answers.map((a) => callApi({ method: "PATCH", path: `/api/v1/assessments/${id}`, body: { version: 1, answers: a } }, editor.cookie)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.findIndex((r) => r.status === 200);
    const latest = JSON.parse((await callApi({ method: "GET", path: `/api/v1/assessments/${id}` }, editor.cookie)).text) as { latest: { answers: unknown; number: number } };
    expect(latest.latest).toMatchObject({ number: 2, answers: answers[winner] });
  });
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every route, and the real responses match its schemas", async () => {
    const document = (await openApiGet().json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/v1/assessments/{id}",
      "/api/v1/assessments/{id}/comments",
      "/api/v1/assessments/{id}/comments/{commentId}",
      "/api/v1/assessments/{id}/revisions",
      "/api/v1/assessments/{id}/share-links",
      "/api/v1/assessments/{id}/share-links/{linkId}",
      "/api/v1/assessments/{id}/status",
      "/api/v1/teams",
      "/api/v1/teams/{teamId}/assessments",
    ]);
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Traits", "Assessment", "Revision", "ShareLink", "Error"]));

    const body = async (path: string, method: "GET" | "POST" = "GET", payload?: unknown) => JSON.parse((await callApi({ method, path, body: payload }, editor.cookie)).text) as Record<string, unknown>;
    z.parse(z.object({ teams: z.array(teamSchema) }), await body("/api/v1/teams"));
    z.parse(dashboardPageSchema, await body(`/api/v1/teams/${teamId}/assessments`));
    z.parse(z.object({ assessment: assessmentSchema, latest: revisionSchema }), await body(`/api/v1/assessments/${assessmentId}`));
    z.parse(z.object({ shareLink: shareLinkSchema, url: z.string() }), await body(`/api/v1/assessments/${assessmentId}/share-links`, "POST", {}));
    z.parse(z.object({ comment: commentSchema }), await body(`/api/v1/assessments/${assessmentId}/comments`, "POST", { body: "**Fine** by me", traitKey: "latency" }));
    z.parse(z.object({ comments: z.array(commentSchema) }), await body(`/api/v1/assessments/${assessmentId}/comments`));
  });
});
