import { describe, expect, it } from "vitest";
import { architecturePairs, breakEven } from "./break-even";

describe("break-even between two cumulative curves", () => {
  it.each([
    { name: "never flips", a: [1, 2, 3], b: [2, 4, 6], month: null, first: "rag", end: "rag" },
    { name: "flips in month 3", a: [10, 12, 14, 16], b: [2, 8, 15, 22], month: 3, first: "fine_tuning", end: "rag" },
    { name: "a tie is not a flip", a: [1, 5, 9], b: [2, 5, 10], month: null, first: "rag", end: "rag" },
    { name: "touching then crossing flips at the crossing", a: [1, 5, 9], b: [2, 5, 8], month: 3, first: "rag", end: "fine_tuning" },
    { name: "equal throughout", a: [0, 0, 0], b: [0, 0, 0], month: null, first: null, end: null },
    { name: "equal at first, then ordered: reference is the first difference", a: [0, 1, 3, 2], b: [0, 2, 2, 3], month: 3, first: "rag", end: "rag" },
  ])("$name", ({ a, b, month, first, end }) => {
    const result = breakEven("rag", "fine_tuning", a, b);
    expect(result).toEqual({ a: "rag", b: "fine_tuning", month, cheaperFirst: first, cheaperAtEnd: end });
  });

  it("covers the six pairs of architectures once each", () => {
    expect(architecturePairs).toHaveLength(6);
    expect(new Set(architecturePairs.map(([a, b]) => `${a}|${b}`)).size).toBe(6);
    for (const [a, b] of architecturePairs) expect(a).not.toBe(b);
  });
});
