import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { recommend } from "@/lib/decision/recommend";
import type { Traits } from "@/lib/decision/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { architectures, type Architecture, type PrimaryRole, type Recommendation, type RoleNeed } from "@/lib/decision/types";
import { roleCatalog } from "@/lib/staffing/role-catalog";
import { buildHiringPlan } from "./plan";

const primaryFor: Record<Architecture, PrimaryRole> = {
  prompt_engineering: "ai_product_engineer",
  rag: "rag_engineer",
  fine_tuning: "deep_learning_engineer",
  hybrid: "rag_engineer",
};

/** A Recommendation-shaped fixture, for tests that must pin the architecture regardless of the engine's scoring. */
function recommendationFor(architecture: Architecture, roles: RoleNeed[] = []): Recommendation {
  return {
    engineVersion: "test",
    recommendation: { architecture, confidence: 0.8, runnerUp: architecture === "rag" ? "hybrid" : "rag", summary: "" },
    scores: { prompt_engineering: 25, rag: 25, fine_tuning: 25, hybrid: 25 },
    factors: [],
    flips: [],
    roleProfile: { primaryRole: primaryFor[architecture], roles, warnings: [] },
  };
}

describe("hiring plan", () => {
  it("a RAG project whose team has retrieval and vector databases trains its RAG engineer instead of hiring", () => {
    const traits = makeTraits({ need: "knowledge", knowledgeChange: "daily", citations: "required", teamSkills: ["retrieval", "vector_databases"] });
    const recommendation = recommend(traits);
    expect(recommendation.recommendation.architecture).toBe("rag");
    const plan = buildHiringPlan(traits, recommendation);
    const rag = plan.roles.find((r) => r.role === "rag_engineer");
    expect(rag?.isPrimary).toBe(true);
    expect(rag?.sourcing.decision).toBe("train");
    expect(rag?.sourcing.decision).not.toBe("hire");
    expect(plan.roles[0]?.role).toBe("rag_engineer");
  });

  it("fine-tuning with daily-changing facts says retraining dominates, and keeps training staff after launch", () => {
    const traits = makeTraits({ need: "both", knowledgeChange: "daily" });
    const plan = buildHiringPlan(traits, recommendationFor("fine_tuning"));
    const note = plan.notes.find((n) => n.code === "retraining-dominates");
    expect(note?.message).toMatch(/retrain/i);
    expect(note?.triggers.map((t) => t.key)).toEqual(["architecture", "knowledgeChange"]);
    const dl = plan.roles.find((r) => r.role === "deep_learning_engineer");
    expect(dl?.fteByPhase.scale).toBe(1);
    expect(dl?.sourcing.engagement).toBe("full_time");
    expect(plan.warnings.map((w) => w.code)).toContain("fine-tuning-for-knowledge");
  });

  it("a one-off fine-tuning run on static knowledge is a contract", () => {
    const traits = makeTraits({ need: "behavior", knowledgeChange: "static", teamSkills: [] });
    const plan = buildHiringPlan(traits, recommendationFor("fine_tuning"));
    const dl = plan.roles.find((r) => r.role === "deep_learning_engineer");
    expect(dl?.sourcing).toMatchObject({ decision: "hire", engagement: "contractor" });
    expect(dl?.jobDescription.heading).toMatch(/contract, about \d+–\d+ weeks/);
    expect(plan.summary.contractors).toBeGreaterThanOrEqual(1);
  });

  it.each<{ traits: Partial<Traits>; code: string }>([
    { traits: { timeToShip: "days" }, code: "deadline-below-training-floor" },
    { traits: { gpuAccess: "none" }, code: "no-gpu-access" },
    { traits: { labeledExamples: "under_100" }, code: "too-few-examples-to-train" },
  ])("tuning plans note $code", ({ traits, code }) => {
    expect(buildHiringPlan(makeTraits(traits), recommendationFor("hybrid")).notes.map((n) => n.code)).toContain(code);
    expect(buildHiringPlan(makeTraits(traits), recommendationFor("rag")).notes.map((n) => n.code)).not.toContain(code);
  });

  it("can plan for an architecture other than the recommended one", () => {
    const traits = makeTraits();
    const plan = buildHiringPlan(traits, recommendationFor("rag"), "fine_tuning");
    expect(plan.architecture).toBe("fine_tuning");
    expect(plan.primaryRole).toBe("deep_learning_engineer");
  });

  it("property: over any answers and the engine's recommendation, plans are consistent and deterministic", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const recommendation = recommend(traits);
        const plan = buildHiringPlan(traits, recommendation);
        expect(buildHiringPlan(traits, recommendation)).toEqual(plan);
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
        expect(plan.architecture).toBe(recommendation.recommendation.architecture);
        expect(plan.primaryRole).toBe(recommendation.roleProfile.primaryRole);
        expect(plan.roles[0]?.role).toBe(plan.primaryRole);
        expect(plan.phases.map((p) => p.phase)).toEqual(["prototype", "production", "scale"]);
        for (const need of recommendation.roleProfile.roles) {
          const role = plan.roles.find((r) => r.role === need.role);
          expect(role).toBeDefined();
          expect(role?.peakFte).toBe(need.fte);
          expect(role?.seniority).toBe(need.seniority);
          expect(role?.sourcing.mode).toBe(need.sourcing);
        }
        for (const role of plan.roles) {
          expect(role.peakFte).toBeGreaterThan(0);
          expect(role.scorecard.competencies.length).toBeGreaterThanOrEqual(4);
          expect(role.scorecard.competencies.length).toBeLessThanOrEqual(6);
          expect(role.jobDescription.role).toBe(role.role);
          if (role.sourcing.decision === "train") expect(role.sourcing.missingSkills.length === 0 || traits.timeToShip === "months").toBe(true);
        }
        expect(plan.roles.map((role) => role.role)).toEqual(recommendation.roleProfile.roles.map((need) => need.role));
        expect(plan.summary.toHire + plan.summary.toTrain + plan.summary.contractors).toBe(plan.roles.length);
      }),
      { numRuns: 150 },
    );
  });

  it("plans for every architecture from the same answers", () => {
    const traits = makeTraits();
    for (const architecture of architectures) {
      const plan = buildHiringPlan(traits, recommendationFor(architecture));
      expect(plan.primaryRole).toBe(primaryFor[architecture]);
      expect(plan.roles.length).toBeGreaterThanOrEqual(2);
    }
  });

  // A contract lasts the build phases the contractor works in; scale is ongoing, so it never counts.
  it.each<[string, Partial<Traits>, Architecture, string, string]>([
    // Prototype (3–6 weeks) and production (6–12 weeks) of a fine-tuning project.
    ["both build phases", { knowledgeChange: "static" }, "fine_tuning", "deep_learning_engineer", "Deep learning engineer (fine-tuning): senior, contract, about 9–18 weeks"],
    // Production only (4–6 weeks): no prototype work, and the quarter-time after launch does not count.
    ["production only", { dataSensitivity: "regulated" }, "prompt_engineering", "mlops_engineer", "MLOps engineer: senior, contract, about 4–6 weeks"],
    // Only a quarter of a person after launch: no build phase, so no week count at all.
    ["after launch only", {}, "prompt_engineering", "mlops_engineer", "MLOps engineer: mid-level, contract"],
  ])("a contractor's weeks cover the build phases worked: %s", (_name, overrides, architecture, role, heading) => {
    const traits = makeTraits(overrides);
    const plan = buildHiringPlan(traits, recommend(traits), architecture);
    const contractor = plan.roles.find((r) => r.role === role);
    expect(contractor?.sourcing.mode).toBe("contract");
    expect(contractor?.jobDescription.heading).toBe(heading);
  });

  it("gives each role its catalog kit and the skills the answers add, nice-to-haves apart", () => {
    const traits = makeTraits({ citations: "required", dataSensitivity: "regulated" });
    const plan = buildHiringPlan(traits, recommendationFor("rag"));
    const evaluation = plan.roles.find((r) => r.role === "evaluation_engineer");
    const entry = roleCatalog.evaluation_engineer;
    expect(evaluation?.responsibilities).toEqual([...entry.responsibilities]);
    expect(evaluation?.mustHaveTools).toEqual([...entry.mustHaveTools]);
    expect(evaluation?.niceToHaveTools).toEqual([...entry.niceToHaveTools]);
    expect(evaluation?.responsibilities.length).toBeGreaterThan(0);
    expect(evaluation?.mustHaveTools.length).toBeGreaterThan(0);
    expect(evaluation?.niceToHaveTools.length).toBeGreaterThan(0);
    expect(evaluation?.mustHaveSkills).toEqual([...entry.mustHaveSkills, "Measuring grounding: whether each claim is backed by a cited source"]);
    // The "must" context skill (grounding) is not a nice-to-have; the "nice" one (governance) is.
    expect(evaluation?.niceToHaveSkills).toEqual([...entry.niceToHaveSkills, "Governance frameworks: compliance checks and drift reports"]);
  });

  // The engine's scores inform the warnings only for the architecture the engine scored: planning another one from
  // the same answers must not borrow them. Equal scores put fine-tuning within five points of retrieval.
  it.each<[Architecture | undefined, boolean]>([
    [undefined, true],
    ["rag", true],
    ["prompt_engineering", false],
  ])("uses the engine's scores for warnings only on the recommended architecture (asked for %s)", (architecture, warned) => {
    const traits = makeTraits({ need: "knowledge" });
    const plan = buildHiringPlan(traits, recommendationFor("rag"), architecture);
    const warning = plan.warnings.find((w) => w.code === "fine-tuning-for-knowledge");
    expect(warning !== undefined).toBe(warned);
    if (warned) expect(warning?.triggers.map((t) => t.key)).toEqual(["need", "scores"]);
  });
});
