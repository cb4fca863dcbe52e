import { describe, expect, it } from "vitest";
import { engineVersion, parseTraits, previewScores, recommend, summarize } from "./recommend";
import { makeTraits, neutralTraits } from "@/tests/fixtures/traits";
import { scoringRules } from "./scoring-rules";
import { optionalTraitKeys, teamTraitKeys, traitKeys, traitsSchema, type Traits } from "./traits";
import { ValidationError } from "@/lib/validation/validation-error";
import type { Architecture, Factor, Scores } from "./types";

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
    expect([...traitKeys, ...optionalTraitKeys, ...teamTraitKeys, "unsure"]).toEqual(Object.keys(traitsSchema.shape));
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
    // Raw points −18, 69, −25.6, −14.4 (see score.test.ts); shown = 100 / (1 + e^(−raw / 30)), one decimal.
    const result = recommend(neutralTraits);
    expect(result.scores).toEqual<Scores>({ prompt_engineering: 35.4, rag: 90.9, fine_tuning: 29.9, hybrid: 38.2 });
    expect(result.recommendation.architecture).toBe("rag");
    expect(result.recommendation.runnerUp).toBe("hybrid");
    expect(result.recommendation.confidence).toBe(0.95);
  });

  // Confidence (docs/decisions/0019): 0.5 + 0.45 · tanh(margin / 15), at most 0.75 when a one-step nudge overturns
  // the pick, two decimals. Margins and nudges below are the engine's; the confidences are worked out by hand:
  // tanh(1/15) = 0.0666 → 0.53; tanh(3.1/15) = 0.2038 → 0.59; tanh(4.9/15) = 0.3155 → 0.64; tanh(8.9/15) = 0.5323 →
  // 0.74; tanh(18.2/15) = 0.8376 → 0.877, capped 0.75; tanh(24/15) = 0.9217 → 0.91; tanh(30.4/15) = 0.9661 → 0.93.
  it.each<[string, Partial<Traits>, Architecture, Architecture, number, number, number, string]>([
    ["1 point, ten answers it hangs on", { need: "both", promptBaseline: "sufficient" }, "rag", "prompt_engineering", 1, 10, 0.53, "close_call"],
    ["3.1 points", { need: "both", taskType: "agent_workflow" }, "hybrid", "rag", 3.1, 5, 0.59, "close_call"],
    ["4.9 points", { need: "both", latency: "strict" }, "rag", "hybrid", 4.9, 4, 0.64, "close_call"],
    ["8.9 points", { need: "both", monthlyQueries: 10_000_000 }, "rag", "hybrid", 8.9, 2, 0.74, "leaning"],
    ["18.2 points but shipping in days overturns it", { need: "behavior", errorCost: "low" }, "fine_tuning", "rag", 18.2, 1, 0.75, "leaning"],
    ["24 points and no nudge overturns it", { need: "both", upfrontBudgetUsd: 5_000 }, "rag", "hybrid", 24, 0, 0.91, "firm"],
    ["30.4 points", { need: "behavior", promptBaseline: "sufficient" }, "prompt_engineering", "fine_tuning", 30.4, 0, 0.93, "firm"],
    ["83.4 points, far beyond", {}, "rag", "hybrid", 83.4, 0, 0.95, "firm"],
  ])("a margin of %s", (_name, overrides, architecture, runnerUp, margin, hangsOn, confidence, level) => {
    const traits = makeTraits(overrides);
    const preview = previewScores(traits);
    expect([preview.architecture, preview.runnerUp, preview.confidence]).toEqual([architecture, runnerUp, confidence]);
    const result = recommend(traits);
    expect([result.recommendation.architecture, result.recommendation.runnerUp, result.recommendation.confidence]).toEqual([architecture, runnerUp, confidence]);
    expect(result.confidenceBasis).toMatchObject({ margin, level, unsureCount: 0, unsureThatMatter: 0 });
    expect(result.confidenceBasis?.hangsOn).toHaveLength(hangsOn);
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

  it("calls a margin under 5 points a close call, and more not", () => {
    expect(recommend(makeTraits({ need: "both", latency: "strict" })).recommendation.summary).toBe(
      "RAG fits this project best mainly because of time to ship (within weeks) and main job (answer questions), but it is a close call with Hybrid (fine-tuning + RAG).",
    );
    expect(recommend(makeTraits({ need: "both", monthlyQueries: 10_000_000 })).recommendation.summary).toBe(
      "RAG fits this project best mainly because of time to ship (within weeks) and main job (answer questions); Hybrid (fine-tuning + RAG) comes second.",
    );
    const factor = (trait: Factor["trait"], effects: Factor["effects"]): Factor => ({ trait, answer: "weeks", effects, rationale: "", sources: [] });
    const factors = [factor("timeToShip", { rag: 6 })];
    expect(summarize("rag", "hybrid", factors, 4.99)).toMatch(/, but it is a close call with Hybrid/);
    expect(summarize("rag", "hybrid", factors, 5)).toMatch(/; Hybrid \(fine-tuning \+ RAG\) comes second\.$/);
  });

  it("names a tie a close call with the architecture it tied with", () => {
    // Prompt 50 and RAG 50 (see score.test.ts): the simpler one wins the tie.
    const tie = makeTraits({ need: "both", promptBaseline: "sufficient", teamSkills: ["evaluation"], timeToShip: "weeks", upfrontBudgetUsd: 5_000_000 });
    expect(recommend(tie).recommendation.summary).toBe(
      "Prompt engineering fits this project best mainly because of prompt baseline (tried — it works) and vocabulary (everyday), but it is a close call with RAG.",
    );
  });

  it("prefers reasons that speak for the winner over those that only count against the runner-up", () => {
    // RAG over prompt engineering. The largest edge is the insufficient prompt (prompt −32, RAG 0: +32), but it does
    // nothing for RAG itself, so the summary names question answering (RAG +10) and need both (RAG +8).
    expect(recommend(makeTraits({ need: "both", timeToShip: "days" })).recommendation.summary).toBe(
      "RAG fits this project best mainly because of main job (answer questions) and core need (both); Prompt engineering comes second.",
    );
    // Prompt engineering over fine-tuning: prompt sufficient +34 and everyday vocabulary (prompt +6, fine-tuning −5);
    // need behaviour (prompt +6, fine-tuning +28) counts against it.
    expect(recommend(makeTraits({ need: "behavior", promptBaseline: "sufficient" })).recommendation.summary).toBe(
      "Prompt engineering fits this project best mainly because of prompt baseline (tried — it works) and vocabulary (everyday); Fine-tuning comes second.",
    );
  });

  // Factors where nothing speaks for the winner itself: it wins on what counts against the runner-up.
  const against = (trait: Factor["trait"], answer: Factor["answer"], effects: Factor["effects"], gate?: true): Factor => ({
    trait,
    answer,
    effects,
    rationale: "",
    sources: [],
    ...(gate ? { gate } : {}),
  });

  it("falls back to what counts against the runner-up when nothing speaks for the winner", () => {
    const factors = [
      against("need", "both", { rag: 8, hybrid: 30 }),
      against("labeledExamples", "none", { fine_tuning: -30, hybrid: -25 }, true),
      against("labeledExamples", "none", { fine_tuning: -20, hybrid: -15, prompt_engineering: 6 }),
      against("knowledgeChange", "static", { fine_tuning: 6, hybrid: -2 }),
    ];
    expect(summarize("rag", "hybrid", factors, 1)).toBe(
      "RAG fits this project best mainly because of labelled examples (a feasibility limit) and labelled examples (none), but it is a close call with Hybrid (fine-tuning + RAG).",
    );
  });

  it("does not count an answer that moves the winner and the runner-up equally as a reason", () => {
    const factors = [
      against("need", "both", { rag: 8, fine_tuning: 8, hybrid: 30 }),
      against("latency", "interactive", { rag: -6, fine_tuning: 6 }),
      against("labeledExamples", "none", { fine_tuning: -30, hybrid: -25 }, true),
      against("labeledExamples", "none", { fine_tuning: -20, hybrid: -15, prompt_engineering: 6 }),
    ];
    expect(summarize("rag", "fine_tuning", factors, 0)).toBe(
      "RAG fits this project best mainly because of labelled examples (a feasibility limit) and labelled examples (none), but it is a close call with Fine-tuning.",
    );
  });

  it("keeps the factors and flips of the preview and of the engine", () => {
    const traits = makeTraits({ need: "behavior", latency: "batch" });
    const result = recommend(traits);
    expect(result.factors).toEqual(previewScores(traits).factors);
    expect(result.flips).toHaveLength(11);
    expect(result.engineVersion).toBe("1.2.0");
  });

  it("passes the shown scores to the role profile: a hybrid's primary role follows the heavier side", () => {
    // The named hybrid case: fine-tuning 94.1 shown against RAG 83.7.
    const result = recommend(makeTraits({ need: "both", labeledExamples: "thousands", timeToShip: "months", upfrontBudgetUsd: 100_000 }));
    expect(result.recommendation.architecture).toBe("hybrid");
    expect(result.scores.rag).toBeGreaterThan(result.scores.fine_tuning);
    expect(result.roleProfile.primaryRole).toBe("rag_engineer");
  });
});
