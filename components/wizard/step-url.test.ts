import { describe, expect, test } from "vitest";
import { searchForStep, stepFromSearch } from "./step-url";

describe("the step in the wizard's URL", () => {
  test.each([
    ["?step=problem", 0],
    ["?step=knowledge", 1],
    ["?step=team", 5],
    ["?step=nope", undefined],
    ["", undefined],
    ["?other=1&step=resources", 4],
  ])("%s → %s", (search, index) => {
    expect(stepFromSearch(search)).toBe(index);
  });

  test("writes the step and keeps other parameters", () => {
    expect(searchForStep("", 2)).toBe("?step=behavior");
    expect(searchForStep("?x=1&step=problem", 3)).toBe("?x=1&step=constraints");
    expect(searchForStep("", 99)).toBe("?step=problem");
  });
});
