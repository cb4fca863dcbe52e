import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { answersWithSkips, isSkippedQuestion, showsAsSkipped, skippedAssumptions, withoutAssumedAnswers } from "./skipped";
import { recommend } from "./recommend";
import { traitsSchema } from "./traits";

describe("knowledge-side questions skipped for a behaviour-only need", () => {
  it.each([
    { need: "behavior" as const, key: "corpusSize", skipped: true },
    { need: "behavior" as const, key: "perUserAccess", skipped: true },
    { need: "behavior" as const, key: "outputControl", skipped: false },
    { need: "knowledge" as const, key: "corpusSize", skipped: false },
    { need: "both" as const, key: "citations", skipped: false },
    { need: undefined, key: "citations", skipped: false },
  ])("need $need, $key: skipped $skipped", ({ need, key, skipped }) => {
    expect(isSkippedQuestion(key, { need })).toBe(skipped);
  });

  it("fills the assumptions over earlier answers, drops their unsure marks and corpus figures, keeps the rest", () => {
    const answers = {
      need: "behavior" as const,
      knowledgeChange: "daily" as const,
      corpusSize: "large" as const,
      corpusDocuments: 50_000,
      unsure: ["citations" as const, "latency" as const],
    };
    expect(answersWithSkips(answers)).toEqual({
      need: "behavior",
      knowledgeChange: "monthly",
      corpusSize: "small",
      citations: "helpful",
      perUserAccess: false,
      unsure: ["latency"],
    });
  });

  it("drops the unsure list when only knowledge-side answers were marked, and adds none when there was none", () => {
    const marked = answersWithSkips({ need: "behavior", unsure: ["citations", "corpusSize"] });
    expect(marked).not.toHaveProperty("unsure");
    expect(answersWithSkips({ need: "behavior", latency: "strict" })).toEqual({ need: "behavior", latency: "strict", ...skippedAssumptions });
    expect(answersWithSkips({ need: "behavior", unsure: [] })).not.toHaveProperty("unsure");
  });

  it("never shows a question that is asked as skipped", () => {
    expect(showsAsSkipped("latency", makeTraits({ need: "behavior" }))).toBe(false);
  });

  it("leaves other needs untouched", () => {
    const answers = { need: "both" as const, corpusSize: "large" as const, unsure: ["citations" as const] };
    expect(answersWithSkips(answers)).toBe(answers);
  });

  it("gives valid traits with nothing marked unsure (so confidence is not lowered)", () => {
    const { knowledgeChange, corpusSize, citations, perUserAccess, ...rest } = makeTraits({ need: "behavior" });
    void [knowledgeChange, corpusSize, citations, perUserAccess];
    const traits = traitsSchema.parse(answersWithSkips(rest));
    expect(traits.unsure).toBeUndefined();
    expect(recommend(traits).recommendation.confidence).toBe(recommend(makeTraits({ need: "behavior", ...skippedAssumptions })).recommendation.confidence);
  });

  it.each([
    { name: "behaviour need with the assumption", traits: makeTraits({ need: "behavior", ...skippedAssumptions }), expected: true },
    { name: "behaviour need with another value", traits: makeTraits({ need: "behavior", corpusSize: "large" }), expected: false },
    { name: "knowledge need", traits: makeTraits({ need: "knowledge", ...skippedAssumptions }), expected: false },
    { name: "behaviour need, the assumption marked unsure", traits: makeTraits({ need: "behavior", ...skippedAssumptions, unsure: ["corpusSize"] }), expected: false },
    { name: "behaviour need, another answer marked unsure", traits: makeTraits({ need: "behavior", ...skippedAssumptions, unsure: ["latency"] }), expected: true },
  ])("results show corpus size as skipped: $name → $expected", ({ traits, expected }) => {
    expect(showsAsSkipped("corpusSize", traits)).toBe(expected);
  });
});

describe("answers loaded back into the wizard", () => {
  it("leave out the assumptions of a behaviour-only need, keep other values and other needs", () => {
    expect(withoutAssumedAnswers({ need: "behavior", ...skippedAssumptions, corpusSize: "large", latency: "strict" })).toEqual({
      need: "behavior",
      corpusSize: "large",
      latency: "strict",
    });
    // An assumption's value the person marked unsure was their own answer: it stays.
    expect(withoutAssumedAnswers({ need: "behavior", ...skippedAssumptions, unsure: ["citations"] })).toEqual({
      need: "behavior",
      citations: skippedAssumptions.citations,
      unsure: ["citations"],
    });
    expect(withoutAssumedAnswers({ need: "behavior", ...skippedAssumptions, unsure: ["latency"] })).toEqual({ need: "behavior", unsure: ["latency"] });
    const both = { need: "both" as const, ...skippedAssumptions };
    expect(withoutAssumedAnswers(both)).toBe(both);
  });
});
