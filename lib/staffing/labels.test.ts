import { describe, expect, it } from "vitest";
import { withArticle } from "./grammar";
import { sourcingLabel, sourcingModeLabels, workloadLabel } from "./labels";

describe("workload in words", () => {
  it.each([
    [1, "full-time"],
    [0.5, "half-time"],
    [0.25, "part-time (about 25%)"],
    [0.75, "part-time (about 75%)"],
    [2, "2 people (2 full-time)"],
    [1.5, "1.5 people (1 full-time and one half-time)"],
    [1.25, "1.25 people (1 full-time and one part-time (about 25%))"],
    [0, "not needed"],
    [-1, "not needed"],
    [Number.NaN, "not needed"],
  ])("%d FTE is “%s”", (fte, words) => {
    expect(workloadLabel(fte)).toBe(words);
  });

  it("never calls less than one person full-time", () => {
    for (let fte = 0.05; fte < 1; fte += 0.05) expect(workloadLabel(fte)).not.toMatch(/full-time/);
  });
});

describe("hire, train, contract", () => {
  it("uses one word per way of filling a role", () => {
    expect(sourcingModeLabels).toEqual({ hire: "Hire", train: "Train", contract: "Contract" });
    expect(sourcingLabel({ mode: "hire" })).toBe("Hire: a permanent employee");
    expect(sourcingLabel({ mode: "train" })).toBe("Train: someone you already employ");
    expect(sourcingLabel({ mode: "contract" })).toBe("Contract: a contractor for a bounded need");
  });
});

describe("articles", () => {
  it.each([
    ["AI product engineer", "an AI product engineer"],
    ["MLOps engineer", "an MLOps engineer"],
    ["ML engineer", "an ML engineer"],
    ["LLM", "an LLM"],
    ["evaluation engineer", "an evaluation engineer"],
    ["Evaluation and observability engineer", "an Evaluation and observability engineer"],
    ["RAG engineer", "a RAG engineer"],
    ["Deep learning engineer", "a Deep learning engineer"],
    ["data engineer", "a data engineer"],
    ["MLOpsy tool", "a MLOpsy tool"],
  ])("%s → %s", (noun, phrase) => {
    expect(withArticle(noun)).toBe(phrase);
  });
});
