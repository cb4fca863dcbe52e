import { describe, expect, it } from "vitest";
import { maxMonthlyQueries } from "@/lib/decision/traits";
import { defaultQueryMultipliers, scaledQueries } from "./sensitivity";

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
