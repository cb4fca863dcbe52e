import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Traits } from "@/lib/decision/traits";
import { architectures } from "@/lib/decision/types";
import { makeTraits, ragTraits } from "@/tests/fixtures/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { buildStaffingModel } from "./model";
import { limitTrainingToTeam, peopleFor } from "./training-capacity";
import type { Sourcing } from "./types";

const allSkills: Traits["teamSkills"] = ["prompt_engineering", "retrieval", "vector_databases", "model_training", "mlops", "data_engineering", "evaluation"];

function calls(traits: Traits, architecture: (typeof architectures)[number] = "rag") {
  return Object.fromEntries(buildStaffingModel(traits, architecture).roles.map((role) => [role.role, role.sourcing.mode]));
}

describe("training is limited to the engineers on the project", () => {
  const skilled = makeTraits({ ...ragTraits, teamSkills: allSkills, timeToShip: "months" });

  it("without an engineer count, every role the team has the skills for is trained", () => {
    expect(new Set(Object.values(calls(skilled)))).toEqual(new Set(["train"]));
  });

  // Here the RAG and data engineers need 1.5 FTE each (two people); MLOps, evaluation and application one person each.
  it.each([
    { teamSize: 1, trained: ["mlops_engineer"] },
    { teamSize: 2, trained: ["rag_engineer"] },
    { teamSize: 3, trained: ["rag_engineer", "mlops_engineer"] },
    { teamSize: 4, trained: ["rag_engineer", "mlops_engineer", "evaluation_engineer"] },
    { teamSize: 5, trained: ["rag_engineer", "mlops_engineer", "data_engineer"] },
    { teamSize: 50, trained: ["rag_engineer", "mlops_engineer", "data_engineer", "evaluation_engineer", "ai_product_engineer"] },
  ])("with $teamSize engineers, roles are trained in plan order while people are left: $trained", ({ teamSize, trained }) => {
    const model = buildStaffingModel({ ...skilled, teamSize }, "rag");
    expect(model.roles.filter((role) => role.sourcing.mode === "train").map((role) => role.role)).toEqual(trained);
  });

  it("hires a role beyond the team with a reason, or contracts it when its need after launch is short", () => {
    const model = buildStaffingModel({ ...skilled, teamSize: 3 }, "rag");
    const data = model.roles.find((role) => role.role === "data_engineer");
    expect(data?.sourcing).toMatchObject({ mode: "hire", decision: "hire", engagement: "full_time" });
    expect(data?.sourcing.reason).toBe(
      "The team has the skills for a Data engineer (AI data pipelines), but only 3 engineers can work on the project and the roles above already take them. Hire for it (1.5 people (1 full-time and one half-time)).",
    );
    // The skills stay recorded as covered: the team has them, it lacks the people.
    expect(data?.sourcing.coveredSkills).toEqual(["data_engineering"]);
  });

  it("contracts a role beyond the team when its need after launch is short", () => {
    const train: Sourcing = { mode: "train", decision: "train", engagement: "full_time", coveredSkills: [], missingSkills: [], reason: "trained" };
    const staffing = {
      prototype: { deep_learning_engineer: 1, evaluation_engineer: 0.5 },
      production: { deep_learning_engineer: 1, evaluation_engineer: 0.5 },
      scale: { evaluation_engineer: 0.25 },
    };
    const [lead, evaluation] = limitTrainingToTeam(
      [
        { role: "deep_learning_engineer", peakFte: 1, sourcing: train },
        { role: "evaluation_engineer", peakFte: 0.5, sourcing: train },
      ],
      makeTraits({ teamSize: 1 }),
      staffing,
    );
    expect(lead).toBe(train);
    expect(evaluation).toMatchObject({ mode: "contract", decision: "hire", engagement: "contractor" });
    expect(evaluation?.reason).toBe(
      "The team has the skills for an Evaluation and observability engineer, but only 1 engineer can work on the project and the roles above already take them. After launch it needs a quarter of a person or less, so contract it.",
    );
    // Without a count, or with a team of zero (decideSourcing's case), the calls stand.
    for (const teamSize of [undefined, 0]) {
      const traits = makeTraits(teamSize === undefined ? {} : { teamSize });
      expect(limitTrainingToTeam([{ role: "evaluation_engineer", peakFte: 5, sourcing: train }], traits, staffing)).toEqual([train]);
    }
  });

  it("says so when the role alone needs more people than the team has", () => {
    const model = buildStaffingModel(makeTraits({ ...ragTraits, corpusSize: "massive", teamSkills: ["data_engineering"], timeToShip: "months", teamSize: 1 }), "rag");
    const data = model.roles.find((role) => role.role === "data_engineer");
    expect(data?.peakFte).toBeGreaterThan(1);
    expect(data?.sourcing.mode).toBe("hire");
    expect(data?.sourcing.reason).toMatch(/^The team has the skills for a Data engineer \(AI data pipelines\), but only 1 engineer can work on the project\. Hire/);
  });

  it("counts a part-time role as one person", () => {
    expect([0.25, 0.5, 1, 1.5, 2].map(peopleFor)).toEqual([1, 1, 1, 2, 2]);
  });

  it("never trains more people than there are engineers, only roles it would train anyway, and all of them when the team is big enough (any answers)", () => {
    fc.assert(
      fc.property(traitsArbitrary, fc.integer({ min: 1, max: 12 }), fc.constantFrom(...architectures), (base, teamSize, architecture) => {
        const plain: Traits = { ...base };
        delete plain.teamSize;
        const trained = (traits: Traits) => buildStaffingModel(traits, architecture).roles.filter((role) => role.sourcing.mode === "train");
        const unlimited = trained(plain);
        const limited = trained({ ...plain, teamSize });
        expect(limited.reduce((sum, role) => sum + peopleFor(role.peakFte), 0)).toBeLessThanOrEqual(teamSize);
        expect(limited.every((role) => unlimited.some((entry) => entry.role === role.role))).toBe(true);
        const everyone = unlimited.reduce((sum, role) => sum + peopleFor(role.peakFte), 0);
        if (everyone <= teamSize) expect(limited.map((role) => role.role)).toEqual(unlimited.map((role) => role.role));
      }),
      { numRuns: 300 },
    );
  });
});
