import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { maxMonthlyQueries } from "@/lib/decision/traits";
import { architectures, byArchitecture } from "@/lib/decision/types";
import { architectureCost } from "./monthly-cost";
import { resolveAssumptions } from "./resolve-assumptions";
import { costsByArchitecture, defaultQueryMultipliers, querySensitivity, scaledQueries } from "./sensitivity";

const v = resolveAssumptions();

describe("query multipliers", () => {
  it("re-checks the cheapest at ×0.1, ×0.5, ×1, ×2 and ×10 the requests given", () => {
    expect(defaultQueryMultipliers).toEqual([0.1, 0.5, 1, 2, 10]);
  });

  it.each([
    [100_000, 0.1, 10_000],
    [100_000, 10, 1_000_000],
    // rounds to whole requests: 15 × 0.1 = 1.5 → 2, 14 × 0.1 = 1.4 → 1, 3 × 0.5 = 1.5 → 2
    [15, 0.1, 2],
    [14, 0.1, 1],
    [3, 0.5, 2],
    [0, 10, 0],
    // never below zero
    [1_000, -1, 0],
    // capped at the contract's 100 billion: just below, at, just above
    [99_999_999_999, 1, 99_999_999_999],
    [100_000_000_000, 1, 100_000_000_000],
    [100_000_000_000, 1.000_000_01, 100_000_000_000],
    [100_000_000_000, 10, 100_000_000_000],
  ])("%d requests × %d = %d", (queries, multiplier, expected) => {
    expect(scaledQueries(queries, multiplier)).toBe(expected);
  });

  it("the cap is the contract's maximum", () => {
    expect(maxMonthlyQueries).toBe(100_000_000_000);
  });
});

describe("costs of the four architectures", () => {
  it("passes the salary level and horizon to every architecture", () => {
    const costs = costsByArchitecture(makeTraits(), v, "high", 6);
    expect(Object.keys(costs)).toEqual([...architectures]);
    for (const architecture of architectures) expect(costs[architecture].cumulative).toHaveLength(6);
    // 1 product + 0.5 evaluation at $220,000 / 12 × 1.25, 0.25 MLOps contractor at $230,000 / 12 × 1.6
    expect(costs.prompt_engineering.steadyStateMonthly.people).toBeCloseTo(42_041.666_667, 5);
  });
});

describe("query sensitivity of the neutral project (100,000 requests a month)", () => {
  const traits = makeTraits();
  const points = querySensitivity(traits, v, "mid", 24);

  it("scales the requests and re-ranks at each multiplier", () => {
    expect(points.map((p) => [p.multiplier, p.monthlyQueries])).toEqual([
      [0.1, 10_000],
      [0.5, 50_000],
      [1, 100_000],
      [2, 200_000],
      [10, 1_000_000],
    ]);
  });

  it("each point's totals are the 24-month cumulative costs at that volume", () => {
    for (const point of points) {
      const scaled = makeTraits({ monthlyQueries: point.monthlyQueries });
      const totals = byArchitecture((architecture) => architectureCost({ traits: scaled, architecture, assumptions: v }).cumulative[23]);
      expect(point.totalsAtHorizon).toEqual(totals);
      const cheapest = architectures.reduce((best, a) => (point.totalsAtHorizon[a] < point.totalsAtHorizon[best] ? a : best));
      expect(point.cheapestAtHorizon).toBe(cheapest);
    }
  });

  it("RAG at ×2 (200,000 requests): same people, twice the inference", () => {
    // People $1,337,379.81 (as at ×1: 1 RAG, 0.5 each of product, data, evaluation and MLOps after week 2).
    // Run: $1,600 inference + $0.20 query embedding + $0.004 updates + ($50 + $0.075 + $2 reads) = $1,652.279 a month
    // × 288/13 live months = $36,604.33; build $0.04. Total $1,373,984.18.
    expect(points[3]?.totalsAtHorizon.rag).toBeCloseTo(1_373_984.182_5, 3);
  });

  it("the smallest team is cheapest at every volume here: prompt engineering", () => {
    expect(points.map((p) => p.cheapestAtHorizon)).toEqual(["prompt_engineering", "prompt_engineering", "prompt_engineering", "prompt_engineering", "prompt_engineering"]);
  });

  it("reuses the costs already computed for ×1 and only for ×1", () => {
    const baseline = byArchitecture((architecture) => {
      const real = architectureCost({ traits, architecture, assumptions: v });
      return { ...real, cumulative: real.cumulative.map((value, i) => (i === 23 ? (architecture === "hybrid" ? 1 : 2) : value)) };
    });
    const reused = querySensitivity(traits, v, "mid", 24, [1, 2], baseline);
    expect(reused[0]?.totalsAtHorizon).toEqual({ prompt_engineering: 2, rag: 2, fine_tuning: 2, hybrid: 1 });
    expect(reused[0]?.cheapestAtHorizon).toBe("hybrid");
    expect(reused[1]?.totalsAtHorizon).toEqual(points[3]?.totalsAtHorizon);
  });

  it("without a baseline, ×1 is computed afresh", () => {
    expect(querySensitivity(traits, v, "mid", 24, [1])[0]?.totalsAtHorizon).toEqual(points[2]?.totalsAtHorizon);
  });

  it("reads the totals at the horizon given", () => {
    const six = querySensitivity(traits, v, "mid", 6, [1]);
    const rag = architectureCost({ traits, architecture: "rag", assumptions: v, horizonMonths: 6 });
    expect(six[0]?.totalsAtHorizon.rag).toBe(rag.cumulative[5]);
  });
});
