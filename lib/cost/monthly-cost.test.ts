import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import { architectureCost, weeksPerMonth } from "./monthly-cost";
import { resolveAssumptions } from "./resolve-assumptions";
import { computeCostModel } from "./model";

const v = resolveAssumptions();
const cost = (architecture: Architecture, traits: Partial<Traits> = {}, overrides = {}) =>
  architectureCost({ traits: makeTraits(traits), architecture, assumptions: resolveAssumptions(overrides) });

describe("monthly cost per architecture", () => {
  it.each<{ architecture: Architecture; build: boolean; retraining: boolean; vector: boolean }>([
    { architecture: "prompt_engineering", build: false, retraining: false, vector: false },
    { architecture: "rag", build: true, retraining: false, vector: true },
    { architecture: "fine_tuning", build: true, retraining: true, vector: false },
    { architecture: "hybrid", build: true, retraining: true, vector: true },
  ])("$architecture has the cost lines its design implies", ({ architecture, build, retraining, vector }) => {
    const c = cost(architecture, { knowledgeChange: "weekly" });
    expect(c.months).toHaveLength(24);
    expect(c.totals.build > 0).toBe(build);
    expect(c.totals.retraining > 0).toBe(retraining);
    expect(c.months.some((m) => m.detail.vectorStore > 0)).toBe(vector);
    expect(c.totals.people).toBeGreaterThan(0);
    expect(c.totals.run).toBeGreaterThan(0);
  });

  it("cumulative is the running sum of the monthly totals, and totals add up", () => {
    const c = cost("hybrid");
    let sum = 0;
    c.months.forEach((m, i) => {
      expect(m.total).toBeCloseTo(m.people + m.build + m.run + m.retraining, 6);
      sum += m.total;
      expect(m.cumulative).toBeCloseTo(sum, 6);
      expect(c.cumulative[i]).toBe(m.cumulative);
    });
    expect(c.totals.total).toBeCloseTo(sum, 6);
  });

  it("run and retraining start at launch; build is spread over the weeks before it", () => {
    const c = cost("fine_tuning", { knowledgeChange: "daily", timeToShip: "months" });
    const launchMonth = Math.floor(c.launchWeek / weeksPerMonth) + 1;
    expect(c.launchMonth).toBe(launchMonth);
    for (const m of c.months) {
      if (m.month < launchMonth) {
        expect(m.run).toBe(0);
        expect(m.retraining).toBe(0);
      }
      if (m.month > launchMonth) expect(m.build).toBe(0);
    }
    expect(c.months.reduce((s, m) => s + m.build, 0)).toBeCloseTo(c.oneTimeBuild, 6);
  });

  it("embedding the corpus costs tokens × price: 2,000,000,000 tokens × $0.02/M = $40", () => {
    const c = cost("rag", { corpusSize: "large" });
    expect(c.oneTimeBuild).toBeCloseTo(40, 9);
  });

  it("fine-tuning runs cost GPU-hours × rate: 6 runs × 12 GPU-hours × $3.50 = $252 rented, × 0.5 = $126 owned", () => {
    const rented = cost("hybrid", { labeledExamples: "thousands", gpuAccess: "cloud" });
    const owned = cost("hybrid", { labeledExamples: "thousands", gpuAccess: "dedicated" });
    expect(rented.months.reduce((s, m) => s + m.detail.trainingRuns, 0)).toBeCloseTo(252, 9);
    expect(owned.months.reduce((s, m) => s + m.detail.trainingRuns, 0)).toBeCloseTo(126, 9);
    // plus $0.04 to embed the neutral 2M-token corpus
    expect(owned.oneTimeBuild).toBeCloseTo(126.04, 9);
  });

  it.each([
    ["realtime", 30],
    ["daily", 30],
    ["weekly", 4.35],
    ["monthly", 1],
    ["yearly", 1 / 12],
    ["static", 0],
  ] as const)("retraining scales with how often facts change (%s: %d runs a month)", (knowledgeChange, runs) => {
    const c = cost("fine_tuning", { knowledgeChange });
    expect(c.units.retrainsPerMonth).toBe(runs);
    // 28 GPU-hours a run × $3.50 = $98 a run, for a full month after launch
    expect(c.steadyStateMonthly.retraining).toBeCloseTo(runs * 98, 9);
    expect(c.totals.retraining === 0).toBe(knowledgeChange === "static");
  });

  it("a hybrid retrains less than a fine-tuned-only system when facts change fast", () => {
    expect(cost("hybrid", { knowledgeChange: "daily" }).totals.retraining).toBeLessThan(cost("fine_tuning", { knowledgeChange: "daily" }).totals.retraining);
  });

  it("fine-tuning with daily-changing facts makes retraining the dominant non-people cost, and the model says so", () => {
    const traits = makeTraits({ need: "knowledge", knowledgeChange: "daily", corpusSize: "small", monthlyQueries: 100_000 });
    const model = computeCostModel(traits);
    const ft = model.byArchitecture.fine_tuning;
    expect(ft.dominantNonPeople).toBe("retraining");
    expect(ft.totals.retraining).toBeGreaterThan(ft.totals.run + ft.totals.build);
    const note = model.notes.find((n) => n.code === "retraining-dominates" && n.architecture === "fine_tuning");
    expect(note?.message).toMatch(/retraining is the largest cost after salaries/);
    expect(note?.message).toMatch(/30 times a month/);
  });

  it.each([
    ["low", "mid"],
    ["mid", "high"],
  ] as const)("people cost at %s salaries is below %s", (lower, higher) => {
    const t = makeTraits();
    expect(architectureCost({ traits: t, architecture: "rag", assumptions: v, salaryLevel: lower }).totals.people).toBeLessThan(architectureCost({ traits: t, architecture: "rag", assumptions: v, salaryLevel: higher }).totals.people);
  });

  it("uses mid salaries with employment overhead by default", () => {
    const c = architectureCost({ traits: makeTraits(), architecture: "prompt_engineering", assumptions: v });
    // prompt_engineering at scale: 1 AI product engineer, 0.5 evaluation engineer, 0.25 MLOps (a contractor).
    // $175,000 / 12 × 1.25 × 1.5 = $27,343.75; 0.25 × $185,000 / 12 × 1.6 = $6,166.67; sum $33,510.42
    expect(c.steadyStateMonthly.people).toBeCloseTo(33_510.416_667, 5);
  });

  it("prompt-only knowledge work carries its reference material in every request", () => {
    const knowledge = cost("prompt_engineering", { need: "knowledge" });
    const behaviour = cost("prompt_engineering", { need: "behavior" });
    expect(knowledge.units.tokensPerQuery).toBeGreaterThan(behaviour.units.tokensPerQuery);
    expect(knowledge.totals.run).toBeGreaterThan(behaviour.totals.run);
  });

  it("user overrides move the numbers", () => {
    const base = cost("rag", { monthlyQueries: 1_000_000 });
    const pricier = cost("rag", { monthlyQueries: 1_000_000 }, { "llm.usdPer1kTokens": 0.01 });
    expect(pricier.totals.run).toBeGreaterThan(base.totals.run);
    expect(pricier.totals.people).toBe(base.totals.people);
  });
});

