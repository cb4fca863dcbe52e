import { describe, expect, it } from "vitest";
import { isHiringKitContents } from "@/lib/hiring-kit-contents";
import { paths } from "@/lib/paths";
import { traitsToQueryString } from "@/lib/decision/traits-query-string";
import { loadPlan } from "@/lib/server/answers-loader";
import { answerSets } from "@/tests/fixtures/answer-sets";
import { GET } from "./route";

const origin = "http://localhost";

describe("GET /plan/hiring-kits.json", () => {
  it("answers every role's job description and scorecard, as the plan has them", async () => {
    const [traits] = answerSets(1);
    if (!traits) throw new Error("no answer set");
    const query = traitsToQueryString(traits);
    const response = await GET(new Request(`${origin}${paths.hiringKitsJson(query)}`, { headers: { "x-forwarded-for": "192.0.2.77" } }));
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(isHiringKitContents(body)).toBe(true);
    const loaded = loadPlan(new URLSearchParams(query));
    if (!loaded.ok || !isHiringKitContents(body)) throw new Error("unexpected");
    expect(body.roles.map((entry) => entry.role)).toEqual(loaded.plan.roles.map((role) => role.role));
    expect(body.roles[0]?.jobDescription).toEqual(loaded.plan.roles[0]?.jobDescription);
  });

  it("answers 400 to answers that cannot be planned", async () => {
    const response = await GET(new Request(`${origin}/plan/hiring-kits.json?need=nonsense`, { headers: { "x-forwarded-for": "192.0.2.78" } }));
    expect(response.status).toBe(400);
  });
});
