import { describe, expect, it } from "vitest";
import { recommend } from "./recommend";
import { makeTraits } from "@/tests/fixtures/traits";
import { decisionMatrix, flowchart, threeQuestions } from "@/tests/domain/seed-scenarios";

describe.each([
  ["seed 003 decision matrix", decisionMatrix],
  ["seed 004 flowchart", flowchart],
  ["seed 000 three questions", threeQuestions],
])("%s", (_title, scenarios) => {
  it.each(scenarios.map((s) => [s.name, s] as const))("%s", (_name, scenario) => {
    const result = recommend(scenario.traits);
    expect(result.recommendation.architecture, JSON.stringify(result.scores)).toBe(scenario.expected);
  });
});

describe("seed 000: the fast-shipping answer is decisive", () => {
  it("the same behaviour project moves away from fine-tuning when it must ship in days", () => {
    const slow = makeTraits({ need: "behavior", taskType: "branded_content", citations: "none", labeledExamples: "hundreds", timeToShip: "months" });
    expect(recommend(slow).recommendation.architecture).toBe("fine_tuning");
    expect(recommend({ ...slow, timeToShip: "days" }).recommendation.architecture).not.toBe("fine_tuning");
  });
});
