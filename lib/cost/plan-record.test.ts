import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { recommend } from "@/lib/decision/recommend";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { usd } from "@/lib/format/money";
import { budgetFit } from "./budget-fit";
import { computeCostModel } from "./model";
import { renderPlanSections } from "./plan-record";
import { defaultAssumptionValues } from "./resolve-assumptions";

describe("the decision record's plan sections", () => {
  it("has the team plan, the timeline and the cost summary, lean plan included", () => {
    const traits = makeTraits({ upfrontBudgetUsd: 25_000, timeToShip: "weeks" });
    const result = recommend(traits);
    const md = renderPlanSections(budgetFit({ traits, recommendation: result, assumptions: defaultAssumptionValues }), computeCostModel(traits, { recommendation: result }));
    expect(md).toContain("## Team plan");
    expect(md).toContain("| RAG engineer (lead) | Hire | senior | 1 (full-time) | 1 (full-time) | 1 (full-time) |");
    expect(md).toContain("| MLOps engineer | Hire | mid | — | 0.5 (half-time) | 0.5 (half-time) |");
    expect(md).toContain("Pay at United States rates.");
    expect(md).toContain("## Timeline");
    expect(md).toContain("- Prototype: from week 16 to week 18");
    expect(md).toContain("- Scale: from week 24, ongoing");
    expect(md).toContain("- First version in users' hands: week 18; the deadline answered allows up to week 8 (missed: hiring takes longer).");
    expect(md).toContain("- RAG engineer: hire, starts week 12, productive from week 16");
    expect(md).toContain("## Cost summary");
    expect(md).toContain("- Upfront budget: $25,000.");
    expect(md).toMatch(/- Full plan: \$[\d,]+ of new money in the first year \(over budget\)/);
    expect(md).toMatch(/- Lean plan: \$[\d,]+ of new money in the first year \(fits the budget\)/);
    expect(md).toContain("| RAG engineer (lead) | Train | senior | 1 (full-time) | 1 (full-time) | 0.25 (part-time (about 25%)) |");
    expect(md).toContain("- Prompt engineering cannot meet the answers:");
    expect(md).toMatch(/- Faster path, contractors first: first version in week 5\./);
  });
});

describe("the plan sections' lists", () => {
  it("list the full plan's trade-offs, the cheapest at each checkpoint, and only the options that cannot meet the answers", () => {
    const traits = makeTraits({ upfrontBudgetUsd: 25_000, timeToShip: "weeks" });
    const result = recommend(traits);
    const fit = budgetFit({ traits, recommendation: result, assumptions: defaultAssumptionValues });
    const model = computeCostModel(traits, { recommendation: result });
    const md = renderPlanSections(fit, model);
    expect(md).toContain("  - Gives up: Its first version reaches users about 13 weeks later, because it waits for hiring.");
    for (const entry of model.cheapest) {
      expect(md).toContain(`- Cheapest option that meets the answers after ${entry.month} months: ${architectureLabels[entry.architecture]}, ${usd(entry.cumulative)}.`);
    }
    expect(md.match(/cannot meet the answers/g)).toHaveLength(1);
  });

  it("without a lean plan, the full plan's line is followed by the checkpoints", () => {
    const traits = makeTraits({ upfrontBudgetUsd: 5_000_000, timeToShip: "months", teamSkills: ["retrieval", "vector_databases"] });
    const result = recommend(traits);
    const fit = budgetFit({ traits, recommendation: result, assumptions: defaultAssumptionValues });
    expect(fit.lean).toBeNull();
    const lines = renderPlanSections(fit, computeCostModel(traits, { recommendation: result })).split("\n");
    const fullLine = lines.findIndex((line) => line.startsWith("- Full plan:"));
    expect(lines.slice(fullLine + 1, fullLine + 3)).toEqual(["", expect.stringMatching(/^- Cheapest option that meets the answers after 6 months: /)]);
  });
});
