import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/decision/recommend";
import { maxMonthlyQueries } from "@/lib/decision/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { architectures, type Architecture } from "@/lib/decision/types";
import { assumptionKeys, defaultAssumptions, type AssumptionKey } from "./assumptions";
import { architecturePairs, tieToleranceUsd } from "./break-even";
import { computeCostModel } from "./model";
import { architectureCost } from "./monthly-cost";
import { resolveAssumptions, type AssumptionOverrides } from "./resolve-assumptions";
import { regions } from "./assumptions";
import { recruitingModes } from "./people-cost";
import type { CostModel } from "./types";

/** Random valid edits: a handful of assumptions set anywhere inside their bounds. */
const overridesArbitrary: fc.Arbitrary<AssumptionOverrides> = fc
  .uniqueArray(fc.constantFrom(...assumptionKeys), { maxLength: 8 })
  .chain((keys) =>
    fc.tuple(...keys.map((key) => fc.double({ min: defaultAssumptions[key].min, max: defaultAssumptions[key].max, noNaN: true }))).map((values) => {
      const out: Partial<Record<AssumptionKey, number>> = {};
      keys.forEach((key, i) => (out[key] = values[i] ?? defaultAssumptions[key].value));
      return out;
    }),
  );

function everyNumber(model: CostModel, check: (value: number, where: string) => void) {
  for (const architecture of architectures) {
    const c = model.byArchitecture[architecture];
    for (const [k, value] of Object.entries(c.totals)) check(value, `${architecture}.totals.${k}`);
    for (const [k, value] of Object.entries(c.steadyStateMonthly)) check(value, `${architecture}.steady.${k}`);
    check(c.oneTimeBuild, `${architecture}.oneTimeBuild`);
    for (const m of c.months) {
      for (const k of ["people", "build", "run", "retraining", "total", "cumulative"] as const) check(m[k], `${architecture}.m${m.month}.${k}`);
      const { peopleByRole, oneTimeByRole, ...lines } = m.detail;
      for (const [role, amount] of Object.entries(oneTimeByRole)) check(amount, `${architecture}.m${m.month}.oneTime.${role}`);
      for (const [k, value] of Object.entries(lines)) check(value, `${architecture}.m${m.month}.${k}`);
      for (const [role, amount] of Object.entries(peopleByRole)) check(amount, `${architecture}.m${m.month}.${role}`);
    }
  }
}

const sign = (x: number) => (x > tieToleranceUsd ? 1 : x < -tieToleranceUsd ? -1 : 0);

