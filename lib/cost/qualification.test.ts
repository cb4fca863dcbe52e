import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { qualification, qualifications } from "./qualification";

describe("which options can meet the answers", () => {
  it("all four can for a neutral project with a small corpus, except a prompt that cannot hold the material", () => {
    expect(qualifications(makeTraits()).map((q) => [q.architecture, q.qualifies])).toEqual([
      ["prompt_engineering", false],
      ["rag", true],
      ["fine_tuning", true],
      ["hybrid", true],
    ]);
    expect(qualification(makeTraits({ corpusSize: "fits_in_prompt" }), "prompt_engineering").qualifies).toBe(true);
    expect(qualification(makeTraits({ need: "behavior" }), "prompt_engineering").qualifies).toBe(true);
  });

  it("a tuned-only model cannot keep up with facts that change daily, or cite sources", () => {
    expect(qualification(makeTraits({ knowledgeChange: "daily" }), "fine_tuning").reasons).toEqual([
      "Its facts live in the model's weights, and they change daily or faster: they would be stale before each training run ends.",
    ]);
    expect(qualification(makeTraits({ knowledgeChange: "realtime", citations: "required" }), "fine_tuning").reasons).toHaveLength(2);
    expect(qualification(makeTraits({ knowledgeChange: "weekly" }), "fine_tuning").qualifies).toBe(true);
    expect(qualification(makeTraits({ need: "behavior", knowledgeChange: "daily", citations: "required" }), "fine_tuning").qualifies).toBe(true);
    expect(qualification(makeTraits({ knowledgeChange: "daily" }), "hybrid").qualifies).toBe(true);
  });

  it("retrieval over a large index misses a 300 ms budget", () => {
    expect(qualification(makeTraits({ latency: "strict", corpusSize: "large" }), "rag").qualifies).toBe(false);
    expect(qualification(makeTraits({ latency: "strict", corpusSize: "massive" }), "hybrid").qualifies).toBe(false);
    expect(qualification(makeTraits({ latency: "strict", corpusSize: "small" }), "rag").qualifies).toBe(true);
    expect(qualification(makeTraits({ latency: "interactive", corpusSize: "massive" }), "rag").qualifies).toBe(true);
  });

  it("the latency limit is about searching an index: a tuned-only model without one still qualifies", () => {
    expect(qualification(makeTraits({ latency: "strict", corpusSize: "large" }), "fine_tuning")).toEqual({ architecture: "fine_tuning", qualifies: true, reasons: [] });
  });
});
