import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without type declarations
import { score } from "../../scripts/mutation-gate.mjs";

const source = "export const limit = (n) => n < 10;\n";
const mutant = (status: string, replacement: string) => ({
  mutatorName: "EqualityOperator",
  replacement,
  status,
  location: { start: { line: 1, column: 29 }, end: { line: 1, column: 35 } },
});

describe("mutation gate score", () => {
  it("counts killed and timed-out mutants as detected, survivors and uncovered ones as not", () => {
    const report = {
      files: {
        "lib/cost/a.ts": { source, mutants: [mutant("Killed", "n <= 10"), mutant("Timeout", "n > 10"), mutant("Survived", "n >= 10"), mutant("NoCoverage", "true")] },
        "lib/cost/b.ts": { source, mutants: [mutant("CompileError", "x"), mutant("Ignored", "y")] },
      },
    };
    const { folders } = score(report);
    expect(folders.get("lib/cost")).toEqual({ detected: 2, undetected: 2, equivalent: 0 });
  });

  it("leaves out a survivor the config records as equivalent, matched by its original code, and reports unused entries", () => {
    const report = { files: { "lib/cost/a.ts": { source, mutants: [mutant("Killed", "n <= 10"), mutant("Survived", "n >= 10")] } } };
    const equivalent = { file: "lib/cost/a.ts", mutator: "EqualityOperator", original: "n < 10", replacement: "n >= 10", reason: "test" };
    const stale = { file: "lib/cost/a.ts", mutator: "EqualityOperator", original: "n > 99", reason: "gone" };
    const { folders, unusedEquivalents } = score(report, [equivalent, stale]);
    expect(folders.get("lib/cost")).toEqual({ detected: 1, undetected: 0, equivalent: 1 });
    expect(unusedEquivalents).toEqual([stale]);
  });

  it("does not excuse a survivor whose replacement differs from the recorded one", () => {
    const report = { files: { "lib/cost/a.ts": { source, mutants: [mutant("Survived", "n > 10")] } } };
    const equivalent = { file: "lib/cost/a.ts", mutator: "EqualityOperator", original: "n < 10", replacement: "n >= 10", reason: "test" };
    expect(score(report, [equivalent]).folders.get("lib/cost")).toEqual({ detected: 0, undetected: 1, equivalent: 0 });
  });
});
