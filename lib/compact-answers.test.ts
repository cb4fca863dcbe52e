import { describe, expect, it } from "vitest";
import { traitsToQueryString } from "@/lib/decision/traits-query-string";
import { traitsFromSearchParams } from "@/lib/decision/traits-url";
import { answerSets } from "@/tests/fixtures/answer-sets";
import { compactAnswers, expandAnswers } from "./compact-answers";

describe("compact answers", () => {
  it("round-trips 200 distinct answer sets in a few dozen characters", () => {
    for (const traits of answerSets(200)) {
      const compact = compactAnswers(traits);
      expect(compact).toBeDefined();
      expect((compact ?? "").length).toBeLessThan(60);
      const parsed = traitsFromSearchParams(expandAnswers(compact ?? "") ?? new URLSearchParams());
      expect(parsed.ok && traitsToQueryString(parsed.traits)).toBe(traitsToQueryString(traits));
    }
  });

  it("keeps the optional corpus figures and has no short form for fractions", () => {
    const [traits] = answerSets(1);
    if (!traits) throw new Error("no answer set");
    const withCorpus = { ...traits, corpusDocuments: 12_000, documentPages: 8 };
    expect(expandAnswers(compactAnswers(withCorpus) ?? "")?.get("documentPages")).toBe("8");
    expect(compactAnswers({ ...traits, upfrontBudgetUsd: 10.5 })).toBeUndefined();
  });

  it("rejects malformed short forms", () => {
    expect(expandAnswers("")).toBeUndefined();
    expect(expandAnswers("z-z-z")).toBeUndefined();
    const [traits] = answerSets(1);
    if (!traits) throw new Error("no answer set");
    const fields = (compactAnswers(traits) ?? "").split("-");
    fields[0] = "9";
    expect(expandAnswers(fields.join("-"))).toBeUndefined();
  });
});
