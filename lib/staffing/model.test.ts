import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { buildStaffingModel, primaryRoleFor, roleNeeds, staffingQueryBand } from "./model";
import { roleCatalog } from "./role-catalog";

const scores = (rag: number, fineTuning: number) => ({ prompt_engineering: 10, rag, fine_tuning: fineTuning, hybrid: 50 });

describe("the lead role", () => {
  it("follows the architecture", () => {
    expect(primaryRoleFor("prompt_engineering")).toBe("ai_product_engineer");
    expect(primaryRoleFor("rag")).toBe("rag_engineer");
    expect(primaryRoleFor("fine_tuning")).toBe("deep_learning_engineer");
  });

  it("in a hybrid, follows the heavier side; retrieval on a tie or without scores", () => {
    expect(primaryRoleFor("hybrid", scores(40, 60))).toBe("deep_learning_engineer");
    expect(primaryRoleFor("hybrid", scores(60, 40))).toBe("rag_engineer");
    expect(primaryRoleFor("hybrid", scores(50, 50))).toBe("rag_engineer");
    expect(primaryRoleFor("hybrid")).toBe("rag_engineer");
  });
});

describe("the staffing model", () => {
  it("a neutral RAG project: every role with its phases, seniority and hire / train / contract call", () => {
    const model = buildStaffingModel(makeTraits(), "rag");
    expect(model.primaryRole).toBe("rag_engineer");
    expect(model.roles.map((role) => [role.role, role.seniority, role.sourcing.mode, role.fteByPhase, role.peakFte])).toEqual([
      ["rag_engineer", "senior", "hire", { prototype: 1, production: 1, scale: 1 }, 1],
      ["mlops_engineer", "mid", "hire", { prototype: 0, production: 0.5, scale: 0.5 }, 0.5],
      ["data_engineer", "mid", "hire", { prototype: 0, production: 0.5, scale: 0.5 }, 0.5],
      ["evaluation_engineer", "mid", "hire", { prototype: 0, production: 0.5, scale: 0.5 }, 0.5],
      ["ai_product_engineer", "mid", "hire", { prototype: 0.5, production: 0.5, scale: 0.5 }, 0.5],
    ]);
    // Production: 1 + 0.5 × 4 = 3 FTE, the largest phase.
    expect(model.peakFte).toBe(3);
    expect(model.roles[0]?.isPrimary).toBe(true);
    expect(model.roles.slice(1).every((role) => !role.isPrimary)).toBe(true);
    expect(model.roles[0]?.title).toBe("RAG engineer");
    expect(model.durations.prototype).toEqual({ minWeeks: 1, maxWeeks: 3, ongoing: false });
  });

  it("skills are the catalog's must-haves plus the ones the answers add; tools come from the catalog", () => {
    const model = buildStaffingModel(makeTraits({ perUserAccess: true }), "rag");
    const rag = model.roles.find((role) => role.role === "rag_engineer");
    expect(rag?.skills).toEqual([...roleCatalog.rag_engineer.mustHaveSkills, "Document-level access control inside retrieval"]);
    expect(rag?.tools).toContain("Pinecone");
    expect(rag?.tools).toContain("Elasticsearch");
    expect(new Set(rag?.tools).size).toBe(rag?.tools.length);
    expect(rag?.why).toBe("Retrieval is the core of this design: answers are only as good as the passages it finds.");
  });

  it("a fine-tuning project's lead explains the training work", () => {
    expect(buildStaffingModel(makeTraits(), "fine_tuning").roles[0]?.why).toBe(
      "The model's weights are trained for this task, which takes dataset, training and benchmark work.",
    );
    expect(buildStaffingModel(makeTraits(), "rag").roles.find((role) => role.role === "ai_product_engineer")?.why).toBe(
      "Builds the application, prompts and guardrails around the model.",
    );
  });

  it("a hybrid's halves explain their share", () => {
    const model = buildStaffingModel(makeTraits(), "hybrid", scores(40, 60));
    expect(model.roles[0]?.role).toBe("deep_learning_engineer");
    expect(model.roles.find((role) => role.role === "rag_engineer")?.why).toMatch(/retrieval half/);
    expect(model.roles[0]?.why).toMatch(/tuned half/);
  });

  it("the contract's role profile is a summary: peak FTE, seniority, skills, tools, why and how each role is filled", () => {
    const model = buildStaffingModel(makeTraits({ teamSkills: ["evaluation"] }), "prompt_engineering");
    const needs = roleNeeds(model);
    expect(needs.map((need) => [need.role, need.fte, need.seniority, need.sourcing])).toEqual([
      ["ai_product_engineer", 1, "senior", "hire"],
      ["mlops_engineer", 0.25, "mid", "contract"],
      ["evaluation_engineer", 0.5, "mid", "train"],
    ]);
    expect(needs[0]?.why).toBe("The product is the prompt and the application around it.");
    expect(needs[0]?.skills).toEqual(model.roles[0]?.skills);
    expect(needs[0]?.tools).toEqual(model.roles[0]?.tools);
    expect(needs[0]?.tools.length).toBeGreaterThan(0);
    // A copy, not the model's own arrays.
    expect(needs[0]?.skills).not.toBe(model.roles[0]?.skills);
  });
});

describe("request volume bands", () => {
  it("the staffing model is the same for any two volumes in one band, and the bands are where the rules change", () => {
    const volumes = [0, 999_999, 1_000_000, 9_999_999, 10_000_000, 49_999_999, 50_000_000, 100_000_000_000];
    expect(volumes.map(staffingQueryBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    for (const architecture of ["prompt_engineering", "rag", "fine_tuning", "hybrid"] as const) {
      for (const traits of [makeTraits(), makeTraits({ dataSensitivity: "public", errorCost: "low", corpusSize: "massive" })]) {
        const models = volumes.map((monthlyQueries) => buildStaffingModel({ ...traits, monthlyQueries }, architecture));
        volumes.forEach((volume, index) => {
          const sameBand = volumes.findIndex((other) => staffingQueryBand(other) === staffingQueryBand(volume));
          expect(models[index]).toEqual(models[sameBand]);
        });
        // Each threshold changes something for some architecture: 1M adds MLOps time at scale.
      }
    }
    const quiet = buildStaffingModel(makeTraits({ monthlyQueries: 999_999 }), "rag");
    const busy = buildStaffingModel(makeTraits({ monthlyQueries: 1_000_000 }), "rag");
    expect(busy.staffing.scale.mlops_engineer).toBe((quiet.staffing.scale.mlops_engineer ?? 0) + 0.25);
  });
});
