import { ValidationError } from "@/lib/validation/validation-error";
import { describe, expect, it } from "vitest";
import { assumptionKeys, defaultAssumptions, regions } from "./assumptions";
import {
  assumptionOverridesSchema,
  assumptionValuesSchema,
  defaultAssumptionValues,
  resolveAssumptions,
  safeResolveAssumptions,
} from "./resolve-assumptions";

describe("cost assumptions as data", () => {
  it.each(assumptionKeys)("%s is documented and within its own bounds", (key) => {
    const a = defaultAssumptions[key];
    expect(a.label.length).toBeGreaterThan(3);
    expect(a.unit.length).toBeGreaterThan(0);
    expect(a.source.length).toBeGreaterThan(10);
    expect(a.source).not.toMatch(/https?:|www\./);
    expect(a.date).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    expect(a.min).toBeLessThanOrEqual(a.value);
    expect(a.value).toBeLessThanOrEqual(a.max);
    expect(a.min).toBeGreaterThanOrEqual(0);
    if (a.range) expect(a.range[0] <= a.value && a.value <= a.range[1]).toBe(true);
  });

  it("pays more at each step of seniority, in every region", () => {
    for (const region of regions) {
      const [junior, mid, senior, staff] = (["junior", "mid", "senior", "staff"] as const).map((level) => defaultAssumptions[`pay.${region}.${level}`].value);
      expect(junior).toBeLessThan(mid ?? 0);
      expect(mid).toBeLessThan(senior ?? 0);
      expect(senior).toBeLessThan(staff ?? 0);
    }
  });

  it("keeps the published figures: BLS percentiles × 1.56, IT Jobs Watch London, TeamLease CTC", () => {
    // 133,080 (BLS median, software developers, May 2024) × 1.56 = 207,604.8, rounded to 207,600.
    expect(defaultAssumptions["pay.us.mid"].value).toBe(207_600);
    expect(defaultAssumptions["pay.uk.mid"].value).toBe(90_000);
    expect(defaultAssumptions["pay.uk.mid"].unit).toBe("GBP per year");
    expect(defaultAssumptions["pay.in.senior"].value).toBe(4_300_000);
    expect(defaultAssumptions["overhead.in"].value).toBe(1);
    expect(defaultAssumptions["recruiting.inHouseCostUsd"].value).toBe(4_700);
  });

  it("labels every figure without a public source as an estimate", () => {
    for (const key of ["pay.remote.mid", "hiring.rampUpWeeks", "hiring.noticeWeeks.uk", "training.budgetUsd"] as const) {
      expect(defaultAssumptions[key].source).toMatch(/^Estimate/);
    }
  });

  it.each([
    ["gpu.hourlyUsd", 2.7, 4.3],
    ["embedding.usdPerMillionTokens", 0.02, 0.02],
    ["vectorStore.baseMonthlyUsd", 50, 50],
  ] as const)("%s matches the late-2026 price lists (%d–%d)", (key, low, high) => {
    expect(defaultAssumptions[key].value).toBeGreaterThanOrEqual(low);
    expect(defaultAssumptions[key].value).toBeLessThanOrEqual(high);
  });

  it("retraining frequency follows how often facts change, from frequent to none", () => {
    const order = ["realtime", "daily", "weekly", "monthly", "yearly", "static"] as const;
    const runs = order.map((change) => defaultAssumptions[`retrains.${change}`].value);
    for (let i = 1; i < runs.length; i++) expect(runs[i]).toBeLessThanOrEqual(runs[i - 1] ?? 0);
    expect(runs.at(-1)).toBe(0);
    expect(runs[1]).toBeGreaterThanOrEqual(20);
  });

  it("the defaults satisfy the full schema", () => {
    expect(assumptionValuesSchema.safeParse(defaultAssumptionValues).success).toBe(true);
  });
});

describe("resolveAssumptions", () => {
  it("returns the defaults without overrides", () => {
    expect(resolveAssumptions()).toEqual(defaultAssumptionValues);
  });

  it("applies overrides and leaves the rest alone", () => {
    const values = resolveAssumptions({ "gpu.hourlyUsd": 2.7, "pay.us.mid": 150_000 });
    expect(values["gpu.hourlyUsd"]).toBe(2.7);
    expect(values["pay.us.mid"]).toBe(150_000);
    expect(values["embedding.usdPerMillionTokens"]).toBe(0.02);
  });

  it("does not mutate the defaults", () => {
    resolveAssumptions({ "gpu.hourlyUsd": 9 });
    expect(defaultAssumptionValues["gpu.hourlyUsd"]).toBe(defaultAssumptions["gpu.hourlyUsd"].value);
  });

  it.each([
    [{ "gpu.hourlyUsd": -1 }, "gpu.hourlyUsd"],
    [{ "gpu.hourlyUsd": 1e9 }, "gpu.hourlyUsd"],
    [{ "gpu.hourlyUsd": Number.NaN }, "gpu.hourlyUsd"],
    [{ "gpu.hourlyUsd": "3" }, "gpu.hourlyUsd"],
    [{ "no.such.key": 1 }, "no.such.key"],
  ])("rejects %o with a field issue at '%s'", (overrides, path) => {
    const result = safeResolveAssumptions(overrides);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.path).toBe(path);
      expect(result.issues[0]?.message.length).toBeGreaterThan(5);
    }
    expect(() => resolveAssumptions(overrides as never)).toThrow(ValidationError);
  });

  it("gives a UI the bounds to validate single edits", () => {
    expect(assumptionOverridesSchema.safeParse({ "churn.daily": 0.3 }).success).toBe(true);
    expect(assumptionOverridesSchema.safeParse({ "churn.daily": 31 }).success).toBe(false);
  });
});
