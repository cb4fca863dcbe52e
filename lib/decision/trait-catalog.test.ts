import { describe, expect, it } from "vitest";
import { answerLabel, questions, questionsByKey, questionsForStep, steps } from "./trait-catalog";
import { traitKeys } from "./traits";

describe("answerLabel: one answer in words", () => {
  it.each([
    ["need", "knowledge", "New knowledge"],
    ["latency", "strict", "Under 300 ms"],
    ["labeledExamples", "tens_of_thousands", "Tens of thousands or more"],
    ["perUserAccess", true, "Yes"],
    ["perUserAccess", false, "No"],
    ["upfrontBudgetUsd", 0, "$0"],
    ["upfrontBudgetUsd", 4_999.99, "$5,000"],
    ["upfrontBudgetUsd", 25_000, "$25,000"],
    ["upfrontBudgetUsd", 1_000_000_000, "$1,000,000,000"],
    ["monthlyQueries", 0, "0 requests / month"],
    ["monthlyQueries", 999, "999 requests / month"],
    ["monthlyQueries", 1_000, "1K requests / month"],
    ["monthlyQueries", 12_345, "12.3K requests / month"],
    ["monthlyQueries", 1_500_000, "1.5M requests / month"],
    ["monthlyQueries", 10_000_000, "10M requests / month"],
    ["teamSkills", [], "No listed skills"],
    ["teamSkills", ["retrieval"], "Retrieval pipelines"],
    ["teamSkills", ["evaluation", "mlops"], "Evaluation, MLOps"],
  ] as const)("%s = %j → %s", (key, answer, label) => {
    expect(answerLabel(key, answer as never)).toBe(label);
  });

  it("falls back to the answer itself for a value the catalog does not know", () => {
    expect(answerLabel("latency", "instant" as never)).toBe("instant");
  });
});

describe("questions", () => {
  it("asks every trait once, by key", () => {
    expect(questions.map((q) => q.key).sort()).toEqual([...traitKeys].sort());
    for (const key of traitKeys) expect(questionsByKey[key].key).toBe(key);
  });

  it.each([
    ["problem", ["need", "taskType", "promptBaseline"]],
    ["knowledge", ["knowledgeChange", "corpusSize", "citations"]],
    ["behavior", ["outputControl", "domainVocabulary", "errorCost"]],
    ["constraints", ["latency", "dataSensitivity", "perUserAccess", "timeToShip"]],
    ["resources", ["labeledExamples", "gpuAccess", "upfrontBudgetUsd", "monthlyQueries"]],
    ["team", ["teamSkills"]],
  ] as const)("step %s asks %j, in order", (step, keys) => {
    expect(questionsForStep(step).map((q) => q.key)).toEqual(keys);
  });

  it("has the six wizard steps in order", () => {
    expect(steps.map((s) => s.id)).toEqual(["problem", "knowledge", "behavior", "constraints", "resources", "team"]);
  });
});
