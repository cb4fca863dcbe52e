import { describe, expect, test } from "vitest";
import { steps } from "@/lib/decision/trait-catalog";
import { countUnanswered, validateStep } from "./step-validation";

describe("validateStep", () => {
  test("an empty step lists every question with a plain message, first one first", () => {
    const result = validateStep("problem", {});
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({ need: "Choose one answer.", taskType: "Choose one answer.", promptBaseline: "Choose one answer." });
    expect(result.firstInvalid).toBe("need");
  });

  test("only the step's own questions count", () => {
    expect(validateStep("problem", { need: "both", taskType: "agent_workflow", promptBaseline: "not_tried", latency: "strict" }).ok).toBe(true);
  });

  test("out-of-range numbers keep the contract's message; missing ones get a prompt", () => {
    const result = validateStep("resources", { labeledExamples: "none", gpuAccess: "cloud", upfrontBudgetUsd: -5 });
    expect(result.errors.upfrontBudgetUsd).toBe("The one-time budget cannot be negative.");
    expect(result.errors.monthlyQueries).toMatch(/requests per month/);
    expect(result.firstInvalid).toBe("upfrontBudgetUsd");
    expect(validateStep("resources", { labeledExamples: "none", gpuAccess: "cloud", upfrontBudgetUsd: 0, monthlyQueries: 1.5 }).errors.monthlyQueries).toBe(
      "Requests per month must be a whole number.",
    );
  });

  test("'Not sure' is an answer: the step passes with the planning default standing in", () => {
    expect(validateStep("resources", { labeledExamples: "none", gpuAccess: "cloud", upfrontBudgetUsd: 0, unsure: ["monthlyQueries"] }).ok).toBe(true);
    expect(validateStep("knowledge", { unsure: ["knowledgeChange", "corpusSize", "citations"] }).ok).toBe(true);
    // Unsure of one question leaves the others to answer.
    expect(validateStep("knowledge", { unsure: ["knowledgeChange"] }).errors).toEqual({ corpusSize: "Choose one answer.", citations: "Choose one answer." });
  });

  test("skills: unanswered is an error, an explicit empty list is an answer", () => {
    expect(validateStep("team", {}).errors.teamSkills).toMatch(/None of these yet/);
    expect(validateStep("team", { teamSkills: [] }).ok).toBe(true);
  });

  test("a boolean needs Yes or No; false is an answer", () => {
    const base = { latency: "batch", dataSensitivity: "public", timeToShip: "days" } as const;
    expect(validateStep("constraints", base).errors.perUserAccess).toBe("Choose Yes or No.");
    expect(validateStep("constraints", { ...base, perUserAccess: false }).ok).toBe(true);
  });

  test("every step validates", () => {
    for (const step of steps) expect(validateStep(step.id, {}).ok).toBe(false);
  });

  test("countUnanswered ignores invalid values", () => {
    expect(countUnanswered({ need: "knowledge", upfrontBudgetUsd: -1 }, ["need", "upfrontBudgetUsd", "latency"])).toBe(2);
  });
});
