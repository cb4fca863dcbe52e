import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Scores } from "@/lib/decision/types";
import { hiringWarningCodes, hiringWarnings, type HiringWarningCode } from "./hiring-warnings";

/** A team with every skill and nothing risky: no warning should fire. */
const calm = makeTraits({
  teamSkills: ["prompt_engineering", "retrieval", "vector_databases", "model_training", "mlops", "data_engineering", "evaluation"],
  errorCost: "low",
  citations: "helpful",
  monthlyQueries: 10_000,
  knowledgeChange: "monthly",
  corpusSize: "small",
  promptBaseline: "insufficient",
  need: "both",
});

const codes = (traits: Traits, architecture: Architecture, scores?: Scores) => hiringWarnings(traits, architecture, scores).map((w) => w.code);

describe("hiring-mistake warnings", () => {
  it("a well-staffed, low-risk project raises none", () => {
    for (const architecture of ["prompt_engineering", "rag", "fine_tuning", "hybrid"] as const) {
      expect(codes(calm, architecture)).toEqual([]);
    }
  });

  it.each<{ code: HiringWarningCode; architecture: Architecture; traits: Partial<Traits>; keys: string[] }>([
    { code: "prompt-engineers-only", architecture: "rag", traits: { teamSkills: ["prompt_engineering"] }, keys: ["teamSkills", "architecture"] },
    { code: "prompt-engineers-only", architecture: "fine_tuning", traits: { teamSkills: ["prompt_engineering", "evaluation"] }, keys: ["teamSkills", "architecture"] },
    { code: "fine-tuning-for-knowledge", architecture: "fine_tuning", traits: { need: "knowledge" }, keys: ["architecture", "need"] },
    { code: "fine-tuning-for-knowledge", architecture: "fine_tuning", traits: { need: "behavior", knowledgeChange: "daily" }, keys: ["architecture", "knowledgeChange"] },
    { code: "fine-tuning-for-knowledge", architecture: "hybrid", traits: { need: "knowledge" }, keys: ["architecture", "need"] },
    { code: "no-evaluation", architecture: "rag", traits: { teamSkills: ["retrieval"], errorCost: "high" }, keys: ["teamSkills", "architecture", "errorCost"] },
    { code: "no-evaluation", architecture: "prompt_engineering", traits: { teamSkills: [], citations: "required" }, keys: ["teamSkills", "citations"] },
    { code: "retrieval-upkeep", architecture: "rag", traits: { knowledgeChange: "daily" }, keys: ["architecture", "knowledgeChange"] },
    { code: "retrieval-upkeep", architecture: "hybrid", traits: { corpusSize: "massive" }, keys: ["architecture", "corpusSize"] },
    {
      code: "prototype-is-not-production",
      architecture: "rag",
      traits: { timeToShip: "days", teamSkills: ["retrieval", "evaluation"], dataSensitivity: "regulated" },
      keys: ["architecture", "timeToShip", "teamSkills", "dataSensitivity"],
    },
    { code: "prompt-and-retrieval-first", architecture: "fine_tuning", traits: { promptBaseline: "not_tried" }, keys: ["architecture", "promptBaseline"] },
    { code: "prompt-and-retrieval-first", architecture: "hybrid", traits: { promptBaseline: "not_tried" }, keys: ["architecture", "promptBaseline"] },
  ])("$code fires on $traits with $architecture and names its triggers", ({ code, architecture, traits, keys }) => {
    const warning = hiringWarnings({ ...calm, ...traits }, architecture).find((w) => w.code === code);
    expect(warning).toBeDefined();
    expect(warning?.triggers.map((t) => t.key)).toEqual(keys);
    expect(warning?.triggeredBy.split("; ")).toHaveLength(keys.length);
    expect(warning?.whyItMatters.length).toBeGreaterThan(40);
    expect(warning?.message.length).toBeGreaterThan(40);
  });

  it.each<{ code: HiringWarningCode; architecture: Architecture; traits: Partial<Traits> }>([
    { code: "prompt-engineers-only", architecture: "prompt_engineering", traits: { teamSkills: ["prompt_engineering"] } },
    { code: "prompt-engineers-only", architecture: "rag", traits: { teamSkills: ["prompt_engineering", "retrieval"] } },
    { code: "fine-tuning-for-knowledge", architecture: "rag", traits: { need: "knowledge" } },
    { code: "fine-tuning-for-knowledge", architecture: "hybrid", traits: { need: "both", knowledgeChange: "daily" } },
    { code: "no-evaluation", architecture: "prompt_engineering", traits: { teamSkills: [], errorCost: "low", citations: "none", monthlyQueries: 1_000 } },
    { code: "retrieval-upkeep", architecture: "fine_tuning", traits: { knowledgeChange: "daily" } },
    { code: "prototype-is-not-production", architecture: "rag", traits: { timeToShip: "months", teamSkills: [], errorCost: "high" } },
    { code: "prototype-is-not-production", architecture: "prompt_engineering", traits: { timeToShip: "days", teamSkills: [], errorCost: "high" } },
    { code: "prompt-and-retrieval-first", architecture: "rag", traits: { promptBaseline: "not_tried" } },
    { code: "prompt-and-retrieval-first", architecture: "fine_tuning", traits: { promptBaseline: "sufficient" } },
  ])("$code stays quiet for $traits with $architecture", ({ code, architecture, traits }) => {
    expect(codes({ ...calm, ...traits }, architecture)).not.toContain(code);
  });

  it("warns about fine-tuning when it ran a close second on a knowledge problem", () => {
    const t = { ...calm, need: "knowledge" as const };
    const close: Scores = { prompt_engineering: 40, rag: 70, fine_tuning: 66, hybrid: 50 };
    const far: Scores = { ...close, fine_tuning: 40 };
    expect(codes(t, "rag", close)).toContain("fine-tuning-for-knowledge");
    expect(codes(t, "rag", far)).not.toContain("fine-tuning-for-knowledge");
  });

  it("covers seed 001's five mistakes and seed 004's advice", () => {
    expect(hiringWarningCodes).toHaveLength(6);
    const everything = hiringWarnings(
      makeTraits({ teamSkills: ["prompt_engineering"], need: "knowledge", errorCost: "high", knowledgeChange: "daily", timeToShip: "days", promptBaseline: "not_tried" }),
      "hybrid",
    );
    expect(everything.map((w) => w.code).sort()).toEqual([...hiringWarningCodes].sort());
    expect(everything.filter((w) => w.source === "004").map((w) => w.code)).toEqual(["prompt-and-retrieval-first"]);
  });
});