describe("cost model properties", () => {
  it("no cost is negative or non-finite, for any answers, region, recruiting route and valid edits", () => {
    fc.assert(
      fc.property(traitsArbitrary, overridesArbitrary, fc.constantFrom(...regions), fc.constantFrom(...recruitingModes), (traits, overrides, region, recruiting) => {
        const model = computeCostModel(traits, { overrides, people: { region, recruiting } });
        everyNumber(model, (value, where) => {
          if (!(Number.isFinite(value) && value >= 0)) throw new Error(`${where} = ${value}`);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("more monthly requests never lower running cost, in any month of any architecture", () => {
    fc.assert(
      fc.property(traitsArbitrary, fc.double({ min: 1, max: 100, noNaN: true }), fc.constantFrom(...architectures), (traits, factor, architecture) => {
        const v = resolveAssumptions();
        const more = { ...traits, monthlyQueries: Math.min(maxMonthlyQueries, Math.round(traits.monthlyQueries * factor) + 1) };
        const a = architectureCost({ traits, architecture, assumptions: v });
        const b = architectureCost({ traits: more, architecture, assumptions: v });
        // More traffic can need more people, and a team that takes longer to hire launches later: compare the
        // months in which both are live.
        const live = Math.max(a.launchMonth, b.launchMonth);
        a.months.forEach((m, i) => {
          const n = b.months[i];
          expect(n).toBeDefined();
          if (!n || m.month <= live) return;
          expect(n.run).toBeGreaterThanOrEqual(m.run);
          expect(n.detail.inference).toBeGreaterThanOrEqual(m.detail.inference);
          expect(n.detail.vectorStore).toBeGreaterThanOrEqual(m.detail.vectorStore);
          if (a.launchWeek === b.launchWeek) expect(n.retraining).toBe(m.retraining);
          // Totals are not checked: more traffic can move a quarter-time MLOps need from contractor to employee.
        });
        expect(b.steadyStateMonthly.run).toBeGreaterThanOrEqual(a.steadyStateMonthly.run);
      }),
      { numRuns: 300 },
    );
  });

  it("break-even months agree with the cumulative curves", () => {
    fc.assert(
      fc.property(traitsArbitrary, overridesArbitrary, (traits, overrides) => {
        const model = computeCostModel(traits, { overrides });
        expect(model.breakEvens).toHaveLength(architecturePairs.length);
        for (const be of model.breakEvens) {
          const a = model.byArchitecture[be.a].cumulative;
          const b = model.byArchitecture[be.b].cumulative;
          const signs = a.map((x, i) => sign(x - (b[i] ?? 0)));
          const reference = signs.find((s) => s !== 0) ?? 0;
          expect(be.cheaperFirst).toBe(reference < 0 ? be.a : reference > 0 ? be.b : null);
          if (be.month === null) {
            expect(signs.includes(-reference as -1 | 0 | 1) && reference !== 0).toBe(false);
          } else {
            expect(reference).not.toBe(0);
            expect(signs[be.month - 1]).toBe(-reference);
            for (let i = 0; i < be.month - 1; i++) expect(signs[i] === 0 || signs[i] === reference).toBe(true);
          }
          const last = signs.at(-1) ?? 0;
          expect(be.cheaperAtEnd).toBe(last < 0 ? be.a : last > 0 ? be.b : null);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the cheapest at 6, 12 and 24 months is the lowest curve at that month", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const model = computeCostModel(traits);
        expect(model.cheapest.map((c) => c.month)).toEqual([6, 12, 24]);
        const eligible = model.qualifications.filter((q) => q.qualifies).map((q) => q.architecture);
        for (const c of model.cheapest) {
          const candidates = eligible.length > 0 ? eligible : architectures;
          const values = candidates.map((a) => model.byArchitecture[a].cumulative[c.month - 1] ?? 0);
          expect(c.cumulative).toBe(Math.min(...values));
          expect(c.qualifies).toBe(eligible.length > 0);
          expect(candidates).toContain(c.architecture);
          expect(model.byArchitecture[c.architecture].cumulative[c.month - 1]).toBe(c.cumulative);
          expect(c.ranking.map((r) => r.architecture).sort()).toEqual([...architectures].sort());
        }
      }),
      { numRuns: 100 },
    );
  });

  it("the query sensitivity re-ranks at scaled volumes, and matches the main result at ×1", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const model = computeCostModel(traits);
        expect(model.sensitivity.map((s) => s.multiplier)).toEqual([0.1, 0.5, 1, 2, 10]);
        const one = model.sensitivity.find((s) => s.multiplier === 1);
        expect(one?.cheapestAtHorizon).toBe(model.cheapest.at(-1)?.architecture);
        expect(one?.monthlyQueries).toBe(traits.monthlyQueries);
        const eligible = model.qualifications.filter((q) => q.qualifies).map((q) => q.architecture);
        const candidates = eligible.length > 0 ? eligible : [...architectures];
        for (const point of model.sensitivity) {
          expect(point.monthlyQueries).toBeLessThanOrEqual(maxMonthlyQueries);
          // Cheapest among the options that can meet the answers.
          const min = Math.min(...candidates.map((a: Architecture) => point.totalsAtHorizon[a]));
          expect(point.totalsAtHorizon[point.cheapestAtHorizon]).toBe(min);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("same input, same output (with and without the engine's recommendation)", () => {
    fc.assert(
      fc.property(traitsArbitrary, overridesArbitrary, (traits, overrides) => {
        const recommendation = recommend(traits);
        expect(computeCostModel(traits, { overrides })).toEqual(computeCostModel(traits, { overrides }));
        const withEngine = computeCostModel(traits, { overrides, recommendation });
        expect(computeCostModel(traits, { overrides, recommendation })).toEqual(withEngine);
        expect(JSON.parse(JSON.stringify(withEngine))).toEqual(withEngine);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the request sensitivity's shortcut", () => {
  it("property: within one staffing band, the shortcut equals a full recomputation at the other volume", () => {
    fc.assert(
      fc.property(traitsArbitrary, fc.constantFrom(0.1, 0.5, 2, 10), (traits, multiplier) => {
        const model = computeCostModel(traits);
        const point = model.sensitivity.find((entry) => entry.multiplier === multiplier);
        if (!point) throw new Error("missing point");
        const full = computeCostModel({ ...traits, monthlyQueries: point.monthlyQueries });
        for (const architecture of architectures) {
          const expected = full.byArchitecture[architecture].cumulative.at(-1) ?? 0;
          expect(Math.abs(point.totalsAtHorizon[architecture] - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, expected));
        }
      }),
      { numRuns: 150 },
    );
  });
});
