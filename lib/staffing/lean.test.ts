import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { HiringTimes } from "./calendar";
import { fasterPaths, leanAfterLaunchFte, leanStaffingModel, leanTradeOffs } from "./lean";
import { buildStaffingModel } from "./model";

const usTimes: HiringTimes = {
  timeToFillWeeks: { junior: 7, mid: 7, senior: 10, staff: 13 },
  noticeWeeks: 2,
  rampUpWeeks: 4,
  contractorStartWeeks: 2,
  contractorRampWeeks: 1,
  trainingWeeks: 3,
};

describe("the lean plan", () => {
  it("is one engineer, full-time until launch and a quarter of a person after, filled the way asked", () => {
    const traits = makeTraits();
    const full = buildStaffingModel(traits, "rag");
    for (const lead of ["hire", "contract", "train"] as const) {
      const lean = leanStaffingModel(full, traits, lead);
      expect(lean.roles.map((role) => [role.role, role.sourcing.mode, role.fteByPhase])).toEqual([
        ["rag_engineer", lead, { prototype: 1, production: 1, scale: 0.25 }],
      ]);
      expect(lean.roles[0]?.seniority).toBe(full.roles[0]?.seniority);
      expect(lean.peakFte).toBe(1);
    }
    expect(leanAfterLaunchFte).toBe(0.25);
  });

  it("words each way of filling the lead role with the right article", () => {
    const traits = makeTraits();
    const full = buildStaffingModel(traits, "prompt_engineering");
    expect(leanStaffingModel(full, traits, "hire").roles[0]?.sourcing.reason).toBe(
      "Hire an AI product engineer who builds the first version with managed services and keeps it running part-time after launch.",
    );
    expect(leanStaffingModel(full, traits, "contract").roles[0]?.sourcing).toMatchObject({ decision: "hire", engagement: "contractor" });
    expect(leanStaffingModel(full, traits, "train").roles[0]?.sourcing).toMatchObject({ decision: "train", engagement: "full_time" });
    expect(leanStaffingModel(full, traits, "hire").roles[0]?.sourcing).toMatchObject({ decision: "hire", engagement: "full_time" });
  });

  it("a hybrid keeps its other half as a half-time contract until launch", () => {
    const traits = makeTraits();
    const full = buildStaffingModel(traits, "hybrid");
    const lean = leanStaffingModel(full, traits, "train");
    expect(lean.roles.map((role) => [role.role, role.sourcing.mode, role.fteByPhase])).toEqual([
      ["rag_engineer", "train", { prototype: 1, production: 1, scale: 0.25 }],
      ["deep_learning_engineer", "contract", { prototype: 0.5, production: 0.5, scale: 0 }],
    ]);
  });

  it("says what it gives up: every dropped role, the lead's risk and the small team after launch", () => {
    const traits = makeTraits();
    const full = buildStaffingModel(traits, "rag");
    const lean = leanStaffingModel(full, traits, "contract");
    const tradeOffs = leanTradeOffs(full, lean);
    // Four dropped roles (MLOps, data, evaluation, application), the contract lead, after launch.
    expect(tradeOffs).toHaveLength(6);
    expect(tradeOffs[0]).toMatch(/^No MLOps engineer/);
    expect(tradeOffs.some((item) => item.startsWith("No evaluation engineer"))).toBe(true);
    expect(tradeOffs).toContain("The lead is a contractor: plan the hand-over, or the knowledge leaves with them.");
    expect(tradeOffs.at(-1)).toMatch(/quarter of one person/);
  });
});

