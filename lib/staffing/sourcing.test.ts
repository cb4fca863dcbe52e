import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role } from "@/lib/decision/types";
import { staffingByPhase } from "./phase-staffing";
import { decideSourcing, isShortNeed } from "./sourcing";

function sourcing(role: Role, architecture: Architecture, traits: Partial<Traits>) {
  const t = makeTraits(traits);
  return decideSourcing(role, t, staffingByPhase(t, architecture));
}

describe("hire or train", () => {
  it.each([
    {
      name: "RAG team that already has retrieval and vector databases trains its RAG engineer",
      role: "rag_engineer" as const,
      architecture: "rag" as const,
      traits: { teamSkills: ["retrieval", "vector_databases"] as Traits["teamSkills"] },
      decision: "train",
    },
    {
      name: "RAG team with retrieval only and weeks to ship hires",
      role: "rag_engineer" as const,
      architecture: "rag" as const,
      traits: { teamSkills: ["retrieval"] as Traits["teamSkills"], timeToShip: "weeks" as const },
      decision: "hire",
    },
    {
      name: "RAG team with retrieval only and months to ship trains",
      role: "rag_engineer" as const,
      architecture: "rag" as const,
      traits: { teamSkills: ["retrieval"] as Traits["teamSkills"], timeToShip: "months" as const },
      decision: "train",
    },
    {
      name: "team with model training trains its deep learning engineer",
      role: "deep_learning_engineer" as const,
      architecture: "fine_tuning" as const,
      traits: { teamSkills: ["model_training"] as Traits["teamSkills"] },
      decision: "train",
    },
    {
      name: "prompt-only team hires its RAG engineer",
      role: "rag_engineer" as const,
      architecture: "rag" as const,
      traits: { teamSkills: ["prompt_engineering"] as Traits["teamSkills"] },
      decision: "hire",
    },
    {
      name: "evaluation skill covers the evaluation engineer",
      role: "evaluation_engineer" as const,
      architecture: "rag" as const,
      traits: { teamSkills: ["evaluation"] as Traits["teamSkills"] },
      decision: "train",
    },
  ])("$name", ({ role, architecture, traits, decision }) => {
    const result = sourcing(role, architecture, traits);
    expect(result.decision).toBe(decision);
    expect(result.reason.length).toBeGreaterThan(20);
    if (decision === "train") expect(result.engagement).toBe("full_time");
  });

  it("lists covered and missing team skills", () => {
    const result = sourcing("rag_engineer", "rag", { teamSkills: ["retrieval"] });
    expect(result.coveredSkills).toEqual(["retrieval"]);
    expect(result.missingSkills).toEqual(["vector_databases"]);
  });
});

describe("contractor or full-time", () => {
  it.each([
    { knowledgeChange: "static" as const, engagement: "contractor" },
    { knowledgeChange: "yearly" as const, engagement: "contractor" },
    { knowledgeChange: "monthly" as const, engagement: "full_time" },
    { knowledgeChange: "daily" as const, engagement: "full_time" },
  ])("a fine-tuning engineer with $knowledgeChange knowledge is $engagement", ({ knowledgeChange, engagement }) => {
    const result = sourcing("deep_learning_engineer", "fine_tuning", { knowledgeChange, teamSkills: [] });
    expect(result.decision).toBe("hire");
    expect(result.engagement).toBe(engagement);
  });

  it("a role that ends at launch is a short need; one that continues is not", () => {
    const staffing = { prototype: { rag_engineer: 1 }, production: { rag_engineer: 1 }, scale: {} };
    expect(isShortNeed(staffing, "rag_engineer")).toBe(true);
    expect(isShortNeed({ ...staffing, scale: { rag_engineer: 1 } }, "rag_engineer")).toBe(false);
    expect(isShortNeed({ prototype: {}, production: {}, scale: { mlops_engineer: 0.25 } }, "mlops_engineer")).toBe(true);
    expect(isShortNeed({ prototype: {}, production: {}, scale: {} }, "mlops_engineer")).toBe(false);
  });
});

describe("reasons in plain words", () => {
  it("a half-time permanent need says half-time, never full-time", () => {
    const t = makeTraits();
    expect(decideSourcing("evaluation_engineer", t, staffingByPhase(t, "rag")).reason).toBe(
      "Nobody on the team has evaluation yet. The role is needed after launch too, so hire a permanent employee (half-time).",
    );
    expect(decideSourcing("rag_engineer", t, staffingByPhase(t, "rag")).reason).toMatch(/so hire a permanent employee \(full-time\)\.$/);
  });

  it("names the role with the right article when the team can train for it", () => {
    const t = makeTraits({ teamSkills: ["prompt_engineering"] });
    expect(decideSourcing("ai_product_engineer", t, staffingByPhase(t, "prompt_engineering")).reason).toBe(
      "The team already has prompt engineering: deepen it on this project's specifics instead of hiring an AI product engineer.",
    );
  });
});

describe("reasons name the skills the team has and lacks", () => {
  it.each([
    {
      teamSkills: ["retrieval", "vector_databases"] as Traits["teamSkills"],
      timeToShip: "weeks" as const,
      reason: "The team already has retrieval and vector databases: deepen it on this project's specifics instead of hiring a RAG engineer.",
    },
    {
      teamSkills: ["retrieval"] as Traits["teamSkills"],
      timeToShip: "months" as const,
      reason: "The team has retrieval but not vector databases; with months before the first release, training the people you have is realistic.",
    },
    {
      teamSkills: ["vector_databases"] as Traits["teamSkills"],
      timeToShip: "months" as const,
      reason: "The team has vector databases but not retrieval; with months before the first release, training the people you have is realistic.",
    },
    {
      teamSkills: ["retrieval"] as Traits["teamSkills"],
      timeToShip: "weeks" as const,
      reason:
        "The team has retrieval but not vector databases, and the deadline leaves no time to learn it. The role is needed after launch too, so hire a permanent employee (full-time).",
    },
    {
      teamSkills: [] as Traits["teamSkills"],
      timeToShip: "weeks" as const,
      reason: "Nobody on the team has retrieval and vector databases yet. The role is needed after launch too, so hire a permanent employee (full-time).",
    },
  ])("RAG engineer, team skills $teamSkills, $timeToShip to ship", ({ teamSkills, timeToShip, reason }) => {
    expect(sourcing("rag_engineer", "rag", { teamSkills, timeToShip }).reason).toBe(reason);
  });
});

describe("months to learn only help a team that has some of the skills", () => {
  it("a team with none of a role's skills hires even with months to go", () => {
    const t = makeTraits({ timeToShip: "months", teamSkills: [] });
    expect(decideSourcing("rag_engineer", t, staffingByPhase(t, "rag")).mode).toBe("hire");
    const some = makeTraits({ timeToShip: "months", teamSkills: ["retrieval"] });
    expect(decideSourcing("rag_engineer", some, staffingByPhase(some, "rag")).mode).toBe("train");
  });
});
