import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { makeTraits } from "@/tests/fixtures/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { architectures, roles } from "@/lib/decision/types";
import { buildPhasePlans, durationLabel, phaseDurations, staffingByPhase } from "./phases";
import { phases } from "./types";

describe("phase durations follow the architecture and the deadline", () => {
  it.each([
    { architecture: "rag" as const, timeToShip: "days" as const, maxWeeks: 2 },
    { architecture: "rag" as const, timeToShip: "weeks" as const, maxWeeks: 3 },
    { architecture: "prompt_engineering" as const, timeToShip: "days" as const, maxWeeks: 1 },
  ])("a $architecture prototype with a $timeToShip deadline takes days to weeks", ({ architecture, timeToShip, maxWeeks }) => {
    const d = phaseDurations(makeTraits({ timeToShip }), architecture);
    expect(d.prototype.maxWeeks).toBeLessThanOrEqual(maxWeeks);
  });

  it.each(["days", "weeks", "months"] as const)("a fine-tuning prototype takes weeks to months (%s)", (timeToShip) => {
    const d = phaseDurations(makeTraits({ timeToShip }), "fine_tuning");
    expect(d.prototype.minWeeks).toBeGreaterThanOrEqual(3);
  });

  it("fine-tuning always takes longer to launch than retrieval", () => {
    for (const timeToShip of ["days", "weeks", "months"] as const) {
      const t = makeTraits({ timeToShip });
      const rag = phaseDurations(t, "rag");
      const ft = phaseDurations(t, "fine_tuning");
      expect(ft.prototype.minWeeks + ft.production.minWeeks).toBeGreaterThan(rag.prototype.minWeeks + rag.production.minWeeks);
    }
  });

  it("high stakes lengthen the production phase", () => {
    const low = phaseDurations(makeTraits({ errorCost: "low" }), "rag");
    const high = phaseDurations(makeTraits({ errorCost: "high" }), "rag");
    expect(high.production.minWeeks).toBeGreaterThan(low.production.minWeeks);
  });

  it.each([
    [{ minWeeks: 0.5, maxWeeks: 1, ongoing: false }, "4 days to 1 week"],
    [{ minWeeks: 1, maxWeeks: 3, ongoing: false }, "1–3 weeks"],
    [{ minWeeks: 0.5, maxWeeks: 0.75, ongoing: false }, "4 days to 5 days"],
    [{ minWeeks: 0.5, maxWeeks: 1.5, ongoing: false }, "4 days to 1.5 weeks"],
    [{ minWeeks: 2, maxWeeks: 2, ongoing: false }, "2 weeks"],
    [{ minWeeks: 80, maxWeeks: 90, ongoing: true }, "ongoing after launch"],
  ])("labels %o as %s", (duration, label) => {
    expect(durationLabel(duration)).toBe(label);
  });
});

describe("staffing per phase", () => {
  it("each architecture is led by its own role in the prototype", () => {
    const t = makeTraits();
    expect(staffingByPhase(t, "rag").prototype.rag_engineer).toBe(1);
    expect(staffingByPhase(t, "fine_tuning").prototype.deep_learning_engineer).toBe(1);
    expect(staffingByPhase(t, "prompt_engineering").prototype.ai_product_engineer).toBe(1);
    const hybrid = staffingByPhase(t, "hybrid").prototype;
    expect(hybrid.rag_engineer).toBe(1);
    expect(hybrid.deep_learning_engineer).toBe(1);
  });

  it.each([
    { knowledgeChange: "daily" as const, scale: 1 },
    { knowledgeChange: "weekly" as const, scale: 1 },
    { knowledgeChange: "monthly" as const, scale: 0.5 },
    { knowledgeChange: "yearly" as const, scale: 0.25 },
    { knowledgeChange: "static" as const, scale: undefined },
  ])("fine-tuning with $knowledgeChange knowledge keeps $scale deep learning FTE after launch", ({ knowledgeChange, scale }) => {
    expect(staffingByPhase(makeTraits({ knowledgeChange }), "fine_tuning").scale.deep_learning_engineer).toBe(scale);
  });

  it("big, fast-changing corpora add data engineering to retrieval", () => {
    const base = staffingByPhase(makeTraits({ corpusSize: "small", knowledgeChange: "monthly" }), "rag").scale.data_engineer ?? 0;
    const heavy = staffingByPhase(makeTraits({ corpusSize: "massive", knowledgeChange: "daily" }), "rag").scale.data_engineer ?? 0;
    expect(heavy).toBeGreaterThan(base);
  });

  it("property: staffing is positive, finite, and never shrinks as requests grow", () => {
    fc.assert(
      fc.property(traitsArbitrary, fc.constantFrom(...architectures), fc.integer({ min: 0, max: 1_000_000_000 }), (traits, architecture, extra) => {
        const small = staffingByPhase(traits, architecture);
        const big = staffingByPhase({ ...traits, monthlyQueries: Math.min(traits.monthlyQueries + extra, 100_000_000_000) }, architecture);
        for (const phase of phases) {
          for (const role of roles) {
            const fte = small[phase][role];
            if (fte !== undefined) expect(fte > 0 && Number.isFinite(fte)).toBe(true);
            expect(big[phase][role] ?? 0).toBeGreaterThanOrEqual(fte ?? 0);
          }
        }
      }),
    );
  });

  it("plans report total FTE per phase", () => {
    const plans = buildPhasePlans(makeTraits(), "rag");
    expect(plans.map((p) => p.phase)).toEqual(["prototype", "production", "scale"]);
    for (const plan of plans) {
      expect(plan.totalFte).toBe(Object.values(plan.staffing).reduce((a, b) => a + b, 0));
      expect(plan.goal.length).toBeGreaterThan(10);
    }
  });
});