describe("faster paths", () => {
  it("contracting first and managed services put a RAG first version in users' hands by week 8; training the prototype team too", () => {
    const traits = makeTraits({ timeToShip: "weeks" });
    const paths = fasterPaths(buildStaffingModel(traits, "rag"), traits, usTimes);
    expect(paths.map((path) => path.kind)).toEqual(["contract_first", "train_existing", "managed_services"]);
    const week = (kind: string) => paths.find((path) => path.kind === kind)?.calendar.firstVersionWeek;
    // Contractors productive at 2 + 1 = 3; prototype middle 2 weeks → 5.
    expect(week("contract_first")).toBe(5);
    // The prototype's two people train: productive at 3 → 5.
    expect(week("train_existing")).toBe(5);
    // One contractor: 3 + 2 = 5.
    expect(week("managed_services")).toBe(5);
    expect(paths.every((path) => path.calendar.meetsDeadline)).toBe(true);
  });

  it("contracting first changes only the roles that would be hired", () => {
    const traits = makeTraits({ teamSkills: ["evaluation"] });
    const contract = fasterPaths(buildStaffingModel(traits, "rag"), traits, usTimes)[0];
    expect(contract?.model.roles.find((role) => role.role === "evaluation_engineer")?.sourcing.mode).toBe("train");
    expect(contract?.model.roles.find((role) => role.role === "rag_engineer")?.sourcing.mode).toBe("contract");
  });

  it("managed services keep the full team after launch", () => {
    const traits = makeTraits();
    const full = buildStaffingModel(traits, "rag");
    const managed = fasterPaths(full, traits, usTimes)[2];
    expect(managed?.model.staffing.scale).toEqual(full.staffing.scale);
    expect(managed?.model.staffing.prototype).toEqual({ rag_engineer: 1 });
  });
});

describe("lean plan details", () => {
  it("the lead's covered and missing skills come from the team's answers", () => {
    const traits = makeTraits({ teamSkills: ["retrieval"] });
    const lead = leanStaffingModel(buildStaffingModel(traits, "rag"), traits, "contract").roles[0];
    expect(lead?.sourcing.coveredSkills).toEqual(["retrieval"]);
    expect(lead?.sourcing.missingSkills).toEqual(["vector_databases"]);
  });

  it("a hybrid led by fine-tuning contracts the retrieval side", () => {
    const traits = makeTraits();
    const full = buildStaffingModel(traits, "hybrid", { prompt_engineering: 10, rag: 40, fine_tuning: 60, hybrid: 70 });
    const lean = leanStaffingModel(full, traits, "hire");
    expect(lean.roles.map((role) => [role.role, role.sourcing.mode])).toEqual([
      ["deep_learning_engineer", "hire"],
      ["rag_engineer", "contract"],
    ]);
    expect(lean.roles[1]?.sourcing.reason).toBe("A contractor builds the RAG engineer side until launch.");
    expect(leanTradeOffs(full, lean)).toContain("One permanent engineer carries everything: holidays, illness or a resignation stop the project.");
    // The trade-off of the lead's route only: the contracted partner is not the lead.
    expect(leanTradeOffs(full, lean)).not.toContain("The lead is a contractor: plan the hand-over, or the knowledge leaves with them.");
  });

  it("training the prototype's people leaves the other roles and anyone already trained as they were", () => {
    const traits = makeTraits({ teamSkills: ["prompt_engineering"] });
    const full = buildStaffingModel(traits, "rag");
    const train = fasterPaths(full, traits, usTimes).find((path) => path.kind === "train_existing");
    const mode = (role: string) => train?.model.roles.find((entry) => entry.role === role)?.sourcing;
    expect(mode("rag_engineer")?.mode).toBe("train");
    // Already trained in the full plan: same call, same reason.
    expect(mode("ai_product_engineer")).toEqual(full.roles.find((role) => role.role === "ai_product_engineer")?.sourcing);
    // Not in the prototype: still hired.
    expect(mode("mlops_engineer")?.mode).toBe("hire");
    expect(mode("data_engineer")?.mode).toBe("hire");
  });

  it("managed services contract the lead and hire the rest of the team for after launch", () => {
    const traits = makeTraits();
    const full = buildStaffingModel(traits, "rag");
    const managed = fasterPaths(full, traits, usTimes).find((path) => path.kind === "managed_services");
    expect(managed?.model.roles.map((role) => [role.role, role.sourcing.mode])).toEqual([
      ["rag_engineer", "contract"],
      ["mlops_engineer", "hire"],
      ["data_engineer", "hire"],
      ["evaluation_engineer", "hire"],
      ["ai_product_engineer", "hire"],
    ]);
  });
});
