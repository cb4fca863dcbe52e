import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { architectures } from "@/lib/decision/types";
import { makeTraits } from "@/tests/fixtures/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { deadlineWeeks, phaseWindow, planCalendar, roleReadiness, type HiringTimes } from "./calendar";
import { buildStaffingModel } from "./model";
import { phases } from "./types";

/** The planner's US defaults, written out: fill 7/7/10/13 weeks, notice 2, ramp-up 4, contractor 2 + 1, training 3. */
const usTimes: HiringTimes = {
  timeToFillWeeks: { junior: 7, mid: 7, senior: 10, staff: 13 },
  noticeWeeks: 2,
  rampUpWeeks: 4,
  contractorStartWeeks: 2,
  contractorRampWeeks: 1,
  trainingWeeks: 3,
};

const sourcing = (mode: "hire" | "train" | "contract") => ({
  mode,
  decision: mode === "train" ? ("train" as const) : ("hire" as const),
  engagement: mode === "contract" ? ("contractor" as const) : ("full_time" as const),
  coveredSkills: [],
  missingSkills: [],
  reason: "",
});

describe("when each person can work", () => {
  it("a senior hire starts after time to fill and notice, and is productive after ramp-up", () => {
    // 10 weeks to fill + 2 weeks' notice = week 12; + 4 weeks' ramp-up = week 16.
    expect(roleReadiness({ role: "rag_engineer", seniority: "senior", sourcing: sourcing("hire") }, usTimes)).toEqual({
      role: "rag_engineer",
      mode: "hire",
      startWeek: 12,
      readyWeek: 16,
    });
  });

  it("a contractor starts in 2 weeks and is productive a week later", () => {
    expect(roleReadiness({ role: "rag_engineer", seniority: "staff", sourcing: sourcing("contract") }, usTimes)).toEqual({
      role: "rag_engineer",
      mode: "contract",
      startWeek: 2,
      readyWeek: 3,
    });
  });

  it("someone you already employ starts at once and is productive after training", () => {
    expect(roleReadiness({ role: "data_engineer", seniority: "mid", sourcing: sourcing("train") }, usTimes)).toEqual({
      role: "data_engineer",
      mode: "train",
      startWeek: 0,
      readyWeek: 3,
    });
  });
});

describe("the plan's calendar", () => {
  it("reads the time-to-ship answer as a week", () => {
    expect(deadlineWeeks).toEqual({ days: 2, weeks: 8, months: 26 });
  });

  it("a RAG plan that hires everyone waits for its senior lead", () => {
    const traits = makeTraits({ timeToShip: "weeks" });
    const calendar = planCalendar(buildStaffingModel(traits, "rag"), usTimes, traits.timeToShip);
    // Lead (senior, hired) productive at 10 + 2 + 4 = 16; the half-time product engineer (mid) at 7 + 2 + 4 = 13.
    expect(calendar.phaseStart.prototype).toBe(16);
    // RAG prototype in "weeks": 1–3 weeks, middle 2 → ends at 18; production 4–8, middle 6 → launch at 24.
    expect(calendar.phaseEnd.prototype).toBe(18);
    expect(calendar.phaseStart.production).toBe(18);
    expect(calendar.phaseEnd.production).toBe(24);
    expect(calendar.phaseStart.scale).toBe(24);
    expect(calendar.firstVersionWeek).toBe(18);
    expect(calendar.launchWeek).toBe(24);
    expect(calendar.deadlineWeek).toBe(8);
    expect(calendar.meetsDeadline).toBe(false);
  });

  it("a team that can start now meets a deadline in months", () => {
    const traits = makeTraits({ timeToShip: "months", teamSkills: ["retrieval", "vector_databases", "prompt_engineering", "evaluation", "mlops", "data_engineering"] });
    const calendar = planCalendar(buildStaffingModel(traits, "rag"), usTimes, traits.timeToShip);
    // Everyone trains: productive at week 3; RAG prototype in "months": 2–5 weeks, middle 3.5 → 6.5.
    expect(calendar.phaseStart.prototype).toBe(3);
    expect(calendar.firstVersionWeek).toBe(6.5);
    expect(calendar.meetsDeadline).toBe(true);
  });

  it("production waits for people who join only then", () => {
    const traits = makeTraits({ timeToShip: "days", teamSkills: ["retrieval", "vector_databases", "prompt_engineering"] });
    const model = buildStaffingModel(traits, "rag");
    const calendar = planCalendar(model, usTimes, traits.timeToShip);
    // Prototype people train (ready at 3); RAG "days" prototype 0.5–1.5, middle 1 → ends at 4.
    expect(calendar.phaseEnd.prototype).toBe(4);
    // Production adds hired mid-level engineers: 7 + 2 + 4 = 13.
    expect(calendar.phaseStart.production).toBe(13);
    expect(calendar.meetsDeadline).toBe(false);
  });

  it("phase windows run from one phase's start to the next's; scale never ends", () => {
    const traits = makeTraits();
    const calendar = planCalendar(buildStaffingModel(traits, "rag"), usTimes, traits.timeToShip);
    expect(phaseWindow(calendar, "prototype")).toEqual([16, 18]);
    expect(phaseWindow(calendar, "production")).toEqual([18, 24]);
    expect(phaseWindow(calendar, "scale")).toEqual([24, Number.POSITIVE_INFINITY]);
  });
});

