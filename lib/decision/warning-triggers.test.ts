import { describe, expect, it } from "vitest";
import { architectureTrigger, describeTriggers, scoresTrigger, traitTrigger } from "./warning-triggers";
import { makeTraits } from "@/tests/fixtures/traits";

describe("warning triggers", () => {
  const traits = makeTraits({ latency: "strict", monthlyQueries: 2_000_000, teamSkills: ["retrieval", "evaluation"] });

  it("point at an answer with its label", () => {
    expect(traitTrigger(traits, "latency")).toEqual({ key: "latency", answer: "strict", label: "Under 300 ms" });
    expect(traitTrigger(traits, "monthlyQueries")).toEqual({ key: "monthlyQueries", answer: 2_000_000, label: "2M requests / month" });
    expect(traitTrigger(traits, "teamSkills")).toEqual({ key: "teamSkills", answer: ["retrieval", "evaluation"], label: "Retrieval pipelines, Evaluation" });
  });

  it("point at the architecture", () => {
    expect(architectureTrigger("hybrid")).toEqual({ key: "architecture", answer: "hybrid", label: "Hybrid (fine-tuning + RAG)" });
  });

  it.each([
    [66.5, 70.4, "fine-tuning scored 67, retrieval 70"],
    [66.4, 70.5, "fine-tuning scored 66, retrieval 71"],
    [0, 100, "fine-tuning scored 0, retrieval 100"],
  ])("point at the scores: fine-tuning %d, RAG %d → %s", (fineTuning, rag, label) => {
    expect(scoresTrigger({ prompt_engineering: 50, rag, fine_tuning: fineTuning, hybrid: 40 })).toEqual({ key: "scores", answer: fineTuning, label });
  });

  it("describe themselves with a readable name per key, or the key itself when it has none", () => {
    expect(
      describeTriggers([
        traitTrigger(traits, "teamSkills"),
        architectureTrigger("rag"),
        traitTrigger(traits, "monthlyQueries"),
        traitTrigger(traits, "latency"),
        traitTrigger(traits, "taskType"),
      ]),
    ).toBe("team skills: Retrieval pipelines, Evaluation; recommended architecture: RAG; monthly requests: 2M requests / month; response time: Under 300 ms; taskType: Answer questions");
    expect(describeTriggers([])).toBe("");
  });
});
