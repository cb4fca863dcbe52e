import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { maxMonthlyQueries } from "@/lib/decision/traits";
import { recommend } from "@/lib/decision/recommend";
import { buildHiringPlan } from "@/lib/hiring/plan";
import { computeCostModel } from "./model";
import { ValidationError } from "@/lib/validation/validation-error";
import { scaledQueries } from "./sensitivity";
import { resolveAssumptions } from "./resolve-assumptions";

describe("computeCostModel", () => {
  it("covers 24 months for all four architectures, at US pay and in-house recruiting by default", () => {
    const model = computeCostModel(makeTraits());
    expect(model.horizonMonths).toBe(24);
    expect(model.people).toEqual({ region: "us", recruiting: "in_house" });
    expect(Object.keys(model.byArchitecture)).toEqual(["prompt_engineering", "rag", "fine_tuning", "hybrid"]);
    for (const cost of Object.values(model.byArchitecture)) expect(cost.cumulative).toHaveLength(24);
  });

  it("checkpoints past a shorter horizon are left out", () => {
    const model = computeCostModel(makeTraits(), { horizonMonths: 12 });
    expect(model.cheapest.map((c) => c.month)).toEqual([6, 12]);
  });

  it("rejects invalid edits with field issues", () => {
    expect(() => computeCostModel(makeTraits(), { overrides: { "gpu.hourlyUsd": -3 } })).toThrow(ValidationError);
  });

  it.each([
    { name: "a build above the budget", traits: { upfrontBudgetUsd: 0, labeledExamples: "thousands" as const }, code: "build-exceeds-budget", architecture: "fine_tuning" },
    { name: "running costs above salaries at high volume", traits: { monthlyQueries: 500_000_000 }, code: "run-dominates-at-volume", architecture: "prompt_engineering" },
  ])("notes $name", ({ traits, code, architecture }) => {
    const notes = computeCostModel(makeTraits(traits)).notes;
    const note = notes.find((n) => n.code === code && n.architecture === architecture);
    expect(note?.message.length).toBeGreaterThan(30);
  });

  it("a prompt-only design stops being cheapest as knowledge requests grow (it carries its material in every request)", () => {
    // A corpus that fits in one prompt, so a prompt-only design can meet the answers and compete for cheapest.
    const model = computeCostModel(makeTraits({ need: "knowledge", corpusSize: "fits_in_prompt", monthlyQueries: 2_000_000 }));
    const at = (m: number) => model.sensitivity.find((s) => s.multiplier === m)?.cheapestAtHorizon;
    expect(at(0.1)).toBe("prompt_engineering");
    expect(at(10)).not.toBe("prompt_engineering");
  });

  it("at very high volume a tuned model's short prompts beat retrieval's long ones (runtime-heavy vs compute-heavy upfront)", () => {
    const model = computeCostModel(makeTraits({ need: "knowledge", knowledgeChange: "static", monthlyQueries: 50_000_000 }));
    const ranking = model.cheapest.at(-1)?.ranking.map((r) => r.architecture) ?? [];
    expect(ranking.indexOf("fine_tuning")).toBeLessThan(ranking.indexOf("rag"));
  });

  it("with the engine's recommendation, the recommended architecture's people follow the hiring plan", () => {
    const traits = makeTraits({ corpusSize: "large", knowledgeChange: "daily" });
    const recommendation = recommend(traits);
    const architecture = recommendation.recommendation.architecture;
    const plan = buildHiringPlan(traits, recommendation);
    const model = computeCostModel(traits, { recommendation });
    const lastMonth = model.byArchitecture[architecture].months.at(-1);
    const planned = plan.phases.find((p) => p.phase === "scale")?.staffing ?? {};
    expect(Object.keys(lastMonth?.detail.peopleByRole ?? {}).sort()).toEqual(Object.keys(planned).sort());
  });

  it("scales requests for the sensitivity within the contract's bounds", () => {
    expect(scaledQueries(100_000, 0.1)).toBe(10_000);
    expect(scaledQueries(3, 0.5)).toBe(2);
    expect(scaledQueries(maxMonthlyQueries, 10)).toBe(maxMonthlyQueries);
  });
});