/*
 * Month boundaries: a month is 52 / 12 = 4⅓ weeks, so month m covers weeks (m − 1) × 4⅓ to m × 4⅓. Phase lengths come
 * from lib/hiring (midpoints of each range); each test states the launch week it relies on.
 */
describe("weeks and months", () => {
  it("a month is 52 / 12 = 4.333… weeks", () => {
    expect(weeksPerMonth).toBeCloseTo(4.333_333_333, 9);
  });

  it.each([
    // RAG, months to ship, >1M documents: prototype 2–5 (3.5) + production 6–12 (9) = 12.5 weeks: in month 3 (8⅔–13)
    { name: "just before the end of month 3", architecture: "rag" as const, traits: { corpusSize: "massive", timeToShip: "months" } as const, week: 12.5, month: 3 },
    // RAG, weeks to ship, >1M documents, high error cost: 2 + (8–14 → 11) = 13 weeks: exactly the end of month 3
    { name: "exactly at the end of month 3", architecture: "rag" as const, traits: { corpusSize: "massive", errorCost: "high" } as const, week: 13, month: 4 },
    // Fine-tuning, weeks to ship: prototype 3–6 (4.5) + production 6–12 (9) = 13.5 weeks
    { name: "just after the end of month 3", architecture: "fine_tuning" as const, traits: {}, week: 13.5, month: 4 },
    // Prompt engineering, weeks to ship: 1.5 + 3 = 4.5 weeks (month 1 ends at 4⅓)
    { name: "early in month 2", architecture: "prompt_engineering" as const, traits: {}, week: 4.5, month: 2 },
  ])("launch $name: week $week is in month $month", ({ architecture, traits, week, month }) => {
    const c = cost(architecture, traits);
    expect(c.launchWeek).toBe(week);
    expect(c.launchMonth).toBe(month);
  });
});

