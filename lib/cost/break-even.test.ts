import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { byArchitecture, type Architecture } from "@/lib/decision/types";
import { allBreakEvens, architecturePairs, breakEven, cheapestAtCheckpoints, rankingAt, tieToleranceUsd } from "./break-even";
import { architectureCost } from "./monthly-cost";
import { resolveAssumptions } from "./resolve-assumptions";
import type { ArchitectureCost } from "./types";

describe("break-even between two cumulative curves", () => {
  it.each([
    { name: "never flips", a: [1, 2, 3], b: [2, 4, 6], month: null, first: "rag", end: "rag" },
    { name: "flips in month 3", a: [10, 12, 14, 16], b: [2, 8, 15, 22], month: 3, first: "fine_tuning", end: "rag" },
    { name: "a tie is not a flip", a: [1, 5, 9], b: [2, 5, 10], month: null, first: "rag", end: "rag" },
    { name: "touching then crossing flips at the crossing", a: [1, 5, 9], b: [2, 5, 8], month: 3, first: "rag", end: "fine_tuning" },
    { name: "equal throughout", a: [0, 0, 0], b: [0, 0, 0], month: null, first: null, end: null },
    { name: "equal at first, then ordered: reference is the first difference", a: [0, 1, 3, 2], b: [0, 2, 2, 3], month: 3, first: "rag", end: "rag" },
    { name: "the first flip counts, not a later one back", a: [1, 3, 5, 6], b: [2, 2, 6, 8], month: 2, first: "rag", end: "rag" },
    { name: "ends in a tie", a: [1, 4], b: [2, 4], month: null, first: "rag", end: null },
    { name: "no months", a: [], b: [], month: null, first: null, end: null },
  ])("$name", ({ a, b, month, first, end }) => {
    const result = breakEven("rag", "fine_tuning", a, b);
    expect(result).toEqual({ a: "rag", b: "fine_tuning", month, cheaperFirst: first, cheaperAtEnd: end });
  });

  it("a hand-made build-heavy curve against a run-heavy one: $1,000 up front + $100 a month vs $400 a month, break-even in month 4", () => {
    // Month m: build-heavy 1,000 + 100 m = 1,100, 1,200, 1,300, 1,400, 1,500; run-heavy 400 m = 400, 800, 1,200, 1,600, 2,000.
    // Month 3 is 1,300 vs 1,200 (run-heavy still cheaper); month 4 is 1,400 vs 1,600: the build-heavy one is cheaper from month 4.
    const buildHeavy = [1_100, 1_200, 1_300, 1_400, 1_500];
    const runHeavy = [400, 800, 1_200, 1_600, 2_000];
    expect(breakEven("fine_tuning", "rag", buildHeavy, runHeavy)).toEqual({ a: "fine_tuning", b: "rag", month: 4, cheaperFirst: "rag", cheaperAtEnd: "fine_tuning" });
    expect(breakEven("rag", "fine_tuning", runHeavy, buildHeavy)).toEqual({ a: "rag", b: "fine_tuning", month: 4, cheaperFirst: "rag", cheaperAtEnd: "fine_tuning" });
  });

  it("a hand-made pair that meets exactly at month 5 and never crosses: $500 + $100 a month vs $200 a month", () => {
    // 600, 700, 800, 900, 1,000, 1,100 vs 200, 400, 600, 800, 1,000, 1,200: equal at month 5, crossing only at month 6.
    expect(breakEven("hybrid", "rag", [600, 700, 800, 900, 1_000, 1_100], [200, 400, 600, 800, 1_000, 1_200]).month).toBe(6);
    expect(breakEven("hybrid", "rag", [600, 700, 800, 900, 1_000], [200, 400, 600, 800, 1_000])).toEqual({ a: "hybrid", b: "rag", month: null, cheaperFirst: "rag", cheaperAtEnd: null });
  });

  it("compares only the months both curves cover", () => {
    // Two months in common: a is cheaper in month 1, b in month 2; the third month of the longer curve is ignored.
    expect(breakEven("rag", "hybrid", [1, 3], [2, 2, 0])).toEqual({ a: "rag", b: "hybrid", month: 2, cheaperFirst: "rag", cheaperAtEnd: "hybrid" });
    expect(breakEven("rag", "hybrid", [1, 2, 9], [2, 3])).toEqual({ a: "rag", b: "hybrid", month: null, cheaperFirst: "rag", cheaperAtEnd: "rag" });
  });

  it("covers the six pairs of architectures once each, in contract order", () => {
    expect(architecturePairs).toEqual([
      ["prompt_engineering", "rag"],
      ["prompt_engineering", "fine_tuning"],
      ["prompt_engineering", "hybrid"],
      ["rag", "fine_tuning"],
      ["rag", "hybrid"],
      ["fine_tuning", "hybrid"],
    ]);
  });
});

