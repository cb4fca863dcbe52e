import { describe, expect, it } from "vitest";
import { parseTraits, recommend } from "./recommend";
import { unsureTraitKeys, type UnsureTraitKey } from "./traits";
import { answersWithPlanningDefaults, isUnsureTraitKey, planningDefaults, unsureKeysOf, withPlanningDefaults } from "./unsure";
import { ValidationError } from "@/lib/validation/validation-error";
import { neutralTraits } from "@/tests/fixtures/traits";

describe("planning defaults for answers marked 'Not sure'", () => {
  it("has one for every answer that can be unsure, and each is a valid answer", () => {
    expect(Object.keys(planningDefaults).sort()).toEqual([...unsureTraitKeys].sort());
    expect(parseTraits({ ...neutralTraits, ...planningDefaults })).toMatchObject(planningDefaults);
  });

  it("assumes the middle of a scale, or the answer that commits to least", () => {
    expect(planningDefaults).toEqual({
      knowledgeChange: "monthly",
      corpusSize: "small",
      citations: "helpful",
      outputControl: "consistent",
      domainVocabulary: "specialized",
      errorCost: "moderate",
      latency: "interactive",
      dataSensitivity: "internal",
      perUserAccess: false,
      timeToShip: "weeks",
      labeledExamples: "under_100",
      gpuAccess: "cloud",
      upfrontBudgetUsd: 25_000,
      monthlyQueries: 100_000,
    });
  });

  it("leaves the problem itself (need, job, baseline) and the team's skills for the person to answer", () => {
    for (const key of ["need", "taskType", "promptBaseline", "teamSkills"]) expect(isUnsureTraitKey(key)).toBe(false);
    expect(isUnsureTraitKey("latency")).toBe(true);
  });
});

describe("withPlanningDefaults: fills what is missing before validation", () => {
  const { latency: _latency, monthlyQueries: _queries, ...withoutTwo } = neutralTraits;

  it("fills each unsure answer left out, and keeps one given anyway (the caller's own assumption)", () => {
    expect(withPlanningDefaults({ ...withoutTwo, unsure: ["latency", "monthlyQueries"] })).toEqual({
      ...withoutTwo,
      unsure: ["latency", "monthlyQueries"],
      latency: "interactive",
      monthlyQueries: 100_000,
    });
    expect(withPlanningDefaults({ ...neutralTraits, unsure: ["latency"] })).toEqual({ ...neutralTraits, unsure: ["latency"] });
  });

  it("passes anything else through for the schema to judge", () => {
    for (const input of [null, 42, "traits", [], neutralTraits, { unsure: "latency" }]) expect(withPlanningDefaults(input)).toBe(input);
    // Unknown keys in the list are not filled (the schema then names them).
    expect(withPlanningDefaults({ unsure: ["need", "nonsense"] })).toEqual({ unsure: ["need", "nonsense"] });
  });
});

describe("the v1 request with an optional unsure list", () => {
  it("accepts answers left out when they are listed as unsure", () => {
    const { latency: _latency, ...rest } = neutralTraits;
    expect(parseTraits({ ...rest, unsure: ["latency"] })).toEqual({ ...neutralTraits, latency: "interactive", unsure: ["latency"] });
  });

  it("still requires an answer that is left out without being listed", () => {
    const { latency: _latency, ...rest } = neutralTraits;
    expect(() => parseTraits({ ...rest, unsure: ["citations"] })).toThrow(ValidationError);
  });

  it.each([
    ["a trait that cannot be unsure", ["need"]],
    ["a repeated key", ["latency", "latency"]],
    ["not a list", "latency"],
  ])("rejects %s at the unsure field", (_name, unsure) => {
    try {
      parseTraits({ ...neutralTraits, unsure });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.path)[0]).toMatch(/^unsure/);
    }
  });

  it("gives an old request the same v1 keys, with the new fields beside them", () => {
    const result = recommend(neutralTraits);
    expect(Object.keys(result)).toEqual(["engineVersion", "recommendation", "scores", "factors", "flips", "roleProfile", "confidenceBasis", "unsure", "approaches"]);
    expect(Object.keys(result.recommendation)).toEqual(["architecture", "confidence", "runnerUp", "summary"]);
    expect(result.unsure).toEqual([]);
  });

  it("lists the unsure keys in the catalogue's order", () => {
    expect(unsureKeysOf({ ...neutralTraits, unsure: ["monthlyQueries", "knowledgeChange"] })).toEqual(["knowledgeChange", "monthlyQueries"]);
    expect(unsureKeysOf(neutralTraits)).toEqual([]);
  });
});

describe("answersWithPlanningDefaults (the wizard's partial answers)", () => {
  it("returns the very same object when nothing is marked unsure", () => {
    const answers = { need: "knowledge" as const, monthlyQueries: 1_000 };
    expect(answersWithPlanningDefaults(answers)).toBe(answers);
    const empty = { need: "knowledge" as const, unsure: [] };
    expect(answersWithPlanningDefaults(empty)).toBe(empty);
  });

  it("fills each unsure answer left out with its planning default, and only those", () => {
    const answers = { need: "both" as const, unsure: ["monthlyQueries", "latency"] as UnsureTraitKey[] };
    const filled = answersWithPlanningDefaults(answers);
    expect(filled).toEqual({ need: "both", unsure: ["monthlyQueries", "latency"], monthlyQueries: planningDefaults.monthlyQueries, latency: planningDefaults.latency });
    expect(filled).not.toBe(answers);
    expect(answers).toEqual({ need: "both", unsure: ["monthlyQueries", "latency"] });
  });

  it("keeps an answer that is given even when it is marked unsure", () => {
    const answers = { latency: "batch" as const, unsure: ["latency"] as UnsureTraitKey[] };
    expect(answersWithPlanningDefaults(answers)).toEqual({ latency: "batch", unsure: ["latency"] });
  });
});