describe("recruiting just in time", () => {
  const startsAndReady = (calendar: ReturnType<typeof planCalendar>) =>
    Object.fromEntries(calendar.roles.map((entry) => [entry.role, [entry.startWeek, entry.readyWeek]]));

  it("everyone who would be early starts so as to be productive when their first phase begins; the bottleneck is unchanged", () => {
    const traits = makeTraits({ timeToShip: "weeks" });
    const calendar = planCalendar(buildStaffingModel(traits, "rag"), usTimes, traits.timeToShip);
    // The senior RAG engineer holds the prototype back (start 12, productive 16): unchanged. The half-time AI product
    // engineer (mid, productive at 13 if recruited from week 0) is needed from the prototype at 16: 3 weeks later, 12–16.
    // MLOps, data and evaluation (mid) are needed from production at 18: 5 weeks later, 9 + 5 = 14 to 18.
    expect(startsAndReady(calendar)).toEqual({
      rag_engineer: [12, 16],
      mlops_engineer: [14, 18],
      data_engineer: [14, 18],
      evaluation_engineer: [14, 18],
      ai_product_engineer: [12, 16],
    });
  });

  it("a trained person on a prototype that waits for a senior hire starts training 3 weeks before it", () => {
    const traits = makeTraits({ timeToShip: "weeks", teamSkills: ["prompt_engineering"] });
    const calendar = planCalendar(buildStaffingModel(traits, "rag"), usTimes, traits.timeToShip);
    expect(calendar.phaseStart.prototype).toBe(16);
    expect(calendar.roles.find((entry) => entry.role === "ai_product_engineer")).toEqual({ role: "ai_product_engineer", mode: "train", startWeek: 13, readyWeek: 16 });
  });

  it("a role needed only after launch is productive at launch", () => {
    const traits = makeTraits({ timeToShip: "weeks" });
    const calendar = planCalendar(buildStaffingModel(traits, "prompt_engineering"), usTimes, traits.timeToShip);
    // Prompt: the senior AI product hire is productive at 16; prototype 1–2 weeks → 17.5; production waits for nobody
    // later (the evaluation hire could be productive at 13) and takes 2–4 weeks → launch at 20.5.
    expect(calendar.phaseStart).toEqual({ prototype: 16, production: 17.5, scale: 20.5 });
    // The quarter-time MLOps contractor (2 weeks to start, 1 to ramp) starts at 19.5 and is productive at launch.
    expect(calendar.roles.find((entry) => entry.role === "mlops_engineer")).toEqual({ role: "mlops_engineer", mode: "contract", startWeek: 19.5, readyWeek: 20.5 });
    // The evaluation engineer is needed from production: 13.5 to 17.5.
    expect(calendar.roles.find((entry) => entry.role === "evaluation_engineer")).toEqual({ role: "evaluation_engineer", mode: "hire", startWeek: 13.5, readyWeek: 17.5 });
  });

  it("someone who cannot be ready by launch is recruited from week 0, never earlier", () => {
    const traits = makeTraits({ timeToShip: "weeks" });
    const calendar = planCalendar(buildStaffingModel(traits, "prompt_engineering"), { ...usTimes, contractorStartWeeks: 30 }, traits.timeToShip);
    expect(calendar.launchWeek).toBe(20.5);
    expect(calendar.roles.find((entry) => entry.role === "mlops_engineer")).toEqual({ role: "mlops_engineer", mode: "contract", startWeek: 30, readyWeek: 31 });
  });

  it("property: recruiting just in time moves no phase, no first version and no launch; nobody is productive later than their first phase needs", () => {
    const timesArbitrary = fc.record({
      fill: fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(30)),
      notice: fc.nat(13),
      ramp: fc.nat(12),
      contractStart: fc.nat(8),
      contractRamp: fc.nat(4),
      training: fc.nat(12),
    });
    fc.assert(
      fc.property(traitsArbitrary, fc.constantFrom(...architectures), timesArbitrary, (traits, architecture, t) => {
        const times: HiringTimes = {
          timeToFillWeeks: { junior: t.fill[0], mid: t.fill[1], senior: t.fill[2], staff: t.fill[3] },
          noticeWeeks: t.notice,
          rampUpWeeks: t.ramp,
          contractorStartWeeks: t.contractStart,
          contractorRampWeeks: t.contractRamp,
          trainingWeeks: t.training,
        };
        const model = buildStaffingModel(traits, architecture);
        const calendar = planCalendar(model, times, traits.timeToShip);
        // The calendar as it would be with everyone recruited from week 0, worked out here.
        const early = model.roles.map((role) => roleReadiness(role, times));
        const readyBy = (phase: "prototype" | "production") =>
          Math.max(0, ...early.filter((_, i) => (model.roles[i]?.fteByPhase[phase] ?? 0) > 0).map((entry) => entry.readyWeek));
        const mid = (phase: "prototype" | "production") => (model.durations[phase].minWeeks + model.durations[phase].maxWeeks) / 2;
        const prototype = readyBy("prototype");
        const production = Math.max(prototype + mid("prototype"), readyBy("production"));
        const launch = production + mid("production");
        expect(calendar.phaseStart).toEqual({ prototype, production, scale: launch });
        expect(calendar.firstVersionWeek).toBe(prototype + mid("prototype"));
        expect(calendar.launchWeek).toBe(launch);
        model.roles.forEach((role, i) => {
          const before = early[i];
          const after = calendar.roles[i];
          const first = phases.find((phase) => role.fteByPhase[phase] > 0);
          if (before === undefined || after === undefined || first === undefined) return;
          // Same role, same route, same weeks between starting and being productive; never earlier than possible.
          expect(after.role).toBe(role.role);
          expect(after.mode).toBe(before.mode);
          expect(after.readyWeek - after.startWeek).toBeCloseTo(before.readyWeek - before.startWeek, 9);
          expect(after.startWeek).toBeGreaterThanOrEqual(before.startWeek);
          // Productive exactly when the first phase starts, unless they could not be (then as soon as they can).
          expect(after.readyWeek).toBe(Math.max(before.readyWeek, calendar.phaseStart[first]));
        });
      }),
      { numRuns: 200 },
    );
  });
});
