import { equivalentMutants as costEquivalents } from "./tests/mutation/equivalent/cost.mjs";
import { equivalentMutants as decisionEquivalents } from "./tests/mutation/equivalent/decision.mjs";
import { equivalentMutants as hiringEquivalents } from "./tests/mutation/equivalent/hiring.mjs";
import { equivalentMutants as staffingEquivalents } from "./tests/mutation/equivalent/staffing.mjs";
import { equivalentMutants as workspaceEquivalents } from "./tests/mutation/equivalent/workspace.mjs";

// Mutation testing of the pure domain libraries: `npm run test:mutation` (incremental, what CI runs),
// `npm run test:mutation:full` (every mutant again). Thresholds per folder live in scripts/mutation-gate.mjs.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  coverageAnalysis: "perTest",
  concurrency: 2,
  mutate: [
    "lib/decision/**/*.ts",
    "lib/staffing/**/*.ts",
    "lib/hiring/**/*.ts",
    "lib/cost/**/*.ts",
    // The workspace's permission policies and review workflow: the pure rules that decide who may do what, and when.
    // (calibration.ts, compare.ts, madr.ts, team-archive.ts and markdown-lite.ts join once their first full run is recorded.)
    "lib/workspace/policies.ts",
    "lib/workspace/review-workflow.ts",
    "!lib/**/*.test.ts",
    "!lib/**/index.ts",
  ],
  // Copy text (labels, rationales, job-description prose) is read by people and checked by the browser journeys;
  // a changed sentence does not change a decision. Everything else is mutated.
  mutator: { excludedMutations: ["StringLiteral"] },
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "tests/mutation/stryker-incremental.json",
  reporters: ["json", "clear-text", "progress"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  timeoutMS: 10_000,
};
export default config;

/**
 * Surviving mutants that change no behaviour, so no test can kill them, one list per domain folder with a reason each.
 * scripts/mutation-gate.mjs leaves them out of the score.
 */
export const equivalentMutants = [...decisionEquivalents, ...staffingEquivalents, ...hiringEquivalents, ...costEquivalents, ...workspaceEquivalents];
