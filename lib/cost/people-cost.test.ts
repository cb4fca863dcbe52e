import { describe, expect, it } from "vitest";
import { defaultAssumptionValues } from "./resolve-assumptions";
import { annualBasePayUsd, headcount, hiringTimes, monthlyCostPerFte, oneTimeRoleCostUsd, usdPerLocal } from "./people-cost";

const v = defaultAssumptionValues;
const role = (mode: "hire" | "train" | "contract", seniority: "junior" | "mid" | "senior" | "staff" = "mid", peakFte = 1) => ({
  seniority,
  peakFte,
  sourcing: {
    mode,
    decision: mode === "train" ? ("train" as const) : ("hire" as const),
    engagement: mode === "contract" ? ("contractor" as const) : ("full_time" as const),
    coveredSkills: [],
    missingSkills: [],
    reason: "",
  },
});

describe("pay by region and seniority", () => {
  it("converts each region's currency at the dated planning rate", () => {
    expect(usdPerLocal(v, "us")).toBe(1);
    expect(usdPerLocal(v, "remote")).toBe(1);
    expect(usdPerLocal(v, "uk")).toBe(1.27);
    expect(usdPerLocal(v, "de")).toBe(1.08);
    expect(usdPerLocal(v, "in")).toBe(0.012);
  });

  it("yearly base pay in USD", () => {
    expect(annualBasePayUsd(v, "us", "senior")).toBe(263_600);
    // £90,000 × 1.27 = $114,300.
    expect(annualBasePayUsd(v, "uk", "mid")).toBeCloseTo(114_300, 6);
    // €85,000 × 1.08 = $91,800.
    expect(annualBasePayUsd(v, "de", "senior")).toBeCloseTo(91_800, 6);
    // ₹2,070,000 × 0.012 = $24,840.
    expect(annualBasePayUsd(v, "in", "mid")).toBeCloseTo(24_840, 6);
  });

  it("employees and trained staff carry the region's on-costs; contractors the contractor factor", () => {
    // 207,600 / 12 × 1.3 = 22,490.
    expect(monthlyCostPerFte(role("hire"), v, "us")).toBeCloseTo(22_490, 6);
    expect(monthlyCostPerFte(role("train"), v, "us")).toBeCloseTo(22_490, 6);
    // 207,600 / 12 × 1.6 = 27,680.
    expect(monthlyCostPerFte(role("contract"), v, "us")).toBeCloseTo(27_680, 6);
    // India: CTC already includes on-costs, 24,840 / 12 × 1 = 2,070.
    expect(monthlyCostPerFte(role("hire"), v, "in")).toBeCloseTo(2_070, 6);
  });
});

describe("one-time costs of filling a role", () => {
  it("a part-time need is still one person", () => {
    expect(headcount(0.25)).toBe(1);
    expect(headcount(1)).toBe(1);
    expect(headcount(1.5)).toBe(2);
    expect(headcount(0)).toBe(0);
  });

  it("hires pay a recruiting fee, trained staff a course budget, contracts nothing", () => {
    expect(oneTimeRoleCostUsd(role("hire"), v, { region: "us", recruiting: "in_house" })).toBe(4_700);
    // 20% of 263,600 = 52,720.
    expect(oneTimeRoleCostUsd(role("hire", "senior"), v, { region: "us", recruiting: "agency" })).toBeCloseTo(52_720, 6);
    // Two people, agency, UK mid: 2 × 20% × 114,300 = 45,720.
    expect(oneTimeRoleCostUsd(role("hire", "mid", 1.5), v, { region: "uk", recruiting: "agency" })).toBeCloseTo(45_720, 6);
    expect(oneTimeRoleCostUsd(role("train", "mid", 0.5), v, { region: "us", recruiting: "agency" })).toBe(2_000);
    expect(oneTimeRoleCostUsd(role("contract"), v, { region: "us", recruiting: "agency" })).toBe(0);
  });
});

describe("the calendar's inputs", () => {
  it("follow the region's notice period", () => {
    expect(hiringTimes(v, "us")).toEqual({
      timeToFillWeeks: { junior: 7, mid: 7, senior: 10, staff: 13 },
      noticeWeeks: 2,
      rampUpWeeks: 4,
      contractorStartWeeks: 2,
      contractorRampWeeks: 1,
      trainingWeeks: 3,
    });
    expect(hiringTimes(v, "in").noticeWeeks).toBe(13);
    expect(hiringTimes(v, "de").noticeWeeks).toBe(12);
    expect(hiringTimes(v, "uk").noticeWeeks).toBe(4);
  });
});
