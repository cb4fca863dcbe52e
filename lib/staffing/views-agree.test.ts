import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { recommend } from "@/lib/decision/recommend";
import { renderDecisionRecord } from "@/lib/decision/decision-record";
import { roleLabels } from "@/lib/decision/trait-catalog";
import { buildHiringPlan } from "@/lib/hiring/plan";
import { budgetFit, computeCostModel, defaultAssumptionValues } from "@/lib/cost";
import { phaseWindow } from "./calendar";
import { sourcingModeLabels, workloadLabel } from "./labels";
import { phases } from "./types";

/*
 * Every view of one assessment names the same team: the results page and the JSON download (the engine's
 * roleProfile), the planner (the hiring plan), the decision record, job descriptions, scorecards and the cost model.
 */

// US defaults from the market-figures review, written out: BLS percentiles × 1.56, on-costs 1.3, contractor 1.6,
// in-house recruiting $4,700 a hire, course budget $2,000 a person.
const usPay = { junior: 160_800, mid: 207_600, senior: 263_600, staff: 329_900 } as const;
const weeksPerMonth = 52 / 12;
const horizonWeeks = 24 * weeksPerMonth;

describe("every view names the same team", () => {
  it("property: roles, seniority, peak FTE and hire / train / contract agree across results, planner, record, JSON, hiring kits and costs", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const result = recommend(traits);
        const plan = buildHiringPlan(traits, result);
        const json = JSON.parse(JSON.stringify(result)) as typeof result;
        const record = renderDecisionRecord(traits, result);
        const costs = computeCostModel(traits, { recommendation: result });
        const costed = costs.byArchitecture[result.recommendation.architecture].staffing;

        const fromProfile = json.roleProfile.roles.map((need) => [need.role, need.seniority, need.fte, need.sourcing]);
        const fromPlan = plan.roles.map((role) => [role.role, role.seniority, role.peakFte, role.sourcing.mode]);
        const fromCosts = costed.roles.map((role) => [role.role, role.seniority, role.peakFte, role.sourcing.mode]);
        expect(fromPlan).toEqual(fromProfile);
        expect(fromCosts).toEqual(fromProfile);
        expect(plan.summary.peakFte).toBe(costed.peakFte);
        expect(json.roleProfile.primaryRole).toBe(plan.primaryRole);

        for (const role of plan.roles) {
          expect(record).toContain(`| ${roleLabels[role.role]} | ${sourcingModeLabels[role.sourcing.mode]} | ${role.peakFte} (${workloadLabel(role.peakFte)}) | ${role.seniority} |`);
          expect(role.jobDescription.seniority).toBe(role.seniority);
          expect(role.jobDescription.role).toBe(role.role);
          expect(role.scorecard.role).toBe(role.role);
          for (const skill of role.skills) expect(role.jobDescription.requirements.some((line) => line.startsWith(skill))).toBe(true);
          for (const phase of phases) expect(role.fteByPhase[phase]).toBeGreaterThanOrEqual(0);
          expect(role.peakFte).toBeGreaterThan(0);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("property: the cost model's people cost equals the plan's, worked out week by week", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const result = recommend(traits);
        const cost = computeCostModel(traits, { recommendation: result }).byArchitecture[result.recommendation.architecture];
        const plan = buildHiringPlan(traits, result);
        let expected = 0;
        for (const role of plan.roles) {
          const factor = role.sourcing.mode === "contract" ? 1.6 : 1.3;
          const perWeek = ((usPay[role.seniority] / 12) * factor) / weeksPerMonth;
          const ready = cost.calendar.roles.find((entry) => entry.role === role.role);
          const first = phases.find((phase) => role.fteByPhase[phase] > 0) ?? "prototype";
          const firstStart = phaseWindow(cost.calendar, first)[0];
          // Paid from the start week at the first phase's FTE. Recruited just in time, a person starts exactly their
          // ramp-up (4 weeks), course (3) or contract ramp (1) before their first phase, unless they cannot be ready for it.
          if (ready !== undefined && ready.readyWeek <= firstStart) {
            const lead = role.sourcing.mode === "hire" ? 4 : role.sourcing.mode === "train" ? 3 : 1;
            expect(firstStart - ready.startWeek).toBeCloseTo(lead, 9);
          }
          const rampWeeks = Math.max(0, Math.min(firstStart, horizonWeeks) - Math.min(ready?.startWeek ?? 0, horizonWeeks));
          expected += rampWeeks * role.fteByPhase[first] * perWeek;
          for (const phase of phases) {
            const [from, to] = phaseWindow(cost.calendar, phase);
            expected += Math.max(0, Math.min(to, horizonWeeks) - Math.min(from, horizonWeeks)) * role.fteByPhase[phase] * perWeek;
          }
          const people = Math.ceil(role.peakFte);
          const oneTime = role.sourcing.mode === "hire" ? 4_700 * people : role.sourcing.mode === "train" ? 2_000 * people : 0;
          if ((ready?.startWeek ?? 0) < horizonWeeks) expected += oneTime;
        }
        expect(cost.totals.people).toBeCloseTo(expected, 2);
      }),
      { numRuns: 120 },
    );
  });

  it("property: a first version never reaches users before its people are hired (or contracted, or trained) and ramped up", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const result = recommend(traits);
        const calendar = computeCostModel(traits, { recommendation: result }).byArchitecture[result.recommendation.architecture].calendar;
        const plan = buildHiringPlan(traits, result);
        for (const role of plan.roles.filter((entry) => entry.fteByPhase.prototype > 0)) {
          // US: time to fill (7/7/10/13 weeks) + 2 weeks' notice + 4 weeks' ramp-up; contractors 2 + 1; training 3.
          const fill = { junior: 7, mid: 7, senior: 10, staff: 13 }[role.seniority];
          const ready = role.sourcing.mode === "hire" ? fill + 2 + 4 : role.sourcing.mode === "contract" ? 3 : 3;
          expect(calendar.firstVersionWeek).toBeGreaterThanOrEqual(ready);
          expect(calendar.phaseStart.prototype).toBeGreaterThanOrEqual(ready);
        }
        expect(calendar.launchWeek).toBeGreaterThanOrEqual(calendar.firstVersionWeek);
      }),
      { numRuns: 150 },
    );
  });

  it("property: a lean plan offered as fitting never exceeds the budget; FTE is never negative", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const result = recommend(traits);
        const fit = budgetFit({ traits, recommendation: result, assumptions: defaultAssumptionValues });
        for (const option of [fit.full, ...(fit.lean ? [fit.lean] : [])]) {
          const firstYear = option.cost.months.slice(0, 12).reduce((sum, month) => sum + month.total, 0);
          expect(option.firstYear.total).toBeCloseTo(firstYear, 4);
          if (option.fits) expect(option.firstYear.newSpend).toBeLessThanOrEqual(traits.upfrontBudgetUsd);
          for (const role of option.staffing.roles) for (const phase of phases) expect(role.fteByPhase[phase]).toBeGreaterThanOrEqual(0);
        }
        if (fit.full.fits) expect(fit.lean).toBeNull();
        else expect(fit.lean).not.toBeNull();
        expect(fit.fullOverBy).toBeCloseTo(Math.max(0, fit.full.firstYear.newSpend - traits.upfrontBudgetUsd), 6);
      }),
      { numRuns: 100 },
    );
  });
});
