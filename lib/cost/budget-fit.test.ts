import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { recommend } from "@/lib/decision/recommend";
import { usd } from "@/lib/format/money";
import { leanStaffingModel } from "@/lib/staffing/lean";
import { buildStaffingModel } from "@/lib/staffing/model";
import { budgetFit, firstYearCost, leanLeadOrder } from "./budget-fit";
import { architectureCost } from "./monthly-cost";
import { defaultAssumptionValues, resolveAssumptions } from "./resolve-assumptions";

const fitFor = (overrides: Parameters<typeof makeTraits>[0], region: "us" | "in" = "us") => {
  const traits = makeTraits(overrides);
  return budgetFit({ traits, recommendation: recommend(traits), assumptions: defaultAssumptionValues, people: { region, recruiting: "in_house" } });
};

describe("a plan that fits the budget", () => {
  it("a $25k RAG project to ship in weeks gets a lean plan it can afford and start this month", () => {
    const fit = fitFor({ upfrontBudgetUsd: 25_000, timeToShip: "weeks" });
    expect(fit.full.staffing.architecture).toBe("rag");
    expect(fit.full.fits).toBe(false);
    expect(fit.fullOverBy).toBeGreaterThan(0);
    expect(fit.lean?.fits).toBe(true);
    expect(fit.leanOverBy).toBe(0);
    expect(fit.lean?.firstYear.newSpend).toBeLessThanOrEqual(25_000);
    // Everyone on the lean plan starts within four weeks.
    for (const role of fit.lean?.cost.calendar.roles ?? []) expect(role.startWeek).toBeLessThanOrEqual(4);
    expect(fit.lean?.cost.calendar.meetsDeadline).toBe(true);
    expect(fit.lean?.givesUp.length).toBeGreaterThan(0);
    expect(fit.full.givesUp[0]).toMatch(/^Costs \$[\d,]+ more in its first year than the lean plan\.$/);
    expect(fit.full.givesUp[1]).toMatch(/weeks later, because it waits for hiring/);
  });

  it("the full plan misses a weeks deadline while hiring, and the faster paths meet it", () => {
    const fit = fitFor({ upfrontBudgetUsd: 25_000, timeToShip: "weeks" });
    expect(fit.full.cost.calendar.meetsDeadline).toBe(false);
    expect(fit.fasterPaths.map((path) => path.kind)).toEqual(["contract_first", "train_existing", "managed_services"]);
    expect(fit.fasterPaths.every((path) => path.calendar.firstVersionWeek <= 8)).toBe(true);
  });

  it("a generous budget fits the full plan: no lean plan", () => {
    const fit = fitFor({ upfrontBudgetUsd: 5_000_000, timeToShip: "months", teamSkills: ["retrieval", "vector_databases"] });
    expect(fit.full.fits).toBe(true);
    expect(fit.lean).toBeNull();
    expect(fit.fullOverBy).toBe(0);
    expect(fit.leanOverBy).toBe(0);
    expect(fit.full.givesUp).toEqual([]);
  });

  it("with no budget at all, the cheapest lean plan is offered and says by how much it misses", () => {
    const fit = fitFor({ upfrontBudgetUsd: 0 });
    expect(fit.lean?.fits).toBe(false);
    expect(fit.leanOverBy).toBeCloseTo(fit.lean?.firstYear.newSpend ?? -1, 6);
    expect(fit.lean?.staffing.roles[0]?.sourcing.mode).toBe("train");
  });

  it("prefers a permanent hire when the budget allows it (India's pay)", () => {
    // A senior RAG engineer in India: ₹4,300,000 × 0.012 = $51,600 a year, paid from week 23 (10 weeks to fill + 13
    // weeks' notice), full-time until launch and a quarter of the time after: well under $51,600 + the $4,700 fee in
    // the first year. The five-person plan does not fit $60k; one hire does.
    const fit = fitFor({ upfrontBudgetUsd: 60_000 }, "in");
    expect(fit.full.fits).toBe(false);
    expect(leanLeadOrder).toEqual(["hire", "contract", "train"]);
    expect(fit.lean?.staffing.roles[0]?.sourcing.mode).toBe("hire");
    expect(fit.lean?.fits).toBe(true);
    expect(fit.lean?.firstYear.newSpend).toBeLessThan(51_600 + 4_700);
  });

  it("counts the time of people you already employ apart from new money", () => {
    const fit = fitFor({ upfrontBudgetUsd: 25_000 });
    const lean = fit.lean;
    if (!lean) throw new Error("expected a lean plan");
    const year = firstYearCost(lean.cost);
    expect(year.existingStaffTime).toBeGreaterThan(0);
    expect(year.newSpend + year.existingStaffTime).toBeCloseTo(year.total, 6);
    expect(year.people + year.nonPeople).toBeCloseTo(year.total, 6);
    // The lead trains: only the $2,000 course budget of the people cost is new money.
    expect(year.people - year.existingStaffTime).toBeCloseTo(2_000, 6);
  });
});

