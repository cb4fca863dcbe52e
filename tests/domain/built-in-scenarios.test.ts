import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/decision/recommend";
import type { Architecture } from "@/lib/decision/types";
import { builtInScenarios } from "./built-in-scenarios";

/*
 * The pick for every built-in scenario, written out. A change of weights that moves one of them must change this
 * table too, with the reason in the commit message: the table is how a reviewer sees which scenarios moved.
 */
const expectedPicks: readonly (readonly [string, Architecture])[] = [
  ["seed 003: keep the model updated with changing docs", "rag"],
  ["seed 003: control over output structure and style", "fine_tuning"],
  ["seed 003: low budget and a fast MVP", "rag"],
  ["seed 003: recall beyond the context window", "fine_tuning"],
  ["seed 003: real-time customer support from docs", "rag"],
  ["seed 003: legal document clause rewriting", "fine_tuning"],
  ["seed 003: internal Q&A over technical docs", "rag"],
  ["seed 003: email drafting with brand tone", "fine_tuning"],
  ["seed 003: long-term scalable infrastructure", "hybrid"],
  ["seed 004: knowledge that changes often → RAG", "rag"],
  ["seed 004: behaviour with labelled examples → fine-tune", "fine_tuning"],
  ["seed 004: behaviour without labelled examples → a better prompt first", "prompt_engineering"],
  ["seed 004: still struggling with both → fine-tune + RAG", "hybrid"],
  ["seed 000: new facts → RAG", "rag"],
  ["seed 000: new behaviour → fine-tuning", "fine_tuning"],
  ["seed 000: knowledge that changes daily → RAG, even with training data", "rag"],
  ["seed 000: ship within days → RAG rather than training", "rag"],
  ["golden: small support bot", "rag"],
  ["golden: regulated research assistant", "rag"],
  ["golden: high-volume classifier", "fine_tuning"],
  ["golden: brand voice generator", "fine_tuning"],
  ["golden: hybrid legal assistant", "hybrid"],
  ["named case: rag", "rag"],
  ["named case: fine-tuning", "fine_tuning"],
  ["named case: hybrid", "hybrid"],
  ["named case: prompt", "prompt_engineering"],
  ["demo team: Support assistant over the help centre", "rag"],
  ["demo team: Invoice field extraction", "fine_tuning"],
  // 1.2.0: all the release notes fit in one prompt, so they travel in it (long-context prompting) instead of an index.
  ["demo team: Release-notes summaries", "prompt_engineering"],
];

describe("built-in scenarios", () => {
  it("the table lists every scenario once, in order", () => {
    expect(expectedPicks.map(([name]) => name)).toEqual(builtInScenarios.map((s) => s.name));
  });

  it.each(builtInScenarios.map((s, i) => [s.name, s, expectedPicks[i]?.[1]] as const))("%s", (_name, scenario, expected) => {
    expect(recommend(scenario.traits).recommendation.architecture).toBe(expected);
  });
});
