import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import { architectureCost, weeksPerMonth } from "./monthly-cost";
import { resolveAssumptions } from "./resolve-assumptions";
import { computeCostModel } from "./model";

const v = resolveAssumptions();
const cost = (architecture: Architecture, traits: Partial<Traits> = {}, overrides = {}) =>
  architectureCost({ traits: makeTraits(traits), architecture, assumptions: resolveAssumptions(overrides) });

describe("monthly cost per architecture", () => {
  it.each<{ architecture: Architecture; build: boolean; retraining: boolean; vector: boolean }>([
    { architecture: "prompt_engineering", build: false, retraining: false, vector: false },
    { architecture: "rag", build: true, retraining: false, vector: true },
    { architecture: "fine_tuning", build: true, retraining: true, vector: false },
    { architecture: "hybrid", build: true, retraining: true, vector: true },
  ])("$architecture has the cost lines its design implies", ({ architecture, build, retraining, vector }) => {
    const c = cost(architecture, { knowledgeChange: "weekly" });
    expect(c.months).toHaveLength(24);
    expect(c.totals.build > 0).toBe(build);
    expect(c.totals.retraining > 0).toBe(retraining);
    expect(c.months.some((m) => m.detail.vectorStore > 0)).toBe(vector);
    expect(c.totals.people).toBeGreaterThan(0);
    expect(c.totals.run).toBeGreaterThan(0);
  });

  it("cumulative is the running sum of the monthly totals, and totals add up", () => {
    const c = cost("hybrid");
    let sum = 0;
    c.months.forEach((m, i) => {
      expect(m.total).toBeCloseTo(m.people + m.build + m.run + m.retraining, 6);
      sum += m.total;
      expect(m.cumulative).toBeCloseTo(sum, 6);
      expect(c.cumulative[i]).toBe(m.cumulative);
    });
    expect(c.totals.total).toBeCloseTo(sum, 6);
  });

  it("run and retraining start at launch; build is spread over the weeks before it", () => {
    const c = cost("fine_tuning", { knowledgeChange: "daily", timeToShip: "months" });
    const launchMonth = Math.floor(c.launchWeek / weeksPerMonth) + 1;
    expect(c.launchMonth).toBe(launchMonth);
    for (const m of c.months) {
      if (m.month < launchMonth) {
        expect(m.run).toBe(0);
        expect(m.retraining).toBe(0);
      }
      if (m.month > launchMonth) expect(m.build).toBe(0);
    }
    expect(c.months.reduce((s, m) => s + m.build, 0)).toBeCloseTo(c.oneTimeBuild, 6);
  });

  it("embedding the corpus costs tokens × price", () => {
    const c = cost("rag", { corpusSize: "large" });
    expect(c.oneTimeBuild).toBeCloseTo((v["corpus.tokens.large"] / 1e6) * v["embedding.usdPerMillionTokens"], 6);
  });

  it("fine-tuning runs cost GPU-hours × rate, cheaper on owned GPUs", () => {
    const rented = cost("hybrid", { labeledExamples: "thousands", gpuAccess: "cloud" });
    const owned = cost("hybrid", { labeledExamples: "thousands", gpuAccess: "dedicated" });
    const runs = v["fineTuning.experimentRuns"] * v["fineTuning.gpuHours.examples.thousands"];
    expect(rented.months.reduce((s, m) => s + m.detail.trainingRuns, 0)).toBeCloseTo(runs * v["gpu.hourlyUsd"], 6);
    expect(owned.oneTimeBuild).toBeLessThan(rented.oneTimeBuild);
  });

  it.each(["realtime", "daily", "weekly", "monthly", "yearly", "static"] as const)(
    "retraining scales with how often facts change (%s)",
    (knowledgeChange) => {
      const c = cost("fine_tuning", { knowledgeChange });
      expect(c.units.retrainsPerMonth).toBe(v[`retrains.${knowledgeChange}`]);
      expect(c.totals.retraining === 0).toBe(knowledgeChange === "static");
    },
  );

  it("a hybrid retrains less than a fine-tuned-only system when facts change fast", () => {
    expect(cost("hybrid", { knowledgeChange: "daily" }).totals.retraining).toBeLessThan(cost("fine_tuning", { knowledgeChange: "daily" }).totals.retraining);
  });

  it("fine-tuning with daily-changing facts makes retraining the dominant non-people cost, and the model says so", () => {
    const traits = makeTraits({ need: "knowledge", knowledgeChange: "daily", corpusSize: "small", monthlyQueries: 100_000 });
    const model = computeCostModel(traits);
    const ft = model.byArchitecture.fine_tuning;
    expect(ft.dominantNonPeople).toBe("retraining");
    expect(ft.totals.retraining).toBeGreaterThan(ft.totals.run + ft.totals.build);
    const note = model.notes.find((n) => n.code === "retraining-dominates" && n.architecture === "fine_tuning");
    expect(note?.message).toMatch(/retraining is the largest cost after salaries/);
    expect(note?.message).toMatch(/30 times a month/);
  });

  it("people cost follows the region: India's pay is below the US's", () => {
    const t = makeTraits();
    const india = architectureCost({ traits: t, architecture: "rag", assumptions: v, people: { region: "in", recruiting: "in_house" } }).totals.people;
    const us = architectureCost({ traits: t, architecture: "rag", assumptions: v, people: { region: "us", recruiting: "in_house" } }).totals.people;
    expect(india).toBeLessThan(us);
  });

  it("an agency fee (20% of first-year base) costs more than in-house recruiting ($4,700) for these hires", () => {
    const t = makeTraits();
    const agency = architectureCost({ traits: t, architecture: "rag", assumptions: v, people: { region: "us", recruiting: "agency" } }).totals.people;
    const inHouse = architectureCost({ traits: t, architecture: "rag", assumptions: v, people: { region: "us", recruiting: "in_house" } }).totals.people;
    // The senior RAG engineer alone: 20% × 263,600 = 52,720 against 4,700.
    expect(agency - inHouse).toBeGreaterThan(52_720 - 4_700);
  });

  it("pays each role by seniority and region, with on-costs for employees and the contractor factor for contracts", () => {
    const c = architectureCost({ traits: makeTraits(), architecture: "prompt_engineering", assumptions: v });
    // Prompt engineering at scale, neutral project, US defaults:
    // AI product engineer, senior, hired, 1 FTE: 263,600 / 12 × 1.3 = 28,556.67
    // evaluation engineer, mid, hired, 0.5 FTE: 207,600 / 12 × 1.3 × 0.5 = 11,245
    // MLOps engineer, mid, contracted, 0.25 FTE: 207,600 / 12 × 1.6 × 0.25 = 6,920
    expect(c.steadyStateMonthly.people).toBeCloseTo(28_556.67 + 11_245 + 6_920, 1);
  });

  it("prompt-only knowledge work carries its reference material in every request", () => {
    const knowledge = cost("prompt_engineering", { need: "knowledge" });
    const behaviour = cost("prompt_engineering", { need: "behavior" });
    expect(knowledge.units.tokensPerQuery).toBeGreaterThan(behaviour.units.tokensPerQuery);
    expect(knowledge.totals.run).toBeGreaterThan(behaviour.totals.run);
  });

  it("user overrides move the numbers", () => {
    const base = cost("rag", { monthlyQueries: 1_000_000 });
    const pricier = cost("rag", { monthlyQueries: 1_000_000 }, { "llm.usdPer1kTokens": 0.01 });
    expect(pricier.totals.run).toBeGreaterThan(base.totals.run);
    expect(pricier.totals.people).toBe(base.totals.people);
  });
});

describe("the corpus's real size drives embedding and storage", () => {
  it("a document count replaces the size bucket's token estimate", () => {
    const v = resolveAssumptions();
    // 120,000 documents × 4 pages (default) × 500 tokens a page = 240,000,000 tokens; × $0.02 per million = $4.80.
    const counted = architectureCost({ traits: makeTraits({ corpusSize: "large", corpusDocuments: 120_000 }), architecture: "rag", assumptions: v });
    expect(counted.units.corpusTokens).toBe(240_000_000);
    expect(counted.totals.build).toBeCloseTo(4.8, 6);
    // With 2.5 pages a document: 120,000 × 2.5 × 500 = 150,000,000 tokens.
    const shorter = architectureCost({ traits: makeTraits({ corpusSize: "large", corpusDocuments: 120_000, documentPages: 2.5 }), architecture: "rag", assumptions: v });
    expect(shorter.units.corpusTokens).toBe(150_000_000);
    // The bucket alone: 2,000,000,000 tokens for "up to about a million documents".
    expect(architectureCost({ traits: makeTraits({ corpusSize: "large" }), architecture: "rag", assumptions: v }).units.corpusTokens).toBe(2_000_000_000);
  });
});
