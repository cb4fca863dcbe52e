import { describe, expect, it } from "vitest";
import { canonicalTeamSkills, traitsFromSearchParams } from "./traits-url";
import { encodeAnswer, traitsToQueryString, traitsToSearchParams } from "./traits-query-string";
import { makeTraits, neutralTraits, ragTraits } from "@/tests/fixtures/traits";
import type { Traits } from "./traits";

const neutralQuery =
  "need=knowledge&taskType=question_answering&knowledgeChange=monthly&corpusSize=small&citations=helpful&outputControl=consistent" +
  "&domainVocabulary=general&labeledExamples=hundreds&latency=tolerant&errorCost=moderate&dataSensitivity=internal&perUserAccess=false" +
  "&timeToShip=weeks&upfrontBudgetUsd=25000&monthlyQueries=100000&gpuAccess=cloud&teamSkills=&promptBaseline=insufficient";

/** The neutral project's parameters as a plain object, with some replaced. */
function paramsWith(overrides: Record<string, string | string[] | undefined>): Record<string, string | string[] | undefined> {
  return { ...Object.fromEntries(new URLSearchParams(neutralQuery)), ...overrides };
}

describe("traits → query string", () => {
  it("writes every trait in the contract's order, skills comma-separated", () => {
    expect(traitsToQueryString(neutralTraits)).toBe(neutralQuery);
    expect(traitsToSearchParams(ragTraits).get("teamSkills")).toBe("prompt_engineering,evaluation");
    expect([...traitsToSearchParams(ragTraits).keys()]).toHaveLength(18);
  });

  it.each([
    [["retrieval", "evaluation"], "retrieval,evaluation"],
    [[], ""],
    [true, "true"],
    [4_999.99, "4999.99"],
    ["strict", "strict"],
  ] as const)("encodes %j as %j", (answer, text) => {
    expect(encodeAnswer(answer as never)).toBe(text);
  });
});