describe("tie tolerance of one millionth of a dollar", () => {
  it("is 1e-6 USD", () => {
    expect(tieToleranceUsd).toBe(0.000_001);
  });

  it.each([
    // a − b, cheaper of the two
    [0.000_000_9, null],
    [0.000_001, null],
    [0.000_001_1, "fine_tuning"],
    [-0.000_000_9, null],
    [-0.000_001, null],
    [-0.000_001_1, "rag"],
  ] as const)("a difference of %d counts as cheaper: %s", (diff, cheaper) => {
    const result = breakEven("rag", "fine_tuning", [diff], [0]);
    expect(result.cheaperFirst).toBe(cheaper);
    expect(result.cheaperAtEnd).toBe(cheaper);
  });

  it("a reversal inside the tolerance is not a break-even; just outside it is", () => {
    expect(breakEven("rag", "fine_tuning", [0, 10.000_000_9], [1, 10]).month).toBeNull();
    expect(breakEven("rag", "fine_tuning", [0, 10.000_001_1], [1, 10]).month).toBe(2);
  });
});

/** Real cost objects for the neutral project with hand-made cumulative curves, so the ranking is known by eye. */
const v = resolveAssumptions();
function withCurves(curves: Record<Architecture, number[]>): Record<Architecture, ArchitectureCost> {
  return byArchitecture((architecture) => ({
    ...architectureCost({ traits: makeTraits(), architecture, assumptions: v, horizonMonths: 1 }),
    cumulative: curves[architecture],
  }));
}

describe("ranking and the cheapest at 6, 12 and 24 months", () => {
  // Curves at months 1..24, flat at a level per architecture, except where a checkpoint is set by hand.
  const flat = (value: number, at: Record<number, number> = {}) => Array.from({ length: 24 }, (_, i) => at[i + 1] ?? value);
  const costs = withCurves({
    prompt_engineering: flat(500, { 6: 300, 12: 900, 24: 2_000 }),
    rag: flat(400, { 6: 350, 12: 700, 24: 1_500 }),
    fine_tuning: flat(900, { 6: 800, 12: 650, 24: 1_400 }),
    hybrid: flat(950, { 6: 900, 12: 1_000, 24: 1_300 }),
  });

  it("ranks by cumulative cost at the month, cheapest first", () => {
    expect(rankingAt(costs, 12)).toEqual([
      { architecture: "fine_tuning", cumulative: 650 },
      { architecture: "rag", cumulative: 700 },
      { architecture: "prompt_engineering", cumulative: 900 },
      { architecture: "hybrid", cumulative: 1_000 },
    ]);
  });

  it("reads a month past the curve as zero", () => {
    expect(rankingAt(costs, 25).map((r) => r.cumulative)).toEqual([0, 0, 0, 0]);
  });

  it("names the cheapest at each checkpoint", () => {
    const cheapest = cheapestAtCheckpoints(costs, 24);
    expect(cheapest.map(({ month, architecture, cumulative }) => [month, architecture, cumulative])).toEqual([
      [6, "prompt_engineering", 300],
      [12, "fine_tuning", 650],
      [24, "hybrid", 1_300],
    ]);
    expect(cheapest[2]?.ranking.map((r) => r.architecture)).toEqual(["hybrid", "fine_tuning", "rag", "prompt_engineering"]);
  });

  it.each([
    [5, []],
    [6, [6]],
    [7, [6]],
    [11, [6]],
    [12, [6, 12]],
    [13, [6, 12]],
    [23, [6, 12]],
    [24, [6, 12, 24]],
    [36, [6, 12, 24]],
  ])("a %d-month horizon reports checkpoints %j", (horizon, months) => {
    expect(cheapestAtCheckpoints(costs, horizon).map((c) => c.month)).toEqual(months);
  });

  it("keeps contract order for costs within the tie tolerance, and orders costs just outside it", () => {
    const near = (offset: number) =>
      withCurves({ prompt_engineering: [100 + offset], rag: [100], fine_tuning: [100.5], hybrid: [99] });
    expect(rankingAt(near(0.000_000_5), 1).map((r) => r.architecture)).toEqual(["hybrid", "prompt_engineering", "rag", "fine_tuning"]);
    expect(rankingAt(near(0.000_002), 1).map((r) => r.architecture)).toEqual(["hybrid", "rag", "prompt_engineering", "fine_tuning"]);
  });

  it("computes a break-even for every pair from the cumulative curves", () => {
    const pairs = withCurves({ prompt_engineering: [1, 5], rag: [2, 4], fine_tuning: [3, 3], hybrid: [1, 5] });
    expect(allBreakEvens(pairs).map((be) => [be.a, be.b, be.month])).toEqual([
      ["prompt_engineering", "rag", 2],
      ["prompt_engineering", "fine_tuning", 2],
      ["prompt_engineering", "hybrid", null],
      ["rag", "fine_tuning", 2],
      ["rag", "hybrid", 2],
      ["fine_tuning", "hybrid", 2],
    ]);
  });
});
