import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { dashboardQuery, inviteInput, parseInput, saveAssessmentInput } from "./schemas";

describe("workspace input schemas", () => {
  it("trims names and fills defaults", () => {
    expect(parseInput(inviteInput, { role: "viewer" })).toEqual({ ok: true, value: { role: "viewer", maxUses: 1, expiresInDays: 7 } });
    expect(parseInput(dashboardQuery, {})).toEqual({ ok: true, value: { sort: "updated", limit: 25 } });
  });

  it("reports each bad field with its path, and unknown fields by name", () => {
    const result = parseInput(saveAssessmentInput, { title: "   ", answers: { ...makeTraits(), latency: "warp" }, extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(["answers.latency", "extra", "title"]);
    expect(result.issues.find((issue) => issue.path === "extra")?.message).toBe('Unknown field "extra".');
  });

  it("refuses owner invitations and out-of-range numbers", () => {
    const result = parseInput(inviteInput, { role: "owner", maxUses: 0, expiresInDays: 2.5 });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path).sort()).toEqual(["expiresInDays", "maxUses", "role"]);
  });

  it("says a non-object body is not an object", () => {
    expect(parseInput(dashboardQuery, null)).toEqual({ ok: false, issues: [{ path: "", message: "Send a JSON object." }] });
  });
});
