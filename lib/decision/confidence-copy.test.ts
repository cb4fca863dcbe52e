import { describe, expect, it } from "vitest";
import { confidenceExplanation, hangsOnLines, unsureViews } from "./confidence-copy";
import { recommend } from "./recommend";
import type { ConfidenceBasis } from "./robustness";
import { makeTraits, neutralTraits } from "@/tests/fixtures/traits";

const basis = (overrides: Partial<ConfidenceBasis>): ConfidenceBasis => ({ level: "firm", margin: 24, hangsOn: [], unsureCount: 0, unsureThatMatter: 0, ...overrides });

describe("confidence in words", () => {
  it.each<[string, Partial<ConfidenceBasis>, string]>([
    ["a firm pick", {}, "RAG leads Hybrid (fine-tuning + RAG) by 24 points, and no one-step change of a single answer overturns it."],
    ["one point", { margin: 1 }, "RAG leads Hybrid (fine-tuning + RAG) by 1 point, and no one-step change of a single answer overturns it."],
    [
      "one nudge",
      { margin: 18.2, hangsOn: [{ trait: "timeToShip", to: "days", architecture: "hybrid" }] },
      "RAG leads Hybrid (fine-tuning + RAG) by 18.2 points, and one one-step change of a single answer would overturn it, so it is never shown as more than 75% sure.",
    ],
    [
      "two nudges and two unsure answers, one of which matters",
      { hangsOn: [{ trait: "timeToShip", to: "days", architecture: "hybrid" }, { trait: "latency", to: "strict", architecture: "hybrid" }], unsureCount: 2, unsureThatMatter: 1 },
      "RAG leads Hybrid (fine-tuning + RAG) by 24 points, and 2 one-step changes of a single answer would overturn it, so it is never shown as more than 75% sure. You marked 2 answers “Not sure”; each takes 5 points off, and one could change the pick, so it stays at 70% or less.",
    ],
    ["one unsure answer that does not matter", { unsureCount: 1 }, "RAG leads Hybrid (fine-tuning + RAG) by 24 points, and no one-step change of a single answer overturns it. You marked 1 answer “Not sure”; each takes 5 points off."],
    ["three that matter", { unsureCount: 3, unsureThatMatter: 3 }, "RAG leads Hybrid (fine-tuning + RAG) by 24 points, and no one-step change of a single answer overturns it. You marked 3 answers “Not sure”; each takes 5 points off, and 3 could change the pick, so it stays at 70% or less."],
  ])("%s", (_name, overrides, text) => {
    expect(confidenceExplanation(basis(overrides), "rag", "hybrid")).toBe(text);
  });

  it("words each answer the pick hangs on as a condition", () => {
    const result = recommend(makeTraits({ need: "behavior", errorCost: "low" }));
    expect(hangsOnLines(result.confidenceBasis ?? basis({}), makeTraits({ need: "behavior", errorCost: "low" }))).toEqual([
      { key: "timeToShip-days", text: "If time to ship were “Within days”", architecture: "rag" },
    ]);
  });

  it("labels the unsure answers' values and marks those giving another pick", () => {
    const result = recommend({ ...neutralTraits, unsure: ["perUserAccess"] });
    expect(unsureViews(result.unsure ?? [], "rag")).toEqual([
      {
        trait: "perUserAccess",
        question: "May different users see different documents?",
        assumed: "No",
        changesPick: false,
        outcomes: [
          { value: "No", architecture: "RAG", differs: false },
          { value: "Yes", architecture: "RAG", differs: false },
        ],
      },
    ]);
    expect(unsureViews(result.unsure ?? [], "hybrid")[0]?.outcomes.every((o) => o.differs)).toBe(true);
  });
});
