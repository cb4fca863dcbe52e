import { describe, expect, it } from "vitest";
import { isTeamSkill, maxMonthlyQueries, maxUpfrontBudgetUsd, traitsSchema } from "./traits";
import { isTraitKey } from "./trait-keys";
import { neutralTraits } from "@/tests/fixtures/traits";

const accepts = (overrides: Record<string, unknown>) => traitsSchema.safeParse({ ...neutralTraits, ...overrides }).success;

describe("traits schema limits", () => {
  it("publishes its limits: a billion dollars, a hundred billion requests", () => {
    expect(maxUpfrontBudgetUsd).toBe(1_000_000_000);
    expect(maxMonthlyQueries).toBe(100_000_000_000);
  });

  it.each([
    [0, true],
    [0.5, true],
    [-0.01, false],
    [1_000_000_000, true],
    [1_000_000_000.01, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ["25000", false],
  ])("one-time budget %s → %s", (upfrontBudgetUsd, ok) => {
    expect(accepts({ upfrontBudgetUsd })).toBe(ok);
  });

  it.each([
    [0, true],
    [-1, false],
    [1.5, false],
    [100_000_000_000, true],
    [100_000_000_001, false],
  ])("monthly requests %s → %s", (monthlyQueries, ok) => {
    expect(accepts({ monthlyQueries })).toBe(ok);
  });

  it.each([
    [[], true],
    [["retrieval", "evaluation"], true],
    [["prompt_engineering", "retrieval", "vector_databases", "model_training", "mlops", "data_engineering", "evaluation"], true],
    [["retrieval", "retrieval"], false],
    [["retrieval", "evaluation", "retrieval"], false],
    [["cooking"], false],
    ["retrieval", false],
  ])("team skills %j → %s", (teamSkills, ok) => {
    expect(accepts({ teamSkills })).toBe(ok);
  });
});

describe("guards", () => {
  it.each([
    ["retrieval", true],
    ["evaluation", true],
    ["knowledge", false],
    ["", false],
    [undefined, false],
  ])("isTeamSkill(%j) → %s", (value, ok) => {
    expect(isTeamSkill(value)).toBe(ok);
  });

  it.each([
    ["need", true],
    ["promptBaseline", true],
    ["colour", false],
    ["toString", false],
  ])("isTraitKey(%j) → %s", (key, ok) => {
    expect(isTraitKey(key)).toBe(ok);
  });
});