describe("a month's cost split around launch", () => {
  it("fine-tuning, neutral project (launch at week 13.5, in month 4): people, build, run and retraining by month", () => {
    const c = cost("fine_tuning");
    // Build $588 spread over 13.5 weeks: 4⅓ / 13.5 = 26/81 of it in each of months 1–3 ($188.74), 0.5 / 13.5 = 1/27 ($21.78) in month 4.
    // Production staff (1 DL, 1 MLOps, 0.5 data, 0.5 evaluation, 0.5 product): ($215k + $185k + $82.5k + $87.5k + $87.5k) / 12 × 1.25 = $68,489.58
    // Scale staff (0.5 each of DL, MLOps, data, evaluation, product): 0.5 × $915k / 12 × 1.25 = $47,656.25
    // Month 4 (weeks 13–17⅓): 0.5 week of production (3/26) and 3⅚ weeks live (23/26).
    const expected = [
      // month, people, build, run, retraining
      [3, 68_489.583_333, 188.740_741, 0, 0],
      // people 68,489.58 × 3/26 + 47,656.25 × 23/26 = 50,060.10; run $180 × 23/26 = 159.23; retraining $98 × 23/26 = 86.69
      [4, 50_060.096_154, 21.777_778, 159.230_769, 86.692_308],
      [5, 47_656.25, 0, 180, 98],
    ] as const;
    for (const [month, people, build, run, retraining] of expected) {
      const m = c.months[month - 1];
      expect(m?.month).toBe(month);
      expect(m?.people).toBeCloseTo(people, 5);
      expect(m?.build).toBeCloseTo(build, 5);
      expect(m?.run).toBeCloseTo(run, 5);
      expect(m?.retraining).toBeCloseTo(retraining, 5);
      expect(m?.total).toBeCloseTo(people + build + run + retraining, 5);
    }
    expect(c.months[0]?.build).toBeCloseTo(188.740_741, 5);
    expect(c.months[0]?.run).toBe(0);
  });

  it("RAG launching exactly at the end of month 3 pays the last build share in month 3 and its first full month in month 4", () => {
    // >1M documents, high error cost, weeks to ship: launch at week 13 = 3 × 4⅓.
    const c = cost("rag", { corpusSize: "massive", errorCost: "high" });
    // Build: 40B tokens × $0.02/M = $800, a third in each of months 1–3.
    // Run: $800 inference + $0.10 query embedding + 10% × $800 = $80 updates + ($50 + 100M vectors × $15/M + $1) = $1,551 → $2,431.10
    // Production staff (1 RAG, 0.5 product, 1.5 data, 1 evaluation, 0.5 MLOps): $792.5k / 12 × 1.25 = $82,552.08
    // Scale staff (+0.5 RAG): $887.5k / 12 × 1.25 = $92,447.92
    const [m3, m4] = [c.months[2], c.months[3]];
    expect(m3?.build).toBeCloseTo(266.666_667, 5);
    expect(m3?.run).toBeCloseTo(0, 9);
    expect(m3?.retraining).toBe(0);
    expect(m3?.people).toBeCloseTo(82_552.083_333, 5);
    expect(m4?.build).toBe(0);
    expect(m4?.run).toBeCloseTo(2_431.1, 6);
    expect(m4?.people).toBeCloseTo(92_447.916_667, 5);
    expect(m4?.detail).toMatchObject({ corpusEmbedding: 0, trainingRuns: 0 });
    expect(m4?.detail.embeddingUpdates).toBeCloseTo(80, 6);
    expect(m4?.detail.vectorStore).toBeCloseTo(1_551, 6);
  });

  it("hybrid, neutral project (launch at week 17, in month 4): every line of month 4", () => {
    const c = cost("hybrid");
    // Month 4 = weeks 13–17⅓: build share (17 − 13) / 17 = 4/17; live (17⅓ − 17) / 4⅓ = 1/13.
    const d = c.months[3]?.detail;
    expect(c.launchWeek).toBe(17);
    expect(d?.corpusEmbedding).toBeCloseTo((0.04 * 4) / 17, 9); // $0.0094
    expect(d?.trainingRuns).toBeCloseTo((84 * 4) / 17, 9); // $19.76
    expect(d?.inference).toBeCloseTo(930 / 13, 9); // $71.54
    expect(d?.queryEmbedding).toBeCloseTo(0.1 / 13, 9);
    expect(d?.embeddingUpdates).toBeCloseTo(0.004 / 13, 9);
    expect(d?.vectorStore).toBeCloseTo(51.075 / 13, 9); // $3.93
    expect(c.months[3]?.retraining).toBeCloseTo(3.5 / 13, 9);
  });

  it("prompt engineering, neutral project: people by role in months 1 and 2", () => {
    const c = cost("prompt_engineering");
    // Month 1 = weeks 0–4⅓: prototype (1 product engineer) to week 1.5 = 9/26, production (+0.5 evaluation) after = 17/26.
    // Product engineer $175,000 / 12 × 1.25 = $18,229.17 all month; evaluation 0.5 × $18,229.17 × 17/26 = $5,959.54.
    const m1 = c.months[0]?.detail.peopleByRole ?? {};
    expect(Object.keys(m1).sort()).toEqual(["ai_product_engineer", "evaluation_engineer"]);
    expect(m1.ai_product_engineer).toBeCloseTo(18_229.166_667, 5);
    expect(m1.evaluation_engineer).toBeCloseTo(5_959.535_256, 5);
    expect(c.months[0]?.people).toBeCloseTo(24_188.701_923, 5);
    // Month 2 = weeks 4⅓–8⅔: production 1/26, scale (+0.25 MLOps contractor at $185,000 / 12 × 1.6 = $24,666.67) 25/26.
    const m2 = c.months[1];
    expect(m2?.detail.peopleByRole.mlops_engineer).toBeCloseTo((0.25 * 24_666.666_667 * 25) / 26, 5); // $5,929.49
    expect(m2?.people).toBeCloseTo(33_273.237_179, 5);
    // $1,900 a month × 25/26 live
    expect(m2?.run).toBeCloseTo(1_826.923_077, 5);
  });
});