describe("budget fit at its edges", () => {
  // Everyone but the model trainer is on the team already, and there are months to ship: every role is trained.
  // New money is then the course budgets ($2,000 a person) plus build and running costs; pay of existing staff is not.
  const trainedTraits = makeTraits({
    upfrontBudgetUsd: 1_000,
    timeToShip: "months",
    teamSkills: ["retrieval", "vector_databases", "mlops", "evaluation", "data_engineering", "prompt_engineering"],
  });
  const recommendation = recommend(trainedTraits);
  const fitWithBudget = (upfrontBudgetUsd: number) =>
    budgetFit({ traits: { ...trainedTraits, upfrontBudgetUsd }, recommendation, assumptions: defaultAssumptionValues });

  it("the full plan costs five course budgets, the lean plan one: $8,000 more, and no later first version", () => {
    const fit = fitWithBudget(1_000);
    expect(fit.full.staffing.roles).toHaveLength(5);
    expect(fit.lean?.staffing.roles.filter((role) => role.fteByPhase.prototype > 0)).toHaveLength(1);
    expect(fit.full.cost.calendar.firstVersionWeek).toBe(fit.lean?.cost.calendar.firstVersionWeek);
    // 5 × $2,000 − 1 × $2,000 = $8,000; the same first-version week, so no second trade-off.
    expect(fit.full.givesUp).toEqual(["Costs $8,000 more in its first year than the lean plan."]);
    expect(fit.full.cost.calendar.meetsDeadline).toBe(true);
    expect(fit.fasterPaths).toEqual([]);
  });

  it("a plan fits a budget equal to its new spending, not a cent less", () => {
    const spend = fitWithBudget(1_000_000).full.firstYear.newSpend;
    expect(fitWithBudget(spend).full.fits).toBe(true);
    expect(fitWithBudget(spend).lean).toBeNull();
    expect(fitWithBudget(spend + 0.01).full.fits).toBe(true);
    expect(fitWithBudget(spend - 0.01).full.fits).toBe(false);
    expect(fitWithBudget(spend - 0.01).fullOverBy).toBeCloseTo(0.01, 6);
  });

  it("the full plan's trade-offs give the exact difference and the weeks it waits for hiring", () => {
    const fit = fitFor({ upfrontBudgetUsd: 25_000, timeToShip: "weeks" });
    const lean = fit.lean;
    if (!lean) throw new Error("expected a lean plan");
    // First versions at week 18 (the full plan waits for its hires) and week 5: 13 weeks later.
    expect(fit.full.cost.calendar.firstVersionWeek).toBe(18);
    expect(lean.cost.calendar.firstVersionWeek).toBe(5);
    expect(fit.full.givesUp).toEqual([
      `Costs ${usd(fit.full.firstYear.newSpend - lean.firstYear.newSpend)} more in its first year than the lean plan.`,
      "Its first version reaches users about 13 weeks later, because it waits for hiring.",
    ]);
  });

  it("when no lean plan fits, the one with the least new spending is offered", () => {
    const traits = makeTraits({ upfrontBudgetUsd: 0 });
    const rec = recommend(traits);
    const fit = budgetFit({ traits, recommendation: rec, assumptions: defaultAssumptionValues });
    const full = buildStaffingModel(traits, rec.recommendation.architecture, rec.scores);
    const spends = leanLeadOrder.map((lead) => {
      const staffing = leanStaffingModel(full, traits, lead);
      return firstYearCost(architectureCost({ traits, architecture: staffing.architecture, assumptions: defaultAssumptionValues, staffing })).newSpend;
    });
    expect(fit.lean?.firstYear.newSpend).toBe(Math.min(...spends));
    expect(fit.lean?.staffing.roles[0]?.sourcing.mode).toBe(leanLeadOrder[spends.indexOf(Math.min(...spends))]);
  });
});

describe("the cheapest lean plan when none fits", () => {
  it("is the first route when that is cheapest: in India, with a $100,000 course budget, a hire beats training", () => {
    // Training the lead now costs $100,000 of new money; a senior hire in India ($51,600 a year, from week 23) costs
    // a fraction of that in the first year, and a contractor (× 1.6 from week 2) more than the hire.
    const traits = makeTraits({ upfrontBudgetUsd: 0 });
    const fit = budgetFit({
      traits,
      recommendation: recommend(traits),
      assumptions: resolveAssumptions({ "training.budgetUsd": 100_000 }),
      people: { region: "in", recruiting: "in_house" },
    });
    expect(fit.lean?.fits).toBe(false);
    expect(fit.lean?.staffing.roles[0]?.sourcing.mode).toBe("hire");
    expect(fit.lean?.firstYear.newSpend).toBeLessThan(51_600 + 4_700);
  });
});
