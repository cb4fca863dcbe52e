import { ValidationError } from "@/lib/validation/validation-error";
import { describe, expect, it } from "vitest";
import { assumptionGroups, assumptionKeys, defaultAssumptions, regions, type AssumptionGroup, type AssumptionKey } from "./assumptions";
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

  it("keeps each region's pay in the currency its source publishes", () => {
    expect(defaultAssumptions["pay.us.mid"].unit).toBe("USD per year");
    expect(defaultAssumptions["pay.uk.mid"].unit).toBe("GBP per year");
    expect(defaultAssumptions["pay.de.mid"].unit).toBe("EUR per year");
    expect(defaultAssumptions["pay.in.mid"].unit).toBe("INR per year");
    expect(defaultAssumptions["pay.remote.mid"].unit).toBe("USD per year");
  });

  it("labels every figure without a public source as an estimate, and names its source otherwise", () => {
    for (const key of ["pay.remote.mid", "hiring.rampUpWeeks", "hiring.noticeWeeks.uk", "training.budgetUsd", "corpus.tokensPerPage"] as const) {
      expect(defaultAssumptions[key].source).toMatch(/^Estimate/);
    }
    expect(defaultAssumptions["pay.us.mid"].source).toMatch(/^BLS Occupational Employment and Wage Statistics, May 2024/);
    expect(defaultAssumptions["pay.uk.mid"].source).toMatch(/^IT Jobs Watch/);
    expect(defaultAssumptions["recruiting.inHouseCostUsd"].source).toMatch(/^SHRM/);
    expect(defaultAssumptions["hiring.timeToFillWeeks.mid"].source).toMatch(/^LinkedIn Economic Graph/);
    for (const key of assumptionKeys) expect(defaultAssumptions[key].source).not.toMatch(/\bseeds?\b/i);
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
    expect(defaultAssumptionValues["gpu.hourlyUsd"]).toBe(3.5);
    expect(defaultAssumptions["gpu.hourlyUsd"].value).toBe(3.5);
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

/**
 * Every default, restated by hand from lib/cost/assumptions.ts: key, value, group, min, max. A changed default, group
 * or bound must change this table too, so the change is seen in review.
 */
const pinned: readonly (readonly [key: AssumptionKey, value: number, group: AssumptionGroup, min: number, max: number])[] = [
  // US: BLS OEWS May 2024 software developers, percentiles 25/50/75/90 × 1.56: 103,050 → 160,758 ≈ 160,800;
  // 133,080 → 207,605 ≈ 207,600; 169,000 → 263,640 ≈ 263,600; 211,450 → 329,862 ≈ 329,900.
  ["pay.us.junior", 160_800, "people", 0, 2_000_000],
  ["pay.us.mid", 207_600, "people", 0, 2_000_000],
  ["pay.us.senior", 263_600, "people", 0, 2_000_000],
  ["pay.us.staff", 329_900, "people", 0, 2_000_000],
  // UK: IT Jobs Watch London ML, percentiles 25/50/75/90, GBP.
  ["pay.uk.junior", 68_375, "people", 0, 2_000_000],
  ["pay.uk.mid", 90_000, "people", 0, 2_000_000],
  ["pay.uk.senior", 120_000, "people", 0, 2_000_000],
  ["pay.uk.staff", 150_000, "people", 0, 2_000_000],
  // Germany, EUR: Stepstone entry 53k, gehalt.de median 5,536 × 12 = 66,432 ≈ 66k, 8–10 years 85k, staff an estimate.
  ["pay.de.junior", 53_000, "people", 0, 2_000_000],
  ["pay.de.mid", 66_000, "people", 0, 2_000_000],
  ["pay.de.senior", 85_000, "people", 0, 2_000_000],
  ["pay.de.staff", 100_000, "people", 0, 2_000_000],
  // India, INR CTC: TeamLease ₹8.2 / 20.7 / 43 / 59 LPA.
  ["pay.in.junior", 820_000, "people", 0, 200_000_000],
  ["pay.in.mid", 2_070_000, "people", 0, 200_000_000],
  ["pay.in.senior", 4_300_000, "people", 0, 200_000_000],
  ["pay.in.staff", 5_900_000, "people", 0, 200_000_000],
  ["pay.remote.junior", 80_000, "people", 0, 2_000_000],
  ["pay.remote.mid", 110_000, "people", 0, 2_000_000],
  ["pay.remote.senior", 150_000, "people", 0, 2_000_000],
  ["pay.remote.staff", 190_000, "people", 0, 2_000_000],
  ["fx.usdPerGbp", 1.27, "people", 0.01, 10],
  ["fx.usdPerEur", 1.08, "people", 0.01, 10],
  ["fx.usdPerInr", 0.012, "people", 0.0001, 1],
  ["overhead.us", 1.3, "people", 1, 3],
  ["overhead.uk", 1.18, "people", 1, 3],
  ["overhead.de", 1.21, "people", 1, 3],
  ["overhead.in", 1, "people", 1, 3],
  ["overhead.remote", 1.15, "people", 1, 3],
  ["people.contractorFactor", 1.6, "people", 0.5, 5],
  ["recruiting.agencyFeeShare", 0.2, "people", 0, 1],
  ["recruiting.inHouseCostUsd", 4_700, "people", 0, 200_000],
  ["training.budgetUsd", 2_000, "people", 0, 100_000],
  // LinkedIn: 49 days = 7 weeks for engineering; senior and staff longer (weak recruiter reports of 90+ days ≈ 13 weeks).
  ["hiring.timeToFillWeeks.junior", 7, "hiring", 0, 52],
  ["hiring.timeToFillWeeks.mid", 7, "hiring", 0, 52],
  ["hiring.timeToFillWeeks.senior", 10, "hiring", 0, 52],
  ["hiring.timeToFillWeeks.staff", 13, "hiring", 0, 52],
  ["hiring.noticeWeeks.us", 2, "hiring", 0, 52],
  ["hiring.noticeWeeks.uk", 4, "hiring", 0, 52],
  ["hiring.noticeWeeks.de", 12, "hiring", 0, 52],
  // 90 days ≈ 13 weeks.
  ["hiring.noticeWeeks.in", 13, "hiring", 0, 52],
  ["hiring.noticeWeeks.remote", 4, "hiring", 0, 52],
  ["hiring.rampUpWeeks", 4, "hiring", 0, 52],
  ["hiring.contractorStartWeeks", 2, "hiring", 0, 52],
  ["hiring.contractorRampWeeks", 1, "hiring", 0, 52],
  ["hiring.trainingWeeks", 3, "hiring", 0, 52],
  ["gpu.hourlyUsd", 3.5, "build", 0, 100],
  ["gpu.ownedCostFactor", 0.5, "build", 0, 2],
  ["fineTuning.experimentRuns", 6, "build", 1, 100],
  ["fineTuning.gpuHours.examples.none", 2, "build", 0, 100_000],
  ["fineTuning.gpuHours.examples.under_100", 2, "build", 0, 100_000],
  ["fineTuning.gpuHours.examples.hundreds", 4, "build", 0, 100_000],
  ["fineTuning.gpuHours.examples.thousands", 12, "build", 0, 100_000],
  ["fineTuning.gpuHours.examples.tens_of_thousands", 40, "build", 0, 100_000],
  ["fineTuning.gpuHours.corpus.fits_in_prompt", 2, "build", 0, 1_000_000],
  ["fineTuning.gpuHours.corpus.small", 24, "build", 0, 1_000_000],
  ["fineTuning.gpuHours.corpus.large", 400, "build", 0, 1_000_000],
  ["fineTuning.gpuHours.corpus.massive", 4_000, "build", 0, 1_000_000],
  ["embedding.usdPerMillionTokens", 0.02, "build", 0, 10],
  ["corpus.tokens.fits_in_prompt", 20_000, "build", 0, 1e9],
  ["corpus.tokens.small", 2_000_000, "build", 0, 1e12],
  ["corpus.tokens.large", 2_000_000_000, "build", 0, 1e13],
  ["corpus.tokens.massive", 40_000_000_000, "build", 0, 1e14],
  ["corpus.tokensPerPage", 500, "build", 1, 100_000],
  ["corpus.pagesPerDocument", 4, "build", 0.01, 100_000],
  ["corpus.tokensPerChunk", 400, "build", 50, 8_000],
  ["llm.usdPer1kTokens", 0.002, "run", 0, 1],
  ["llm.fineTunedPriceFactor", 1.5, "run", 0.1, 10],
  ["tokens.perQuery.prompt", 1_500, "run", 0, 1_000_000],
  ["tokens.perQuery.staticContext", 8_000, "run", 0, 2_000_000],
  ["tokens.perQuery.retrievedContext", 2_500, "run", 0, 1_000_000],
  ["tokens.perQuery.fineTuned", 600, "run", 0, 1_000_000],
  ["tokens.perQuery.queryEmbedding", 50, "run", 0, 100_000],
  ["vectorStore.baseMonthlyUsd", 50, "run", 0, 100_000],
  ["vectorStore.usdPerMillionVectorsMonthly", 15, "run", 0, 10_000],
  ["vectorStore.usdPerMillionQueries", 10, "run", 0, 10_000],
  ["churn.realtime", 1, "run", 0, 30],
  ["churn.daily", 0.6, "run", 0, 30],
  ["churn.weekly", 0.25, "run", 0, 30],
  ["churn.monthly", 0.1, "run", 0, 30],
  ["churn.yearly", 0.01, "run", 0, 30],
  ["churn.static", 0, "run", 0, 30],
  ["retrains.realtime", 30, "retraining", 0, 100],
  ["retrains.daily", 30, "retraining", 0, 100],
  ["retrains.weekly", 4.35, "retraining", 0, 100],
  ["retrains.monthly", 1, "retraining", 0, 100],
  ["retrains.yearly", 1 / 12, "retraining", 0, 100],
  ["retrains.static", 0, "retraining", 0, 100],
  ["retrains.hybridBehaviour", 0.25, "retraining", 0, 100],
];

/** A step of one part in a billion of the bound (at least 1e-9), so "just outside" stays representable at 1e14. */
const step = (bound: number) => Math.max(1e-9, Math.abs(bound) * 1e-9);

describe("the defaults, pinned", () => {
  it("lists exactly the pinned keys, in the same order", () => {
    expect(assumptionKeys).toEqual(pinned.map(([key]) => key));
    // 61 before pay by region: − 18 role salaries − 1 overhead + 20 pay + 3 rates + 5 overheads + 3 one-time costs
    // + 13 hiring-calendar figures + 2 corpus figures = 88.
    expect(assumptionKeys).toHaveLength(88);
  });

  it.each(pinned)("%s = %d (%s, bounds %d–%d)", (key, value, group, min, max) => {
    const a = defaultAssumptions[key];
    expect(a.value).toBe(value);
    expect(defaultAssumptionValues[key]).toBe(value);
    expect(a.group).toBe(group);
    expect(a.min).toBe(min);
    expect(a.max).toBe(max);
    expect(a.date).toBe("2026-11");
  });

  it("only the GPU price has an observed range, $2.70–$4.30 an hour", () => {
    expect(defaultAssumptions["gpu.hourlyUsd"].range).toEqual([2.7, 4.3]);
    expect(assumptionKeys.filter((key) => "range" in defaultAssumptions[key])).toEqual(["gpu.hourlyUsd"]);
  });

  it("groups the assumptions as people, hiring, build, run, retraining", () => {
    expect(assumptionGroups).toEqual(["people", "hiring", "build", "run", "retraining"]);
  });
});

describe("validation bounds: at, just below and just above each edge", () => {
  it.each(pinned)("%s accepts its bounds and rejects just outside them", (key, _value, _group, min, max) => {
    expect(resolveAssumptions({ [key]: min })[key]).toBe(min);
    expect(resolveAssumptions({ [key]: max })[key]).toBe(max);
    expect(resolveAssumptions({ [key]: min + step(min) })[key]).toBe(min + step(min));
    expect(resolveAssumptions({ [key]: max - step(max) })[key]).toBe(max - step(max));
    for (const outside of [min - step(min), max + step(max), Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const result = safeResolveAssumptions({ [key]: outside });
      expect(result).toMatchObject({ ok: false, issues: [{ path: key }] });
    }
  });

  it("the full schema rejects a set with one value out of bounds, and one with a key missing", () => {
    expect(assumptionValuesSchema.safeParse({ ...defaultAssumptionValues, "corpus.tokensPerChunk": 49 }).success).toBe(false);
    const { "gpu.hourlyUsd": _dropped, ...missing } = defaultAssumptionValues;
    expect(assumptionValuesSchema.safeParse(missing).success).toBe(false);
  });

  it("reports every bad field, not only the first", () => {
    const result = safeResolveAssumptions({ "churn.daily": -0.1, "corpus.tokensPerChunk": 8_001 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path).sort()).toEqual(["churn.daily", "corpus.tokensPerChunk"]);
  });

  it("treats null and undefined overrides as no edits", () => {
    expect(safeResolveAssumptions(null)).toEqual({ ok: true, values: defaultAssumptionValues });
    expect(safeResolveAssumptions(undefined)).toEqual({ ok: true, values: defaultAssumptionValues });
    expect(safeResolveAssumptions()).toEqual({ ok: true, values: defaultAssumptionValues });
  });

  it("an edit replaces one value and keeps every other default", () => {
    const values = resolveAssumptions({ "churn.static": 0.5 });
    const changed = assumptionKeys.filter((key) => values[key] !== defaultAssumptionValues[key]);
    expect(changed).toEqual(["churn.static"]);
    expect(values["churn.static"]).toBe(0.5);
  });

  it("rejects a value that is not a number", () => {
    expect(safeResolveAssumptions({ "gpu.hourlyUsd": null }).ok).toBe(false);
    expect(safeResolveAssumptions("gpu.hourlyUsd=3").ok).toBe(false);
  });
});

describe("messages for bad edits name cost assumptions, not traits", () => {
  it("an unknown key", () => {
    expect(safeResolveAssumptions({ "gpu.hourlyUsdd": 3 })).toEqual({
      ok: false,
      issues: [{ path: "gpu.hourlyUsdd", message: 'Unknown field "gpu.hourlyUsdd": it is not one of the cost assumptions.' }],
    });
  });

  it("something other than an object", () => {
    expect(safeResolveAssumptions(42)).toEqual({ ok: false, issues: [{ path: "", message: "Send the cost assumptions as a JSON object." }] });
  });
});
