import { describe, expect, test } from "vitest";
import { scoringRules } from "@/lib/decision";
import { traitsSchema, type TraitKey, type Traits } from "@/lib/decision/traits";
import { recommend } from "@/lib/decision";
import { computeLeaning, neutralAnswers } from "./provisional";

const weight = (trait: string, answer: unknown) =>
  scoringRules
    .filter((rule) => !rule.when && !rule.range && rule.trait === trait && rule.answer === answer)
    .reduce((sum, rule) => sum + Object.values(rule.effects).reduce((s, v) => s + Math.abs(v ?? 0), 0), 0);

describe("neutral stand-ins", () => {
  test("each choice trait's stand-in moves the scores least among its answers", () => {
    for (const [trait, neutral] of Object.entries(neutralAnswers)) {
      if (typeof neutral !== "string") continue;
      const schema = traitsSchema.shape[trait as TraitKey];
      const options = "options" in schema ? (schema.options as readonly string[]) : [];
      expect(options, trait).toContain(neutral);
      const least = Math.min(...options.map((option) => weight(trait, option)));
      expect(weight(trait, neutral), trait).toBeLessThanOrEqual(least);
    }
  });
});

describe("computeLeaning", () => {
  test("nothing answered: no leaning", () => {
    expect(computeLeaning({})).toBeUndefined();
  });

  test("a complete set agrees with the engine", () => {
    const traits: Traits = { ...neutralAnswers, teamSkills: [], need: "knowledge", taskType: "question_answering", promptBaseline: "insufficient" };
    const leaning = computeLeaning(traits);
    const result = recommend(traits);
    expect(leaning?.remaining).toBe(0);
    expect(leaning?.leader).toBe(result.recommendation.architecture);
    expect(leaning?.scores).toEqual(result.scores);
    expect(leaning?.confidence).toBe(result.recommendation.confidence);
  });

  test("knowledge that changes daily leans to RAG from few answers", () => {
    const leaning = computeLeaning({ need: "knowledge", knowledgeChange: "daily", citations: "required" });
    expect(leaning?.leader).toBe("rag");
    expect(leaning?.remaining).toBe(15);
    expect(leaning?.topFactors.every((f) => ["need", "knowledgeChange", "citations"].includes(f.trait))).toBe(true);
  });

  test("behaviour with strict output leans to fine-tuning", () => {
    expect(computeLeaning({ need: "behavior", outputControl: "strict", labeledExamples: "thousands" })?.leader).toBe("fine_tuning");
  });

  test("invalid stored values count as unanswered", () => {
    expect(computeLeaning({ upfrontBudgetUsd: -1 })).toBeUndefined();
  });
});

describe("the leaning with a behaviour-only need", () => {
  test("counts the skipped retrieval questions neither as answered nor as left, and lists no factor from them", () => {
    const leaning = computeLeaning({ need: "behavior", corpusSize: "large", citations: "required" });
    expect(leaning?.answered).toBe(1);
    expect(leaning?.remaining).toBe(13);
    expect(leaning?.topFactors.every((factor) => factor.trait === "need")).toBe(true);
  });
});
