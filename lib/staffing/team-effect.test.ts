import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { engineeringStrengths, type Traits } from "@/lib/decision/traits";
import { architectures, type Architecture } from "@/lib/decision/types";
import { makeTraits, ragTraits } from "@/tests/fixtures/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { buildStaffingModel } from "./model";
import { staffingByPhase } from "./phase-staffing";
import { teamEffect as effectOfModel } from "./team-effect";

const teamEffect = (traits: Traits, architecture: Architecture) => effectOfModel(traits, buildStaffingModel(traits, architecture));

describe("teamEffect: what the team answers changed in the plan", () => {
  it("is null when neither team answer is given", () => {
    for (const architecture of architectures) expect(teamEffect(ragTraits, architecture)).toBeNull();
  });

  it("is null when the answers change nothing (solid engineering, some engineers)", () => {
    expect(teamEffect({ ...ragTraits, teamSize: 4, engineeringStrength: "solid" }, "rag")).toBeNull();
    expect(teamEffect({ ...ragTraits, teamSize: 4 }, "rag")).toBeNull();
  });

  interface Row {
    name: string;
    team: Pick<Traits, "teamSize" | "engineeringStrength">;
    architecture: Architecture;
    summary: string;
    changes: number;
    nobodyToTrain: boolean;
  }
  const rows: Row[] = [
    {
      name: "strong engineers on a RAG build",
      team: { teamSize: 6, engineeringStrength: "strong" },
      architecture: "rag",
      summary:
        "Your engineers are strong at everyday software engineering, so they take on the application and platform work themselves: " +
        "MLOps engineer −0.25 FTE in production and scale; AI product engineer −0.5 FTE in prototype, production and scale.",
      changes: 5,
      nobodyToTrain: false,
    },
    {
      name: "limited engineering on a RAG build",
      team: { teamSize: 2, engineeringStrength: "limited" },
      architecture: "rag",
      summary:
        "Your team's everyday software engineering is limited, so the plan adds outside help to make the system production-ready: " +
        "MLOps engineer +0.25 FTE in production; AI product engineer +0.5 FTE in production.",
      changes: 2,
      nobodyToTrain: false,
    },
    {
      name: "strong engineers on a prompt build keep half a person on the application",
      team: { engineeringStrength: "strong" },
      architecture: "prompt_engineering",
      summary:
        "Your engineers are strong at everyday software engineering, so they take on the application and platform work themselves: " +
        "MLOps engineer −0.25 FTE in scale; AI product engineer −0.5 FTE in prototype, production and scale.",
      changes: 4,
      nobodyToTrain: false,
    },
    {
      name: "no engineers: strength changes nothing and every role is hired",
      team: { teamSize: 0, engineeringStrength: "strong" },
      architecture: "fine_tuning",
      summary:
        "There are no engineers on the project yet, so every role is hired or contracted rather than trained, and general engineering strength does not change the headcount.",
      changes: 0,
      nobodyToTrain: true,
    },
  ];

  it.each(rows)("$name", ({ team, architecture, summary, changes, nobodyToTrain }) => {
    const effect = teamEffect({ ...ragTraits, ...team }, architecture);
    expect(effect).not.toBeNull();
    expect(effect?.summary).toBe(summary);
    expect(effect?.changes).toHaveLength(changes);
    expect(effect?.nobodyToTrain).toBe(nobodyToTrain);
    expect(effect?.hiredForLackOfPeople).toEqual([]);
  });

  it("names the roles hired because the team is too small to train for them", () => {
    // The RAG and data engineers need two people each, evaluation one: three engineers cover the lead and evaluation.
    const traits = makeTraits({ ...ragTraits, teamSkills: ["retrieval", "vector_databases", "evaluation", "data_engineering"], timeToShip: "months", teamSize: 3 });
    const effect = teamEffect(traits, "rag");
    expect(effect?.hiredForLackOfPeople).toEqual(["data_engineer"]);
    expect(effect?.changes).toEqual([]);
    expect(effect?.summary).toBe(
      "The team has the skills for Data engineer (AI data pipelines), but not enough engineers to train for it as well, so it is hired instead.",
    );
    const two = teamEffect({ ...traits, teamSize: 2 }, "rag");
    expect(two?.hiredForLackOfPeople).toEqual(["data_engineer", "evaluation_engineer"]);
    expect(two?.summary).toMatch(/Data engineer \(AI data pipelines\) and Evaluation and observability engineer, but not enough engineers to train for them as well, so they are hired instead\.$/);
  });

  it("names the phases where one role moved by different amounts separately", () => {
    // Limited engineering adds to production only; a different figure in another phase would be listed apart.
    const effect = teamEffect(makeTraits({ teamSize: 3, engineeringStrength: "limited" }), "hybrid");
    expect(effect?.changes.every((change) => change.phase === "production")).toBe(true);
    expect(effect?.summary).toMatch(/\+0\.5 FTE in production/);
  });

  it("reports exactly the difference from the plan without the team answers (any answers, any architecture)", () => {
    const strength = fc.option(fc.constantFrom(...engineeringStrengths), { nil: undefined });
    const size = fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined });
    fc.assert(
      fc.property(traitsArbitrary, strength, size, fc.constantFrom(...architectures), (base, engineeringStrength, teamSize, architecture) => {
        const plain: Traits = { ...base };
        delete plain.teamSize;
        delete plain.engineeringStrength;
        const traits: Traits = { ...plain, ...(teamSize === undefined ? {} : { teamSize }), ...(engineeringStrength === undefined ? {} : { engineeringStrength }) };
        const effect = teamEffect(traits, architecture);
        const planned = staffingByPhase(traits, architecture);
        const baseline = staffingByPhase(plain, architecture);
        for (const change of effect?.changes ?? []) {
          expect(planned[change.phase][change.role] ?? 0).toBe(change.withTeamAnswers);
          expect(baseline[change.phase][change.role] ?? 0).toBe(change.withoutTeamAnswers);
          expect(change.withTeamAnswers).not.toBe(change.withoutTeamAnswers);
        }
        const differs = JSON.stringify(planned) !== JSON.stringify(baseline);
        const trainedWithout = buildStaffingModel(plain, architecture).roles.filter((role) => role.sourcing.mode === "train").map((role) => role.role);
        // A role the team answers take off the plan altogether is not "hired instead".
        const hiredWith = buildStaffingModel(traits, architecture).roles.filter((role) => role.sourcing.mode !== "train").map((role) => role.role);
        const hiredInstead = teamSize === 0 ? [] : trainedWithout.filter((role) => hiredWith.includes(role));
        const lostTraining = hiredInstead.length > 0;
        expect(effect?.hiredForLackOfPeople ?? []).toEqual(hiredInstead);
        expect(effect === null).toBe(!differs && !lostTraining && teamSize !== 0);
      }),
      { numRuns: 300 },
    );
  });
});
