import { describe, expect, it } from "vitest";
import { engineVersion, parseTraits, recommend } from "./recommend";
import { makeTraits, neutralTraits } from "@/tests/fixtures/traits";
import { scoringRules } from "./scoring-rules";
import { optionalTraitKeys, traitKeys, traitsSchema, type Traits } from "./traits";
import { ValidationError } from "@/lib/validation/validation-error";
import type { Architecture } from "./types";

function issuesFor(input: unknown) {
  try {
    parseTraits(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe("validation", () => {
  it.each([
    ["a wrong choice", { ...neutralTraits, latency: "instant" }, "latency"],
    ["a missing trait", { ...neutralTraits, need: undefined }, "need"],
    ["a negative budget", { ...neutralTraits, upfrontBudgetUsd: -1 }, "upfrontBudgetUsd"],
    ["a fractional query count", { ...neutralTraits, monthlyQueries: 10.5 }, "monthlyQueries"],
    ["a string for a boolean", { ...neutralTraits, perUserAccess: "yes" }, "perUserAccess"],
    ["a repeated skill", { ...neutralTraits, teamSkills: ["retrieval", "retrieval"] }, "teamSkills"],
    ["an unknown skill", { ...neutralTraits, teamSkills: ["juggling"] }, "teamSkills.0"],
    ["an unknown field", { ...neutralTraits, colour: "blue" }, "colour"],
  ])("reports %s at its field", (_name, input, path) => {
    const issues = issuesFor(input);
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.every((issue) => issue.message.length > 0)).toBe(true);
  });

  it.each([null, 42, "traits", [], undefined])("rejects a non-object body (%s) as a whole", (input) => {
    expect(() => recommend(input)).toThrow(ValidationError);
  });

  it("keeps the zod-free key list in step with the schema", () => {
    expect([...traitKeys, ...optionalTraitKeys]).toEqual(Object.keys(traitsSchema.shape));
  });

  it("lists every missing trait of an empty object", () => {
    expect(issuesFor({}).map((issue) => issue.path).sort()).toEqual([...traitKeys].sort());
  });
});

describe("output", () => {
  it("carries a semver engine version", () => {
    expect(recommend(neutralTraits).engineVersion).toMatch(/^1\.\d+\.\d+$/);
    expect(engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("explains itself: a summary naming the winner and factors with rationales", () => {
    const result = recommend(makeTraits({ citations: "required", knowledgeChange: "daily" }));
    expect(result.recommendation.architecture).toBe("rag");
    expect(result.recommendation.summary).toMatch(/^RAG fits this project best/);
    expect(result.factors.find((f) => f.gate)?.trait).toBe("knowledgeChange");
  });

  it.each<[Architecture, Partial<Traits>, string]>([
    ["prompt_engineering", { need: "behavior", corpusSize: "fits_in_prompt", labeledExamples: "none", promptBaseline: "sufficient" }, "ai_product_engineer"],
    ["rag", { need: "knowledge", citations: "required" }, "rag_engineer"],
    ["fine_tuning", { need: "behavior", taskType: "classification_extraction", labeledExamples: "thousands", knowledgeChange: "static", citations: "none" }, "deep_learning_engineer"],
  ])("%s leads to the matching primary role", (architecture, overrides, primaryRole) => {
    const result = recommend(makeTraits(overrides));
    expect(result.recommendation.architecture).toBe(architecture);
    expect(result.roleProfile.primaryRole).toBe(primaryRole);
    expect(result.roleProfile.roles.map((r) => r.role)).toContain(primaryRole);
  });

  it("a hybrid staffs both sides and picks the heavier side as primary", () => {
    const result = recommend(makeTraits({ need: "both", outputControl: "strict", labeledExamples: "thousands", timeToShip: "months", upfrontBudgetUsd: 200_000, corpusSize: "large" }));
    expect(result.recommendation.architecture).toBe("hybrid");
    const roles = result.roleProfile.roles.map((r) => r.role);
    expect(roles).toEqual(expect.arrayContaining(["rag_engineer", "deep_learning_engineer", "mlops_engineer", "evaluation_engineer"]));
    const expected = result.scores.rag >= result.scores.fine_tuning ? "rag_engineer" : "deep_learning_engineer";
    expect(result.roleProfile.primaryRole).toBe(expected);
  });

  it.each<[string, Partial<Traits>]>([
    ["prompt-engineers-only", { teamSkills: ["prompt_engineering"], citations: "required" }],
    ["fine-tuning-for-knowledge", { need: "knowledge", knowledgeChange: "static", citations: "none", labeledExamples: "tens_of_thousands", latency: "strict", outputControl: "strict", timeToShip: "months" }],
    ["no-evaluation", { teamSkills: ["retrieval"] }],
    ["retrieval-upkeep", { knowledgeChange: "daily" }],
    ["prototype-is-not-production", { timeToShip: "days", monthlyQueries: 5_000_000, citations: "required" }],
    ["prompt-and-retrieval-first", { need: "behavior", labeledExamples: "thousands", knowledgeChange: "static", citations: "none", promptBaseline: "not_tried", taskType: "classification_extraction" }],
  ])("warns %s when the answers call for it", (code, overrides) => {
    const codes = recommend(makeTraits(overrides)).roleProfile.warnings.map((w) => w.code);
    expect(codes).toContain(code);
  });

  it("does not warn about evaluation when the team already evaluates", () => {
    const codes = recommend(makeTraits({ teamSkills: ["evaluation", "retrieval"] })).roleProfile.warnings.map((w) => w.code);
    expect(codes).not.toContain("no-evaluation");
  });
});

describe("the rule table", () => {
  it("covers every trait, and every rule has a rationale and a source", () => {
    const covered = new Set(scoringRules.map((rule) => rule.trait));
    expect([...traitKeys].filter((key) => !covered.has(key))).toEqual([]);
    for (const rule of scoringRules) {
      expect(rule.rationale.length, rule.id).toBeGreaterThan(20);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("has unique rule ids and at least one feasibility gate", () => {
    const ids = scoringRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(scoringRules.filter((rule) => rule.gate).length).toBeGreaterThanOrEqual(3);
  });

  it("turns fine-tuning down when there is nothing to train on and no budget to label", () => {
    const result = recommend(makeTraits({ need: "behavior", labeledExamples: "none", upfrontBudgetUsd: 1_000 }));
    expect(result.factors.some((f) => f.gate && f.trait === "labeledExamples")).toBe(true);
    expect(result.recommendation.architecture).not.toBe("fine_tuning");
  });
});
