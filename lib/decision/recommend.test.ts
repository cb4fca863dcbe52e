import { describe, expect, it } from "vitest";
import { engineVersion, parseTraits, previewScores, recommend } from "./recommend";
import { makeTraits, neutralTraits } from "@/tests/fixtures/traits";
import { scoringRules } from "./scoring-rules";
import { rawScores } from "./score";
import { optionalTraitKeys, traitKeys, traitsSchema, type Traits } from "./traits";
import { ValidationError } from "@/lib/validation/validation-error";
import type { Architecture, Scores } from "./types";

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

describe("exact values: winner, runner-up, confidence, shown scores and summary", () => {
  it("scores the neutral project", () => {
    // Raw points −18, 69, −23, −13 (see score.test.ts); shown = 100 / (1 + e^(−raw / 30)), one decimal.
    const result = recommend(neutralTraits);
    expect(result.scores).toEqual<Scores>({ prompt_engineering: 35.4, rag: 90.9, fine_tuning: 31.7, hybrid: 39.3 });
    expect(result.recommendation.architecture).toBe("rag");
    expect(result.recommendation.runnerUp).toBe("hybrid");
    expect(result.recommendation.confidence).toBe(0.95);
  });

  // Confidence = 0.5 + 0.45 · tanh(margin / 15), two decimals, where margin = winner's raw points − runner-up's.
  // Worked out by hand: tanh(1/15) = 0.0666 → 0.53; tanh(5/15) = 0.3215 → 0.64; tanh(1) = 0.7616 → 0.84;
  // tanh(38/15) = 0.98747 → 0.9444 → 0.94; tanh(39/15) = 0.98903 → 0.94506 → 0.95 (the cap, reached from margin 39).
  it.each<[string, Partial<Traits>, number, Architecture, Architecture, number]>([
    ["a tie", { need: "behavior" }, 0, "rag", "fine_tuning", 0.5],
    ["1 point", { need: "both", promptBaseline: "sufficient" }, 1, "rag", "prompt_engineering", 0.53],
    ["2 points", { need: "behavior", errorCost: "low" }, 2, "fine_tuning", "rag", 0.56],
    ["4 points", { need: "behavior", teamSkills: ["mlops"] }, 4, "fine_tuning", "rag", 0.62],
    ["5 points", { need: "behavior", monthlyQueries: 1_000_000 }, 5, "fine_tuning", "rag", 0.64],
    ["6 points", { need: "behavior", latency: "batch" }, 6, "rag", "fine_tuning", 0.67],
    ["10 points", { need: "both", taskType: "agent_workflow" }, 10, "rag", "hybrid", 0.76],
    ["15 points", { need: "both", latency: "strict" }, 15, "rag", "fine_tuning", 0.84],
    ["20 points", { need: "both", monthlyQueries: 10_000_000 }, 20, "rag", "hybrid", 0.89],
    ["30 points", { need: "both", errorCost: "high" }, 30, "rag", "hybrid", 0.93],
    ["38 points, just under the cap", { need: "both", upfrontBudgetUsd: 5_000 }, 38, "rag", "hybrid", 0.94],
    ["39 points, at the cap", { need: "both", knowledgeChange: "realtime" }, 39, "rag", "hybrid", 0.95],
    ["82 points, far beyond", {}, 82, "rag", "hybrid", 0.95],
  ])("a margin of %s", (_name, overrides, margin, architecture, runnerUp, confidence) => {
    const traits = makeTraits(overrides);
    const preview = previewScores(traits);
    expect([preview.architecture, preview.runnerUp, preview.confidence]).toEqual([architecture, runnerUp, confidence]);
    const result = recommend(traits);
    expect([result.recommendation.architecture, result.recommendation.runnerUp, result.recommendation.confidence]).toEqual([architecture, runnerUp, confidence]);
    expect(margin).toBeGreaterThanOrEqual(0);
  });

  it("never gives a confidence above 0.95, however lopsided the answers", () => {
    for (const overrides of [{ promptBaseline: "sufficient" as const, need: "behavior" as const, corpusSize: "fits_in_prompt" as const, labeledExamples: "none" as const, timeToShip: "days" as const }, { knowledgeChange: "realtime" as const, citations: "required" as const, perUserAccess: true }]) {
      expect(recommend(makeTraits(overrides)).recommendation.confidence).toBe(0.95);
    }
  });

  it("names the winner, its two strongest reasons over the runner-up and the runner-up", () => {
    // RAG over hybrid on the neutral project: need knowledge +32, ship in weeks +12, question answering +10, …
    expect(recommend(neutralTraits).recommendation.summary).toBe(
      "RAG fits this project best mainly because of core need (new knowledge) and time to ship (within weeks); Hybrid (fine-tuning + RAG) comes second.",
    );
  });

  it("calls a margin under 5 points a close call, and 5 points not", () => {
    // Fine-tuning over RAG: need behaviour +48, consistent output +6, then the skill or the requests (+4 or +5).
    expect(recommend(makeTraits({ need: "behavior", teamSkills: ["mlops"] })).recommendation.summary).toBe(
      "Fine-tuning fits this project best mainly because of core need (new behaviour) and output control (consistently), but it is a close call with RAG.",
    );
    expect(recommend(makeTraits({ need: "behavior", monthlyQueries: 1_000_000 })).recommendation.summary).toBe(
      "Fine-tuning fits this project best mainly because of core need (new behaviour) and output control (consistently); RAG comes second.",
    );
  });

  it("names a tie a close call with the architecture it tied with", () => {
    expect(recommend(makeTraits({ need: "behavior" })).recommendation.summary).toMatch(/^RAG fits this project best mainly because of .+, but it is a close call with Fine-tuning\.$/);
  });

  it("prefers reasons that speak for the winner over those that only count against the runner-up", () => {
    // RAG 53 over prompt engineering −8. The largest edge is the insufficient prompt (prompt −32, RAG 0: +32), but
    // it does nothing for RAG itself, so the summary names question answering (RAG +10) and need both (RAG +8).
    expect(recommend(makeTraits({ need: "both", timeToShip: "days" })).recommendation.summary).toBe(
      "RAG fits this project best mainly because of main job (answer questions) and core need (both); Prompt engineering comes second.",
    );
    // Prompt engineering 54 over RAG 21 (RAG and fine-tuning tie for second; RAG is the simpler): prompt sufficient
    // +34 and need behaviour +26 (prompt +6, RAG −20) both speak for the winner.
    expect(recommend(makeTraits({ need: "behavior", promptBaseline: "sufficient" })).recommendation.summary).toBe(
      "Prompt engineering fits this project best mainly because of prompt baseline (tried — it works) and core need (new behaviour); RAG comes second.",
    );
  });

  // A project where nothing speaks for the winner itself: RAG wins on what counts against the runner-up. Found by an
  // exhaustive search over the rule table; every answer below is needed for it.
  const nothingForRag = makeTraits({
    need: "both",
    taskType: "structured_generation",
    knowledgeChange: "static",
    corpusSize: "fits_in_prompt",
    citations: "none",
    outputControl: "loose",
    domainVocabulary: "highly_specialized",
    labeledExamples: "none",
    errorCost: "low",
    dataSensitivity: "public",
    timeToShip: "months",
    upfrontBudgetUsd: 5_000,
    monthlyQueries: 1_000_000,
    teamSkills: ["retrieval", "model_training", "mlops"],
  });

  it("falls back to what counts against the runner-up when nothing speaks for the winner", () => {
    // Prompt 0, RAG 5, fine-tuning −4, hybrid 1. RAG's own points (need both +8, skills +5) are smaller than hybrid's
    // (+30, +8), so the reasons are the largest edges over hybrid: the no-examples gate (hybrid −25) and no examples
    // (hybrid −15), ahead of the $5k budget (hybrid −8) and static knowledge (hybrid −2).
    expect(rawScores(nothingForRag)).toEqual({ prompt_engineering: 0, rag: 5, fine_tuning: -4, hybrid: 1 });
    expect(recommend(nothingForRag).recommendation.summary).toBe(
      "RAG fits this project best mainly because of labelled examples (a feasibility limit) and labelled examples (none), but it is a close call with Hybrid (fine-tuning + RAG).",
    );
  });

  it("does not count an answer that moves the winner and the runner-up equally as a reason", () => {
    // RAG 1 ties fine-tuning 1 (RAG is the simpler): need both gives each +8, so it is no reason for RAG.
    const tie = { ...nothingForRag, latency: "interactive" as const, monthlyQueries: 10_000_000, gpuAccess: "none" as const, teamSkills: ["retrieval", "vector_databases", "model_training", "mlops", "data_engineering"] as Traits["teamSkills"] };
    expect(rawScores(tie)).toEqual({ prompt_engineering: 0, rag: 1, fine_tuning: 1, hybrid: -3 });
    expect(recommend(tie).recommendation.summary).toBe(
      "RAG fits this project best mainly because of labelled examples (a feasibility limit) and labelled examples (none), but it is a close call with Fine-tuning.",
    );
  });

  it("keeps the factors and flips of the preview and of the engine", () => {
    const traits = makeTraits({ need: "behavior", latency: "batch" });
    const result = recommend(traits);
    expect(result.factors).toEqual(previewScores(traits).factors);
    expect(result.flips).toHaveLength(20);
    expect(result.engineVersion).toBe("1.1.0");
  });

  it("passes the shown scores to the role profile: a hybrid's primary role follows the heavier side", () => {
    // The named hybrid case: fine-tuning 94.1 shown against RAG 83.7.
    const result = recommend(makeTraits({ need: "both", labeledExamples: "thousands", timeToShip: "months", upfrontBudgetUsd: 100_000 }));
    expect(result.recommendation.architecture).toBe("hybrid");
    expect(result.scores.rag).toBeGreaterThan(result.scores.fine_tuning);
    expect(result.roleProfile.primaryRole).toBe("rag_engineer");
  });
});