describe("computeCostModel options", () => {
  const traits = makeTraits();

  it("applies user edits when no resolved assumptions are given", () => {
    // RAG inference at $0.01 per 1k tokens: 4,000 tokens × $0.00001 × 100,000 = $4,000 a month
    const model = computeCostModel(traits, { overrides: { "llm.usdPer1kTokens": 0.01 } });
    expect(model.byArchitecture.rag.steadyStateMonthly.run).toBeCloseTo(4_000 + 0.1 + 0.004 + 51.075, 6);
  });

  it("resolved assumptions take precedence over edits", () => {
    const assumptions = resolveAssumptions({ "llm.usdPer1kTokens": 0.004 });
    const model = computeCostModel(traits, { assumptions, overrides: { "llm.usdPer1kTokens": 0.01 } });
    // 4,000 tokens / 1,000 × $0.004 = $0.016 a request, + $0.000011 for search (not $0.04 at the edited price)
    expect(model.byArchitecture.rag.units.costPerQuery).toBeCloseTo(0.016 + 0.000_011, 9);
  });

  it.each([
    [undefined, 24],
    [1, 1],
    [2.9, 2],
    [0, 1],
    [0.5, 1],
    [-3, 1],
    [36, 36],
  ])("a horizon of %s months is modelled as %d", (horizonMonths, months) => {
    const model = computeCostModel(traits, { horizonMonths });
    expect(model.horizonMonths).toBe(months);
    expect(model.byArchitecture.hybrid.months).toHaveLength(months);
    // The sensitivity's shortcut (baseline plus cost per request) equals a full recomputation, to rounding.
    expect(model.sensitivity[0]?.totalsAtHorizon.hybrid).toBeCloseTo(
      computeCostModel(makeTraits({ monthlyQueries: 10_000 }), { horizonMonths: months }).byArchitecture.hybrid.cumulative[months - 1] ?? Number.NaN,
      6,
    );
  });

  it("uses the multipliers given", () => {
    const model = computeCostModel(traits, { queryMultipliers: [3] });
    expect(model.sensitivity.map((s) => [s.multiplier, s.monthlyQueries])).toEqual([[3, 300_000]]);
    expect(model.monthlyQueries).toBe(100_000);
  });

});

describe("cost notes", () => {
  const codes = (traits: Parameters<typeof makeTraits>[0], options: Parameters<typeof computeCostModel>[1] = {}) =>
    computeCostModel(makeTraits(traits), options).notes.map((n) => `${n.code}:${n.architecture}`);

  it("the neutral project needs no note", () => {
    expect(codes({})).toEqual([]);
  });

  it.each([
    // Fine-tuning's build on the neutral project: 6 runs × 28 GPU-hours × $3.50 = $588; hybrid $84.04, RAG $0.04.
    [587.99, ["build-exceeds-budget:fine_tuning"]],
    [588, []],
    [588.01, []],
    [84.03, ["build-exceeds-budget:fine_tuning", "build-exceeds-budget:hybrid"]],
  ])("a one-time budget of $%d: %j", (upfrontBudgetUsd, expected) => {
    expect(codes({ upfrontBudgetUsd })).toEqual(expected);
  });

  it("the build note names the build and the budget", () => {
    const note = computeCostModel(makeTraits({ upfrontBudgetUsd: 500 })).notes[0];
    expect(note?.message).toBe("Fine-tuning: the one-time build ($588 in GPU time and embedding, before salaries) is more than the $500 budget.");
  });

  describe("retraining as the largest cost after salaries", () => {
    // Fine-tuning on >1M documents (facts in the weights): 4 + 4,000 = 4,004 GPU-hours a run × $3.50 = $14,014 a run.
    // Build 6 runs = $84,084; launch at week 32.5, so 16.5 live months: run $2,970, retraining 1 run a month = $231,231
    // (the full message is pinned in boundaries.test.ts).
    const massive = { corpusSize: "massive" } as const;

    it.each([
      [0.99, "1 times (one run every 1 months)"],
      [1, "1 times"],
      [1.01, "1 times"],
      [4.35, "4.4 times"],
    ])("at %d runs a month it reads '%s a month'", (runs, words) => {
      const note = computeCostModel(makeTraits(massive), { overrides: { "retrains.monthly": runs } }).notes.find((n) => n.code === "retraining-dominates");
      expect(note?.message).toContain(`retrained ${words} a month at 4,004 GPU-hours a run.`);
    });

    it("a run every four months", () => {
      // One run before launch ($14,014) so retraining (0.25 × $14,014 × 16.5 months = $57,808) outweighs the build.
      const note = computeCostModel(makeTraits(massive), { overrides: { "retrains.monthly": 0.25, "fineTuning.experimentRuns": 1 } }).notes.find(
        (n) => n.code === "retraining-dominates",
      );
      expect(note?.message).toContain("retrained 0.3 times (one run every 4 months) a month");
    });

    it("names how often the facts change", () => {
      const note = computeCostModel(makeTraits({ ...massive, knowledgeChange: "daily" })).notes.find((n) => n.code === "retraining-dominates");
      expect(note?.message).toContain("The facts change daily, so the model is retrained 30 times a month");
    });
  });
});
