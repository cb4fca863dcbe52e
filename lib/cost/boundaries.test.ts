import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { teamSkillOptions, type Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import { architectureCost, weeksPerMonth } from "./monthly-cost";
import { computeCostModel } from "./model";
import { resolveAssumptions, type AssumptionOverrides } from "./resolve-assumptions";
import { querySensitivity, totalAtOtherVolume } from "./sensitivity";

/*
 * Values at the edges of the month-by-month model, worked out by hand. A month is 52 / 12 = 4⅓ weeks, so month m covers
 * weeks (m − 1) × 4⅓ to m × 4⅓; month 3 ends at week 13.
 *
 * A team that already has every skill trains its own people: the prototype's people start at week 0 and are productive
 * after the training weeks (an assumption), so the calendar is training weeks + prototype + production. Each person is
 * paid from the week they start at their first phase's FTE; people first needed in production start their training
 * later, so as to be productive when production starts (recruiting just in time). That keeps launch weeks and people
 * costs easy to check by eye.
 */
const trainedTeam: Partial<Traits> = { teamSkills: [...teamSkillOptions] };
const cost = (architecture: Architecture, traits: Partial<Traits> = {}, overrides: AssumptionOverrides = {}, horizonMonths = 24) =>
  architectureCost({ traits: makeTraits(traits), architecture, assumptions: resolveAssumptions(overrides), horizonMonths });

describe("weeks and months", () => {
  it("a month is 52 / 12 = 4.333… weeks", () => {
    expect(weeksPerMonth).toBeCloseTo(4.333_333_333, 9);
  });
});

describe("RAG on ~1M documents with a trained team: the month's split around a launch at the end of month 3", () => {
  // Launch = training weeks + prototype (1–3 weeks → 2) + production (4–8 weeks → 6) = training weeks + 8.
  // People, every month: senior RAG engineer $263,600 / 12 × 1.3 = $28,556.67, plus 2.5 FTE of mid-level roles
  // (0.5 MLOps, 1 data, 0.5 evaluation, 0.5 product) × $207,600 / 12 × 1.3 = $56,225: $84,781.67; month 1 adds the
  // five training budgets, 5 × $2,000 = $10,000. MLOps, data and evaluation are first needed in production, which
  // starts 2 weeks (the prototype) after the others are productive: they start training at week 2, not 0, so month 1
  // pays 2 FTE × 2 weeks × $207,600 × 1.3 / 52 ($5,190 a week) = $20,760 less.
  // Build: 2,000,000,000 tokens × $0.02/M = $40, spread evenly over the weeks before launch.
  // Run: $800 inference + $0.10 query embedding + 10% × $40 = $4 updates + ($50 + 5M vectors × $15/M + $1 reads) = $930.10.
  const rag = (trainingWeeks: number) => cost("rag", { ...trainedTeam, corpusSize: "large" }, { "hiring.trainingWeeks": trainingWeeks });
  const people = 84_781.666_667;

  it.each([
    // training weeks, launch week, launch month
    [4.5, 12.5, 3],
    [5, 13, 4],
    [5.5, 13.5, 4],
  ])("with %d training weeks, launch is at week %d, in month %d", (trainingWeeks, week, month) => {
    const c = rag(trainingWeeks);
    expect(c.launchWeek).toBe(week);
    expect(c.launchMonth).toBe(month);
  });

  it("launch just before the end of month 3 (week 12.5): month 3 has the last build share and half a week live", () => {
    const [m1, m2, m3, m4] = rag(4.5).months;
    // Build: 4⅓ / 12.5 × $40 = $13.87 in months 1 and 2, (12.5 − 8⅔) / 12.5 × $40 = $12.27 in month 3.
    expect(m1?.build).toBeCloseTo(13.866_667, 5);
    expect(m2?.build).toBeCloseTo(13.866_667, 5);
    expect(m3?.build).toBeCloseTo(12.266_667, 5);
    expect(m4?.build).toBe(0);
    // Run: (13 − 12.5) / 4⅓ = 3/26 of $930.10 = $107.32 in month 3, then the full $930.10.
    expect(m2?.run).toBe(0);
    expect(m3?.run).toBeCloseTo(107.319_231, 5);
    expect(m4?.run).toBeCloseTo(930.1, 6);
    expect(m1?.people).toBeCloseTo(people + 10_000 - 20_760, 5);
    expect(m3?.people).toBeCloseTo(people, 5);
    expect(m3?.retraining).toBe(0);
    expect(m3?.total).toBeCloseTo(people + 12.266_667 + 107.319_231, 5);
  });

  it("launch exactly at the end of month 3 (week 13): a third of the build in each of months 1–3, the first full month live in month 4", () => {
    const [m1, m2, m3, m4] = rag(5).months;
    for (const m of [m1, m2, m3]) {
      expect(m?.build).toBeCloseTo(13.333_333, 5);
      expect(m?.run).toBeCloseTo(0, 9);
    }
    expect(m4?.build).toBe(0);
    expect(m4?.run).toBeCloseTo(930.1, 6);
    expect(m4?.detail).toMatchObject({ corpusEmbedding: 0, trainingRuns: 0 });
    expect(m4?.detail.inference).toBeCloseTo(800, 6);
    expect(m4?.detail.queryEmbedding).toBeCloseTo(0.1, 9);
    expect(m4?.detail.embeddingUpdates).toBeCloseTo(4, 9);
    expect(m4?.detail.vectorStore).toBeCloseTo(126, 6);
    expect(m4?.total).toBeCloseTo(people + 930.1, 5);
  });

  it("launch just after the end of month 3 (week 13.5): month 4 has the last build share and 23/26 of a month live", () => {
    const [m3, m4, m5] = rag(5.5).months.slice(2);
    // Build: 4⅓ / 13.5 × $40 = $12.84 in months 1–3, 0.5 / 13.5 × $40 = $1.48 in month 4.
    expect(m3?.build).toBeCloseTo(12.839_506, 5);
    expect(m3?.run).toBe(0);
    expect(m4?.build).toBeCloseTo(1.481_481, 5);
    // (17⅓ − 13.5) / 4⅓ = 23/26 of $930.10 = $822.78
    expect(m4?.run).toBeCloseTo(822.780_769, 5);
    expect(m5?.run).toBeCloseTo(930.1, 6);
    expect(m5?.build).toBe(0);
  });

  it("totals over 24 months: 21 live months after a launch at week 13", () => {
    const c = rag(5);
    // People 24 × $84,781.67 + $10,000 − $20,760 (the production roles' first 2 weeks) = $2,024,000; build $40;
    // run 21 × $930.10 = $19,532.10
    expect(c.totals.people).toBeCloseTo(2_024_000, 4);
    expect(c.totals.build).toBeCloseTo(40, 9);
    expect(c.totals.run).toBeCloseTo(19_532.1, 5);
    expect(c.totals.retraining).toBe(0);
    expect(c.totals.total).toBeCloseTo(2_043_572.1, 4);
    expect(c.cumulative[23]).toBeCloseTo(2_043_572.1, 4);
    expect(c.steadyStateMonthly).toEqual({
      people: expect.closeTo(people, 5),
      build: 0,
      run: expect.closeTo(930.1, 6),
      retraining: 0,
      total: expect.closeTo(people + 930.1, 5),
    });
  });
});

describe("fine-tuning with a trained team: retraining starts at launch", () => {
  it("launch at week 3 + 4.5 + 9 = 16.5 (month 4): $98 retraining and $180 run a month, pro rata in month 4", () => {
    const c = cost("fine_tuning", trainedTeam);
    expect(c.launchWeek).toBe(16.5);
    expect(c.launchMonth).toBe(4);
    const [m3, m4, m5] = c.months.slice(2);
    // Build: 6 runs × 28 GPU-hours × $3.50 = $588 over 16.5 weeks: 4⅓ / 16.5 × $588 = $154.42 in month 3, (16.5 − 13) / 16.5 × $588 = $124.73 in month 4.
    expect(m3?.build).toBeCloseTo(154.424_242, 5);
    expect(m3?.retraining).toBe(0);
    expect(m4?.build).toBeCloseTo(124.727_273, 5);
    // Live (17⅓ − 16.5) / 4⅓ = 5/26 of month 4: retraining $98 × 5/26 = $18.85, run $180 × 5/26 = $34.62.
    expect(m4?.retraining).toBeCloseTo(18.846_154, 5);
    expect(m4?.run).toBeCloseTo(34.615_385, 5);
    expect(m5?.retraining).toBeCloseTo(98, 9);
    expect(m5?.detail.trainingRuns).toBe(0);
  });
});

describe("the dominant non-people cost", () => {
  it.each([
    { name: "running costs for RAG", architecture: "rag" as const, traits: {}, dominant: "run" },
    // 4,004 GPU-hours × $3.50 = $14,014 a month retraining vs $84,084 build once
    { name: "retraining for fine-tuning on >1M documents that change monthly", architecture: "fine_tuning" as const, traits: { corpusSize: "massive" } as const, dominant: "retraining" },
    { name: "the build for fine-tuning on static facts with no requests", architecture: "fine_tuning" as const, traits: { corpusSize: "massive", knowledgeChange: "static", monthlyQueries: 0 } as const, dominant: "build" },
    { name: "nothing when every non-people cost is zero", architecture: "prompt_engineering" as const, traits: { monthlyQueries: 0 }, dominant: null },
  ])("is $name", ({ architecture, traits, dominant }) => {
    expect(cost(architecture, traits).dominantNonPeople).toBe(dominant);
  });

  it("is the build when the horizon ends before launch", () => {
    const c = cost("rag", {}, {}, 1);
    expect(c.totals.run).toBe(0);
    expect(c.dominantNonPeople).toBe("build");
  });
});

describe("one-time people costs fall in the month each person starts", () => {
  // Neutral RAG project, nobody on the team has the skills: the senior RAG engineer starts at week 10 (time to fill)
  // + 2 (notice) = 12 and is productive at 16, when the prototype starts; it lasts 2 weeks, so production starts at 18.
  // The mid-level hires are recruited just in time: productive when their first phase starts, so they start 4 weeks'
  // ramp-up before it: the half-time AI product engineer (prototype) at 12, MLOps, data and evaluation (production)
  // at 14. In-house recruiting costs $4,700 a hire; month 3 is weeks 8⅔–13, month 4 weeks 13–17⅓.
  it("nothing is paid before anyone starts", () => {
    const [m1, m2, m3, m4] = cost("rag").months;
    expect(m1?.detail.peopleByRole).toEqual({});
    expect(m1?.people).toBe(0);
    expect(m2?.people).toBe(0);
    expect(m3?.detail.oneTimeByRole).toEqual({ rag_engineer: 4_700, ai_product_engineer: 4_700 });
    expect(m4?.detail.oneTimeByRole).toEqual({ mlops_engineer: 4_700, data_engineer: 4_700, evaluation_engineer: 4_700 });
  });

  it("a trained role's course budget is due when its training starts, a hire's fee when they start", () => {
    // The trained evaluation engineer is first needed in production (week 18): 3 weeks' course from week 15.
    const [m1, m2, m3, m4] = cost("rag", { teamSkills: ["evaluation"] }).months;
    expect(m1?.detail.oneTimeByRole).toEqual({});
    expect(m2?.detail.oneTimeByRole).toEqual({});
    expect(m3?.detail.oneTimeByRole).toEqual({ rag_engineer: 4_700, ai_product_engineer: 4_700 });
    expect(m4?.detail.oneTimeByRole).toEqual({ mlops_engineer: 4_700, data_engineer: 4_700, evaluation_engineer: 2_000 });
  });

  it("a contractor costs no fee, and no zero entry is listed for one", () => {
    // Prompt engineering: the senior AI product hire starts at 12, productive at 16; prototype 1.5 weeks, production
    // 3: launch at 20.5. The quarter-time MLOps role, needed only after launch, is contracted: 2 weeks to start and 1
    // to ramp up, so it starts at 19.5, in month 5 (weeks 17⅓–21⅔), with no fee.
    const c = cost("prompt_engineering");
    expect(c.months[3]?.detail.peopleByRole.mlops_engineer).toBeUndefined();
    expect(c.months[4]?.detail.oneTimeByRole).toEqual({});
    expect(Object.keys(c.months[4]?.detail.peopleByRole ?? {})).toContain("mlops_engineer");
  });

  it.each([
    // senior time to fill (weeks): the RAG engineer is productive at fill + 2 + 4, production starts 2 weeks later, and
    // the data engineer (mid, needed from production) starts 4 weeks before it: fill + 4; month whose bill carries the fee
    [8.9, 3],
    [9, 4],
    [9.1, 4],
  ])("with a senior filled in %d weeks, the data engineer's fee is due in month %d (month 3 ends at week 13)", (fill, month) => {
    const c = cost("rag", {}, { "hiring.timeToFillWeeks.senior": fill });
    const fees = c.months.map((m) => m.detail.oneTimeByRole.data_engineer ?? 0);
    expect(fees.filter((fee) => fee > 0)).toEqual([4_700]);
    expect(fees[month - 1]).toBe(4_700);
  });
});

describe("cost notes at their edges", () => {
  // A trained team on prompt engineering pays only the senior product engineer when mid-level pay and course budgets
  // are set to zero: 1 FTE for all 24 months at X / 12 × 1.3, so people = 2.6 X.
  // Running cost: launch at week 3 + 1.5 + 3 = 7.5, so (104 − 7.5) × 3/13 = 22.27 live months × $1,900 = $42,311.54.
  const onlyProduct = (senior: number): AssumptionOverrides => ({ "training.budgetUsd": 0, "pay.us.mid": 0, "pay.us.senior": senior });
  const promptNotes = (overrides: AssumptionOverrides) =>
    computeCostModel(makeTraits(trainedTeam), { overrides }).notes.filter((n) => n.architecture === "prompt_engineering");

  it.each([
    [16_270, ["run-dominates-at-volume"]], // people $42,302 < run $42,311.54
    [16_280, []], // people $42,328 > run
  ])("with the product engineer at $%d a year: %j", (senior, codes) => {
    expect(promptNotes(onlyProduct(senior)).map((n) => n.code)).toEqual(codes);
  });

  it("the run note names the volume, the running cost and the salaries", () => {
    expect(promptNotes(onlyProduct(10_000))[0]?.message).toBe(
      "Prompt engineering: at 100,000 requests a month, running costs ($42,312) outweigh salaries ($26,000) over 24 months; cost per request matters more than team size.",
    );
  });

  it("running costs equal to salaries are not noted", () => {
    // One month, days to ship, no training weeks: launch at 0 + 0.75 + 3 = 3.75, so 7/52 of month 1 is live.
    // People: the product engineer at $12,000 / 12 × 1 (overhead set to 1) = $1,000. Run: 1,000,000 requests × 1,500
    // tokens / 1,000 × p × 7/52, which is $1,000 at p = $52 / 10,500 = $0.00495238… per 1k tokens; the literal below is
    // that figure nudged in its last digits so the floating-point product lands exactly on $1,000 (checked below).
    const traits = makeTraits({ ...trainedTeam, timeToShip: "days", need: "behavior", monthlyQueries: 1_000_000 });
    const overrides = { ...onlyProduct(12_000), "hiring.trainingWeeks": 0, "overhead.us": 1 };
    const at = (price: number) => computeCostModel(traits, { horizonMonths: 1, overrides: { ...overrides, "llm.usdPer1kTokens": price } });
    const tie = at(0.004_952_380_952_380_955);
    expect(tie.byArchitecture.prompt_engineering.totals.people).toBe(1_000);
    expect(tie.byArchitecture.prompt_engineering.totals.run).toBe(1_000);
    expect(tie.notes.filter((n) => n.architecture === "prompt_engineering")).toEqual([]);
    expect(at(0.005).notes.filter((n) => n.architecture === "prompt_engineering").map((n) => n.code)).toEqual(["run-dominates-at-volume"]);
  });

  it("no running cost is never 'outweighing' salaries, even below zero (resolved assumptions are taken as given)", () => {
    const assumptions = { ...resolveAssumptions(onlyProduct(0)), "pay.us.senior": -12_000 };
    const model = computeCostModel(makeTraits({ ...trainedTeam, monthlyQueries: 0 }), { assumptions });
    expect(model.byArchitecture.prompt_engineering.totals.run).toBe(0);
    expect(model.byArchitecture.prompt_engineering.totals.people).toBeLessThan(0);
    expect(model.notes.filter((n) => n.architecture === "prompt_engineering")).toEqual([]);
  });

  it("the retraining note gives the total, its share of non-people spend and the runs a month", () => {
    const model = computeCostModel(makeTraits({ corpusSize: "massive" }));
    const ft = model.byArchitecture.fine_tuning;
    // Launch at week 32.5 (hiring calendar): (104 − 32.5) × 3/13 = 16.5 live months.
    // Retraining 16.5 × 4,004 GPU-hours × $3.50 = $231,231; build 6 × $14,014 = $84,084; run 16.5 × $180 = $2,970.
    // Share: 231,231 / (84,084 + 2,970 + 231,231) = 72.6% → 73%.
    expect(ft.launchWeek).toBe(32.5);
    expect(ft.totals.retraining).toBeCloseTo(231_231, 5);
    expect(ft.totals.build).toBeCloseTo(84_084, 5);
    expect(ft.totals.run).toBeCloseTo(2_970, 5);
    expect(model.notes.find((n) => n.code === "retraining-dominates")?.message).toBe(
      "Fine-tuning: retraining is the largest cost after salaries, $231,231 over 24 months (73% of non-people spend). " +
        "The facts change monthly, so the model is retrained 1 times a month at 4,004 GPU-hours a run.",
    );
  });
});

describe("query sensitivity", () => {
  const v = resolveAssumptions();
  const people = { region: "us", recruiting: "in_house" } as const;

  it("a total at another volume adds the cost per request for each live month", () => {
    // RAG with a trained team and 5 training weeks: launch at week 13 = month 3, cost per request $0.008011.
    const c = cost("rag", { ...trainedTeam, corpusSize: "large" }, { "hiring.trainingWeeks": 5 });
    // 24 − 3 = 21 live months × 100,000 more requests × $0.008011 = $16,823.10
    expect(totalAtOtherVolume(c, 24, 100_000) - (c.cumulative[23] ?? 0)).toBeCloseTo(16_823.1, 5);
    // One live month at month 4; none at month 3 (launch is its last instant) or before.
    expect(totalAtOtherVolume(c, 4, 100_000) - (c.cumulative[3] ?? 0)).toBeCloseTo(801.1, 6);
    expect(totalAtOtherVolume(c, 3, 100_000)).toBeCloseTo(c.cumulative[2] ?? Number.NaN, 6);
    expect(totalAtOtherVolume(c, 2, 100_000)).toBe(c.cumulative[1]);
  });

  it("without a baseline, every point is a full recomputation", () => {
    const traits = makeTraits();
    const points = querySensitivity(traits, v, people, 24, [0.5]);
    const half = computeCostModel(makeTraits({ monthlyQueries: 50_000 }));
    expect(points[0]?.totalsAtHorizon.rag).toBeCloseTo(half.byArchitecture.rag.cumulative[23] ?? Number.NaN, 4);
  });

  it("the cheapest is the cheapest architecture that meets the answers", () => {
    // Neutral project: prompt engineering costs least but cannot hold ~1,000 documents in one prompt.
    const model = computeCostModel(makeTraits());
    for (const point of model.sensitivity) {
      const lowest = Math.min(...Object.values(point.totalsAtHorizon));
      expect(point.totalsAtHorizon.prompt_engineering).toBe(lowest);
      expect(point.cheapestAtHorizon).toBe("fine_tuning");
    }
  });

  it("when no architecture meets the answers, the cheapest of all is named", () => {
    // Daily-changing facts rule out fine-tuning, ~1M documents rule out a prompt, and a 300 ms budget over a large index
    // rules out retrieval.
    const model = computeCostModel(makeTraits({ knowledgeChange: "daily", corpusSize: "large", latency: "strict" }));
    expect(model.sensitivity.map((s) => s.cheapestAtHorizon)).toEqual(Array(5).fill("prompt_engineering"));
  });
});
