import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { maxMonthlyQueries } from "@/lib/decision/traits";
import { recommend } from "@/lib/decision/recommend";
import { buildHiringPlan } from "@/lib/hiring/plan";
import { computeCostModel } from "./model";
import { ValidationError } from "@/lib/validation/validation-error";
import { scaledQueries } from "./sensitivity";

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
