import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Mutation testing runs only the tests of the pure domain libraries: nothing else can kill a mutant there, and a
// smaller suite keeps each of the thousands of runs short. (mergeConfig would append to `include`, so replace it.)
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["lib/decision/**/*.test.ts", "lib/staffing/**/*.test.ts", "lib/hiring/**/*.test.ts", "lib/cost/**/*.test.ts", "tests/domain/**/*.test.ts"],
  },
});