describe("query string → traits", () => {
  it.each<[string, Traits]>([
    ["neutral", neutralTraits],
    ["named RAG case", ragTraits],
    ["odd numbers", makeTraits({ upfrontBudgetUsd: 4_999.99, monthlyQueries: 0, perUserAccess: true, teamSkills: ["mlops"] })],
  ])("round-trips the %s project, from URLSearchParams and from a plain object", (_name, traits) => {
    const params = traitsToSearchParams(traits);
    expect(traitsFromSearchParams(params)).toEqual({ ok: true, traits });
    expect(traitsFromSearchParams(Object.fromEntries(params))).toEqual({ ok: true, traits });
  });

  it("reads the first value of a repeated parameter", () => {
    expect(traitsFromSearchParams(paramsWith({ latency: ["strict", "batch"] }))).toEqual({ ok: true, traits: makeTraits({ latency: "strict" }) });
    const params = new URLSearchParams(`${neutralQuery}&latency=batch`);
    expect(traitsFromSearchParams(params)).toEqual({ ok: true, traits: neutralTraits });
  });

  it.each([
    ["25000", 25_000],
    [" 25000 ", 25_000],
    ["2.5e4", 25_000],
    ["1E3", 1_000],
    ["+7", 7],
    ["0", 0],
    ["4999.99", 4_999.99],
  ])("reads the number %j as %d", (raw, value) => {
    const parsed = traitsFromSearchParams(paramsWith({ upfrontBudgetUsd: raw }));
    expect(parsed.ok && parsed.traits.upfrontBudgetUsd).toBe(value);
  });

  it.each([
    ["", "upfrontBudgetUsd"],
    ["   ", "upfrontBudgetUsd"],
    ["25k", "upfrontBudgetUsd"],
    ["$25000", "upfrontBudgetUsd"],
    ["25000$", "upfrontBudgetUsd"],
    ["-5", "upfrontBudgetUsd"],
    // Number() would read these as 16, 3, 7 and 10: only plain decimal notation counts as a number.
    ["0x10", "upfrontBudgetUsd"],
    ["0b11", "upfrontBudgetUsd"],
    ["0o7", "upfrontBudgetUsd"],
    ["x10", "upfrontBudgetUsd"],
  ])("reports the budget %j as invalid at its field", (raw, path) => {
    const parsed = traitsFromSearchParams(paramsWith({ upfrontBudgetUsd: raw }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it("keeps a non-number as text so the message says a number is expected", () => {
    const parsed = traitsFromSearchParams(paramsWith({ monthlyQueries: "lots" }));
    expect(!parsed.ok && parsed.issues).toEqual([{ path: "monthlyQueries", message: "Give the expected requests per month, as a whole number." }]);
    const blank = traitsFromSearchParams(paramsWith({ monthlyQueries: "" }));
    expect(!blank.ok && blank.issues).toEqual([{ path: "monthlyQueries", message: "Give the expected requests per month, as a whole number." }]);
  });

  it.each([
    ["true", true],
    ["false", false],
  ])("reads per-user access %j", (raw, value) => {
    const parsed = traitsFromSearchParams(paramsWith({ perUserAccess: raw }));
    expect(parsed.ok && parsed.traits.perUserAccess).toBe(value);
  });

  it.each(["yes", "TRUE", "1", ""])("rejects per-user access %j", (raw) => {
    const parsed = traitsFromSearchParams(paramsWith({ perUserAccess: raw }));
    expect(!parsed.ok && parsed.issues.map((issue) => issue.path)).toEqual(["perUserAccess"]);
  });

  it("reads an empty skills parameter as no skills, and a list split on commas", () => {
    const none = traitsFromSearchParams(paramsWith({ teamSkills: "" }));
    expect(none.ok && none.traits.teamSkills).toEqual([]);
    const two = traitsFromSearchParams(paramsWith({ teamSkills: "mlops,retrieval" }));
    expect(two.ok && two.traits.teamSkills).toEqual(["mlops", "retrieval"]);
    const bad = traitsFromSearchParams(paramsWith({ teamSkills: "mlops,,retrieval" }));
    expect(!bad.ok && bad.issues.map((issue) => issue.path)).toEqual(["teamSkills.1"]);
  });

  it("lists each missing trait, and ignores parameters that are not traits", () => {
    const parsed = traitsFromSearchParams({ need: "knowledge", colour: "blue" });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues.map((issue) => issue.path)).toHaveLength(17);
    expect(!parsed.ok && parsed.issues.map((issue) => issue.path)).not.toContain("need");
    expect(traitsFromSearchParams({ ...paramsWith({}), colour: "blue" })).toEqual({ ok: true, traits: neutralTraits });
  });

  it("puts skills in canonical order and drops unknown ones", () => {
    expect(canonicalTeamSkills(["evaluation", "retrieval", "cooking", "prompt_engineering"])).toEqual(["prompt_engineering", "retrieval", "evaluation"]);
    expect(canonicalTeamSkills([])).toEqual([]);
  });
});

describe("answers marked unsure in a link", () => {
  it("round-trips the unsure list beside the planning defaults", () => {
    const traits = { ...neutralTraits, latency: "interactive" as const, unsure: ["latency" as const, "monthlyQueries" as const] };
    const params = traitsToSearchParams(traits);
    expect(params.get("unsure")).toBe("latency,monthlyQueries");
    expect(traitsFromSearchParams(params)).toEqual({ ok: true, traits });
  });

  it("fills an unsure answer left out of the link with its planning default, and writes no list when there is none", () => {
    const params = traitsToSearchParams(neutralTraits);
    expect(params.has("unsure")).toBe(false);
    params.delete("latency");
    params.set("unsure", "latency");
    expect(traitsFromSearchParams(params)).toEqual({ ok: true, traits: { ...neutralTraits, latency: "interactive", unsure: ["latency"] } });
    params.set("unsure", "need");
    expect(traitsFromSearchParams(params).ok).toBe(false);
  });
});

describe("the optional team answers in a link", () => {
  it("round-trips team size and engineering strength", () => {
    const traits: Traits = { ...neutralTraits, teamSize: 12, engineeringStrength: "limited" };
    const params = traitsToSearchParams(traits);
    expect(params.get("teamSize")).toBe("12");
    expect(params.get("engineeringStrength")).toBe("limited");
    expect(traitsFromSearchParams(params)).toEqual({ ok: true, traits });
  });

  it("reads a team of zero as zero, an empty parameter as no answer, and explains a bad value", () => {
    expect(traitsFromSearchParams(paramsWith({ teamSize: "0" }))).toEqual({ ok: true, traits: { ...neutralTraits, teamSize: 0 } });
    expect(traitsFromSearchParams(paramsWith({ teamSize: "", engineeringStrength: "" }))).toEqual({ ok: true, traits: neutralTraits });
    const bad = traitsFromSearchParams(paramsWith({ teamSize: "many" }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((issue) => issue.path)).toEqual(["teamSize"]);
    const strength = traitsFromSearchParams(paramsWith({ engineeringStrength: "heroic" }));
    expect(strength.ok).toBe(false);
    if (!strength.ok) expect(strength.issues.map((issue) => issue.path)).toEqual(["engineeringStrength"]);
  });
});
