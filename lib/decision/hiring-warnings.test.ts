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

describe("each warning's condition at its edges, with the exact triggers", () => {
  const keysOf = (traits: Traits, architecture: Architecture, code: HiringWarningCode, scores?: Scores) =>
    hiringWarnings(traits, architecture, scores).find((w) => w.code === code)?.triggers.map((t) => t.key) ?? null;

  // Any one build skill keeps "prompt engineers only" quiet; prompt engineering and evaluation do not count.
  it.each<[Traits["teamSkills"], boolean]>([
    [[], true],
    [["prompt_engineering", "evaluation"], true],
    [["retrieval"], false],
    [["vector_databases"], false],
    [["model_training"], false],
    [["mlops"], false],
    [["data_engineering"], false],
  ])("prompt-engineers-only with skills %j → %s", (teamSkills, fires) => {
    for (const architecture of ["rag", "fine_tuning", "hybrid"] as const) {
      expect(keysOf({ ...calm, teamSkills }, architecture, "prompt-engineers-only")).toEqual(fires ? ["teamSkills", "architecture"] : null);
    }
    expect(keysOf({ ...calm, teamSkills }, "prompt_engineering", "prompt-engineers-only")).toBeNull();
  });

  it.each<[Partial<Traits>, Architecture, string[] | null]>([
    // Fine-tuning chosen for a knowledge need or fast-changing facts (realtime, daily, weekly; not monthly).
    [{ need: "knowledge", knowledgeChange: "monthly" }, "fine_tuning", ["architecture", "need"]],
    [{ need: "knowledge", knowledgeChange: "weekly" }, "fine_tuning", ["architecture", "need", "knowledgeChange"]],
    [{ need: "behavior", knowledgeChange: "realtime" }, "fine_tuning", ["architecture", "knowledgeChange"]],
    [{ need: "behavior", knowledgeChange: "daily" }, "fine_tuning", ["architecture", "knowledgeChange"]],
    [{ need: "behavior", knowledgeChange: "weekly" }, "fine_tuning", ["architecture", "knowledgeChange"]],
    [{ need: "behavior", knowledgeChange: "monthly" }, "fine_tuning", null],
    [{ need: "both", knowledgeChange: "yearly" }, "fine_tuning", null],
    [{ need: "both", knowledgeChange: "weekly" }, "fine_tuning", ["architecture", "knowledgeChange"]],
    // A hybrid for a pure knowledge need; without scores nothing else fires.
    [{ need: "knowledge", knowledgeChange: "static" }, "hybrid", ["architecture", "need"]],
    [{ need: "both", knowledgeChange: "daily" }, "hybrid", null],
    [{ need: "knowledge" }, "rag", null],
    [{ need: "knowledge" }, "prompt_engineering", null],
  ])("fine-tuning-for-knowledge on %j with %s → %j", (overrides, architecture, keys) => {
    expect(keysOf({ ...calm, ...overrides }, architecture, "fine-tuning-for-knowledge")).toEqual(keys);
  });

  it.each<[number, boolean]>([
    [65, true], // fine-tuning five points behind RAG (70): still tempting
    [64.9, false],
    [70, true],
    [80, true],
  ])("fine-tuning-for-knowledge when fine-tuning scored %d against RAG's 70 → %s", (fineTuning, fires) => {
    const scores: Scores = { prompt_engineering: 10, rag: 70, fine_tuning: fineTuning, hybrid: 20 };
    for (const architecture of ["rag", "prompt_engineering"] as const) {
      expect(keysOf({ ...calm, need: "knowledge" }, architecture, "fine-tuning-for-knowledge", scores)).toEqual(fires ? ["need", "scores"] : null);
    }
    // Only a knowledge need is warned about this way.
    expect(keysOf({ ...calm, need: "both" }, "rag", "fine-tuning-for-knowledge", scores)).toBeNull();
  });

  it("says which scores tempted it, rounded", () => {
    const scores: Scores = { prompt_engineering: 10, rag: 70.4, fine_tuning: 66.6, hybrid: 20 };
    const warning = hiringWarnings({ ...calm, need: "knowledge" }, "rag", scores).find((w) => w.code === "fine-tuning-for-knowledge");
    expect(warning?.triggers[1]).toEqual({ key: "scores", answer: 66.6, label: "fine-tuning scored 67, retrieval 70" });
    expect(warning?.triggeredBy).toBe("core need: New knowledge; engine scores: fine-tuning scored 67, retrieval 70");
  });

  it.each<[Partial<Traits>, Architecture, string[] | null]>([
    [{ teamSkills: [], errorCost: "low", citations: "helpful", monthlyQueries: 99_999 }, "prompt_engineering", null],
    [{ teamSkills: [], errorCost: "low", citations: "helpful", monthlyQueries: 100_000 }, "prompt_engineering", ["teamSkills", "monthlyQueries"]],
    [{ teamSkills: [], errorCost: "moderate", citations: "helpful", monthlyQueries: 1_000 }, "prompt_engineering", ["teamSkills", "errorCost"]],
    [{ teamSkills: [], errorCost: "low", citations: "required", monthlyQueries: 1_000 }, "prompt_engineering", ["teamSkills", "citations"]],
    [{ teamSkills: [], errorCost: "low", citations: "none", monthlyQueries: 1_000 }, "rag", ["teamSkills", "architecture"]],
    [
      { teamSkills: ["retrieval"], errorCost: "high", citations: "required", monthlyQueries: 100_000 },
      "hybrid",
      ["teamSkills", "architecture", "errorCost", "citations", "monthlyQueries"],
    ],
    [{ teamSkills: ["evaluation"], errorCost: "high", citations: "required", monthlyQueries: 100_000 }, "hybrid", null],
  ])("no-evaluation on %j with %s → %j", (overrides, architecture, keys) => {
    expect(keysOf({ ...calm, ...overrides }, architecture, "no-evaluation")).toEqual(keys);
  });

  it.each<[Partial<Traits>, Architecture, string[] | null]>([
    [{ knowledgeChange: "realtime", corpusSize: "small" }, "rag", ["architecture", "knowledgeChange"]],
    [{ knowledgeChange: "weekly", corpusSize: "small" }, "rag", ["architecture", "knowledgeChange"]],
    [{ knowledgeChange: "monthly", corpusSize: "small" }, "rag", null],
    [{ knowledgeChange: "monthly", corpusSize: "large" }, "rag", ["architecture", "corpusSize"]],
    [{ knowledgeChange: "monthly", corpusSize: "fits_in_prompt" }, "hybrid", null],
    [{ knowledgeChange: "daily", corpusSize: "massive" }, "hybrid", ["architecture", "knowledgeChange", "corpusSize"]],
    [{ knowledgeChange: "daily", corpusSize: "massive" }, "fine_tuning", null],
    [{ knowledgeChange: "daily", corpusSize: "massive" }, "prompt_engineering", null],
  ])("retrieval-upkeep on %j with %s → %j", (overrides, architecture, keys) => {
    expect(keysOf({ ...calm, ...overrides }, architecture, "retrieval-upkeep")).toEqual(keys);
  });

  const prototype: Partial<Traits> = { timeToShip: "weeks", teamSkills: ["retrieval"], errorCost: "low", dataSensitivity: "internal", monthlyQueries: 1_000 };
  it.each<[Partial<Traits>, Architecture, string[] | null]>([
    [{}, "rag", null],
    [{ monthlyQueries: 999_999 }, "rag", null],
    [{ monthlyQueries: 1_000_000 }, "rag", ["architecture", "timeToShip", "teamSkills", "monthlyQueries"]],
    [{ errorCost: "high" }, "fine_tuning", ["architecture", "timeToShip", "teamSkills", "errorCost"]],
    [{ errorCost: "moderate" }, "fine_tuning", null],
    [{ dataSensitivity: "regulated" }, "hybrid", ["architecture", "timeToShip", "teamSkills", "dataSensitivity"]],
    [
      { timeToShip: "days", errorCost: "high", dataSensitivity: "regulated", monthlyQueries: 5_000_000 },
      "rag",
      ["architecture", "timeToShip", "teamSkills", "errorCost", "dataSensitivity", "monthlyQueries"],
    ],
    [{ errorCost: "high", timeToShip: "months" }, "rag", null],
    [{ errorCost: "high", teamSkills: ["mlops"] }, "rag", null],
    [{ errorCost: "high", teamSkills: ["data_engineering"] }, "rag", null],
    [{ errorCost: "high" }, "prompt_engineering", null],
  ])("prototype-is-not-production on %j with %s → %j", (overrides, architecture, keys) => {
    expect(keysOf({ ...calm, ...prototype, ...overrides }, architecture, "prototype-is-not-production")).toEqual(keys);
  });

  it.each<[Traits["promptBaseline"], Architecture, boolean]>([
    ["not_tried", "fine_tuning", true],
    ["not_tried", "hybrid", true],
    ["not_tried", "rag", false],
    ["not_tried", "prompt_engineering", false],
    ["insufficient", "fine_tuning", false],
    ["sufficient", "hybrid", false],
  ])("prompt-and-retrieval-first with prompt %s and %s → %s", (promptBaseline, architecture, fires) => {
    expect(keysOf({ ...calm, promptBaseline }, architecture, "prompt-and-retrieval-first")).toEqual(fires ? ["architecture", "promptBaseline"] : null);
  });

  it("copies each rule's text and source into the warning and describes its triggers", () => {
    const [warning] = hiringWarnings({ ...calm, promptBaseline: "not_tried" }, "fine_tuning");
    expect(warning).toMatchObject({ code: "prompt-and-retrieval-first", source: "004", title: "A better prompt and cleaner retrieval first" });
    expect(warning?.triggers).toEqual([
      { key: "architecture", answer: "fine_tuning", label: "Fine-tuning" },
      { key: "promptBaseline", answer: "not_tried", label: "Not yet" },
    ]);
    expect(warning?.triggeredBy).toBe("recommended architecture: Fine-tuning; prompt baseline: Not yet");
    expect(warning?.message).toMatch(/^No careful prompt has been measured yet\./);
    expect(warning?.whyItMatters).toMatch(/^Many teams that expect to need fine-tuning/);
  });

  it("lists the warnings in a fixed order", () => {
    const all = hiringWarnings(makeTraits({ teamSkills: [], need: "knowledge", errorCost: "high", knowledgeChange: "daily", timeToShip: "days", promptBaseline: "not_tried" }), "hybrid");
    expect(all.map((w) => w.code)).toEqual([...hiringWarningCodes]);
    expect(all.map((w) => w.source)).toEqual(["001", "001", "001", "001", "001", "004"]);
  });
});
