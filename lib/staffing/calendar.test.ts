import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { deadlineWeeks, phaseWindow, planCalendar, roleReadiness, type HiringTimes } from "./calendar";
import { buildStaffingModel } from "./model";

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