describe("totals over 24 months", () => {
  it("RAG, neutral project: people, build, run and the cumulative curve", () => {
    const c = cost("rag");
    // People: month 1 = $28,906.25 (1 RAG + 0.5 product) × 6/13 + $56,250 × 7/13 = $43,629.81; then $56,250 × 23 months.
    // Run: live from week 8 to week 104 = 96 weeks = 288/13 months × $851.179 = $18,856.89.
    expect(c.totals.people).toBeCloseTo(1_337_379.807_692, 4);
    expect(c.totals.build).toBeCloseTo(0.04, 9);
    expect(c.totals.run).toBeCloseTo(18_856.888_615, 4);
    expect(c.totals.retraining).toBe(0);
    expect(c.totals.total).toBeCloseTo(1_356_236.736_308, 4);
    expect(c.cumulative[23]).toBeCloseTo(1_356_236.736_308, 4);
    expect(c.oneTimeBuild).toBeCloseTo(0.04, 9);
  });

  it("fine-tuning, neutral project: retraining $98 a month over 90.5 live weeks", () => {
    const c = cost("fine_tuning");
    // (104 − 13.5) weeks × 3/13 = 20.88 months: run $180 × 20.88 = $3,759.23, retraining $98 × 20.88 = $2,046.69
    expect(c.totals.run).toBeCloseTo(3_759.230_769, 5);
    expect(c.totals.retraining).toBeCloseTo(2_046.692_308, 5);
    expect(c.totals.build).toBeCloseTo(588, 9);
  });

  it("a shorter or longer horizon covers that many months", () => {
    expect(architectureCost({ traits: makeTraits(), architecture: "rag", assumptions: v, horizonMonths: 1 }).months).toHaveLength(1);
    const long = architectureCost({ traits: makeTraits(), architecture: "rag", assumptions: v, horizonMonths: 30 });
    expect(long.months.map((m) => m.month)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(long.months[29]?.total).toBeCloseTo(56_250 + 851.179, 5);
  });
});

describe("steady state after launch", () => {
  it("prompt engineering: $33,510.42 people + $1,900 run", () => {
    expect(cost("prompt_engineering").steadyStateMonthly).toEqual({
      people: expect.closeTo(33_510.416_667, 5),
      build: 0,
      run: expect.closeTo(1_900, 9),
      retraining: 0,
      total: expect.closeTo(35_410.416_667, 5),
    });
  });

  it("fine-tuning: $47,656.25 people + $180 run + $98 retraining", () => {
    expect(cost("fine_tuning").steadyStateMonthly).toEqual({
      people: expect.closeTo(47_656.25, 5),
      build: 0,
      run: expect.closeTo(180, 9),
      retraining: expect.closeTo(98, 9),
      total: expect.closeTo(47_934.25, 5),
    });
  });
});

describe("salary level and engagement", () => {
  it.each([
    // 1 product + 0.5 evaluation employees (× 1.25), 0.25 MLOps contractor (× 1.6)
    ["low", 26_875], // $140k / 12 × 1.25 × 1.5 = $21,875 + 0.25 × $150k / 12 × 1.6 = $5,000
    ["mid", 33_510.416_667], // $27,343.75 + $6,166.67
    ["high", 42_041.666_667], // $220k / 12 × 1.25 × 1.5 = $34,375 + 0.25 × $230k / 12 × 1.6 = $7,666.67
  ] as const)("prompt engineering at %s salaries: $%d a month at scale", (salaryLevel, people) => {
    const c = architectureCost({ traits: makeTraits(), architecture: "prompt_engineering", assumptions: v, salaryLevel });
    expect(c.steadyStateMonthly.people).toBeCloseTo(people, 5);
  });

  it("a role the team already has costs the employment overhead, not the contractor factor", () => {
    // The team has MLOps skills, so the quarter-time MLOps role is trained: 0.25 × $185,000 / 12 × 1.25 = $4,817.71
    const c = architectureCost({ traits: makeTraits({ teamSkills: ["mlops"] }), architecture: "prompt_engineering", assumptions: v });
    expect(c.steadyStateMonthly.people).toBeCloseTo(27_343.75 + 4_817.708_333, 5);
  });

  it("the contractor factor and employment overhead are read from the assumptions", () => {
    const c = cost("prompt_engineering", {}, { "people.contractorFactor": 2, "people.employmentOverhead": 1 });
    // $175,000 / 12 × 1.5 = $21,875 + 0.25 × $185,000 / 12 × 2 = $7,708.33
    expect(c.steadyStateMonthly.people).toBeCloseTo(21_875 + 7_708.333_333, 5);
  });
});

describe("the dominant non-people cost", () => {
  it.each([
    { name: "running costs for prompt engineering", architecture: "prompt_engineering" as const, traits: {}, dominant: "run" },
    // 4,004 GPU-hours × $3.50 = $14,014 a month retraining vs $84,084 build once
    { name: "retraining for fine-tuning on >1M documents that change monthly", architecture: "fine_tuning" as const, traits: { corpusSize: "massive" } as const, dominant: "retraining" },
    { name: "the build for fine-tuning on static facts with no requests", architecture: "fine_tuning" as const, traits: { corpusSize: "massive", knowledgeChange: "static", monthlyQueries: 0 } as const, dominant: "build" },
    { name: "nothing when every non-people cost is zero", architecture: "prompt_engineering" as const, traits: { monthlyQueries: 0 }, dominant: null },
  ])("is $name", ({ architecture, traits, dominant }) => {
    expect(cost(architecture, traits).dominantNonPeople).toBe(dominant);
  });

  it("is the build when the horizon ends before launch", () => {
    const c = architectureCost({ traits: makeTraits(), architecture: "rag", assumptions: v, horizonMonths: 1 });
    expect(c.dominantNonPeople).toBe("build");
    expect(c.totals.run).toBe(0);
  });
});
