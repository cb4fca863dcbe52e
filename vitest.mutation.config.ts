import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Mutation testing runs only the tests of the pure domain libraries: nothing else can kill a mutant there, and a
// smaller suite keeps each of the thousands of runs short. (mergeConfig would append to `include`, so replace it.)
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Thousands of runs share two cores with the mutants' own work: a slow machine is not a failing test.
    testTimeout: 60_000,
    include: ["lib/decision/**/*.test.ts", "lib/staffing/**/*.test.ts", "lib/hiring/**/*.test.ts", "lib/cost/**/*.test.ts", "lib/workspace/**/*.test.ts", "tests/domain/**/*.test.ts"],
    // Pure code: no database per worker. Property tests run on a fixed seed (see the file).
    globalSetup: [],
    setupFiles: ["tests/mutation/fixed-seed.ts"],
  },
});
