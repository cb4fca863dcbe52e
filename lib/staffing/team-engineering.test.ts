import { describe, expect, it } from "vitest";
import { fineTuningTraits, makeTraits, ragTraits } from "@/tests/fixtures/traits";
import { recommend } from "@/lib/decision/recommend";
import { architectures, type Architecture } from "@/lib/decision/types";
import type { Traits } from "@/lib/decision/traits";
import { buildStaffingModel } from "./model";
import { staffingByPhase } from "./phase-staffing";
import { decideSourcing } from "./sourcing";
import type { Phase, Staffing } from "./types";

/** The optional team answers (engineers available, general engineering strength) and what they do to the plan. */
describe("team size and engineering strength in the staffing plan", () => {
  interface Row {
    name: string;
    team: Pick<Traits, "teamSize" | "engineeringStrength">;
    architecture: Architecture;
    expected: Record<Phase, Staffing>;
  }
  const rows: Row[] = [
    {
      name: "RAG, strong engineers: no application engineer, a quarter less platform work after the prototype",
      team: { teamSize: 6, engineeringStrength: "strong" },
      architecture: "rag",
      expected: {
        prototype: { rag_engineer: 1 },
        production: { rag_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.25 },
        scale: { rag_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.25 },
      },
    },
    {
      name: "RAG, limited engineering: half an application engineer and a quarter of platform more for production",
      team: { teamSize: 2, engineeringStrength: "limited" },
      architecture: "rag",
      expected: {
        prototype: { rag_engineer: 1, ai_product_engineer: 0.5 },
        production: { rag_engineer: 1, ai_product_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.75 },
        scale: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
      },
    },
    {
      name: "RAG, solid engineering: the plan as without the answer",
      team: { teamSize: 4, engineeringStrength: "solid" },
      architecture: "rag",
      expected: {
        prototype: { rag_engineer: 1, ai_product_engineer: 0.5 },
        production: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
        scale: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
      },
    },
    {
      name: "RAG, strong but zero engineers: nobody to take the work on, no change",
      team: { teamSize: 0, engineeringStrength: "strong" },
      architecture: "rag",
      expected: {
        prototype: { rag_engineer: 1, ai_product_engineer: 0.5 },
        production: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
        scale: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
      },
    },
    {
      name: "prompt engineering, strong: the lead application role keeps half a person",
      team: { engineeringStrength: "strong" },
      architecture: "prompt_engineering",
      expected: {
        prototype: { ai_product_engineer: 0.5 },
        production: { ai_product_engineer: 0.5, evaluation_engineer: 0.5 },
        scale: { ai_product_engineer: 0.5, evaluation_engineer: 0.5 },
      },
    },
    {
      name: "fine-tuning, strong: application engineer gone, MLOps 1 → 0.75 in production and 0.5 → 0.25 at scale",
      team: { teamSize: 10, engineeringStrength: "strong" },
      architecture: "fine_tuning",
      expected: {
        prototype: { deep_learning_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5 },
        production: { deep_learning_engineer: 1, mlops_engineer: 0.75, data_engineer: 0.5, evaluation_engineer: 0.5 },
        scale: { deep_learning_engineer: 0.5, mlops_engineer: 0.25, data_engineer: 0.5, evaluation_engineer: 0.5 },
      },
    },
    {
      name: "team size alone: no change to the FTE",
      team: { teamSize: 12 },
      architecture: "hybrid",
      expected: staffingByPhase(makeTraits(), "hybrid"),
    },
  ];

  it.each(rows)("$name", ({ team, architecture, expected }) => {
    expect(staffingByPhase(makeTraits(team), architecture)).toEqual(expected);
  });

  it.each([
    { name: "a team of zero engineers cannot train, even with every skill: hire", teamSize: 0, mode: "hire" },
    { name: "a team of two with every skill trains", teamSize: 2, mode: "train" },
    { name: "team size not given: trains, as before", teamSize: undefined, mode: "train" },
  ] as const)("$name", ({ teamSize, mode }) => {
    const traits = makeTraits({ teamSize, teamSkills: ["retrieval", "vector_databases", "prompt_engineering", "evaluation"] });
    const sourcing = decideSourcing("rag_engineer", traits, staffingByPhase(traits, "rag"));
    expect(sourcing.mode).toBe(mode);
  });
});

describe("answers without the team traits plan exactly as before", () => {
  // The same answers with the team traits left out, or given as undefined, give the identical plan and recommendation.
  it.each([
    { name: "neutral project", traits: makeTraits() },
    { name: "retrieval case", traits: ragTraits },
    { name: "fine-tuning case", traits: fineTuningTraits },
  ])("$name", ({ traits }) => {
    const explicit = { ...traits, teamSize: undefined, engineeringStrength: undefined };
    for (const architecture of architectures) {
      expect(buildStaffingModel(explicit, architecture)).toEqual(buildStaffingModel(traits, architecture));
    }
    expect(recommend(explicit)).toEqual(recommend(traits));
  });
});
