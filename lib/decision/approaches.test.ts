import { describe, expect, it } from "vitest";
import { approachesFor, distillationQueries, fullFineTuningBudgetUsd } from "./approaches";
import { recommend } from "./recommend";
import type { Traits } from "./traits";
import type { Architecture } from "./types";
import { makeTraits } from "@/tests/fixtures/traits";

const ids = (traits: Partial<Traits>, architecture: Architecture) => approachesFor(makeTraits(traits), architecture).map((a) => a.id);

describe("approaches inside each architecture, where the answers support them", () => {
  it.each<[string, Partial<Traits>, Architecture, string[]]>([
    ["nothing special: the neutral project as RAG", {}, "rag", []],
    ["strict output, as a prompt", { outputControl: "strict" }, "prompt_engineering", ["structured_outputs"]],
    ["structured generation, as fine-tuning", { taskType: "structured_generation" }, "fine_tuning", ["structured_outputs", "lora"]],
    ["classification, as RAG", { taskType: "classification_extraction" }, "rag", ["structured_outputs"]],
    ["knowledge that fits in a prompt", { corpusSize: "fits_in_prompt" }, "prompt_engineering", ["long_context"]],
    ["behaviour that fits in a prompt: nothing to put in it", { need: "behavior", corpusSize: "fits_in_prompt" }, "prompt_engineering", []],
    ["a large corpus, retrieved", { corpusSize: "large" }, "rag", ["reranking_hybrid_search"]],
    ["a massive corpus, in a hybrid", { corpusSize: "massive" }, "hybrid", ["lora", "reranking_hybrid_search"]],
    ["a large corpus, but trained", { corpusSize: "large" }, "fine_tuning", ["lora"]],
    [
      "full fine-tuning: a large dataset, own GPUs and $250k",
      { labeledExamples: "tens_of_thousands", gpuAccess: "dedicated", upfrontBudgetUsd: fullFineTuningBudgetUsd },
      "fine_tuning",
      ["full_fine_tuning"],
    ],
    ["LoRA a dollar under", { labeledExamples: "tens_of_thousands", gpuAccess: "dedicated", upfrontBudgetUsd: fullFineTuningBudgetUsd - 1 }, "fine_tuning", ["lora"]],
    ["LoRA with rented GPUs", { labeledExamples: "tens_of_thousands", gpuAccess: "cloud", upfrontBudgetUsd: 1_000_000 }, "fine_tuning", ["lora"]],
    ["LoRA with thousands of examples", { labeledExamples: "thousands", gpuAccess: "dedicated", upfrontBudgetUsd: 1_000_000 }, "fine_tuning", ["lora"]],
    [
      "distillation: a working prompt, thousands of examples, 10M requests",
      { need: "behavior", promptBaseline: "sufficient", labeledExamples: "thousands", monthlyQueries: distillationQueries },
      "fine_tuning",
      ["distillation", "lora"],
    ],
    ["no distillation a request under", { need: "behavior", promptBaseline: "sufficient", labeledExamples: "thousands", monthlyQueries: distillationQueries - 1 }, "fine_tuning", ["lora"]],
    ["no distillation with hundreds of examples", { need: "behavior", promptBaseline: "sufficient", labeledExamples: "hundreds", monthlyQueries: 50_000_000 }, "prompt_engineering", []],
    ["no distillation of a prompt that falls short", { need: "behavior", promptBaseline: "insufficient", labeledExamples: "tens_of_thousands", monthlyQueries: 50_000_000 }, "fine_tuning", ["lora"]],
    ["no distillation for knowledge", { need: "knowledge", promptBaseline: "sufficient", labeledExamples: "thousands", monthlyQueries: 50_000_000 }, "prompt_engineering", []],
  ])("%s", (_name, traits, architecture, expected) => {
    expect(ids(traits, architecture)).toEqual(expected);
  });

  it("gives each a name and a reason, and words structured outputs for the architecture", () => {
    const [tuned] = approachesFor(makeTraits({ outputControl: "strict" }), "fine_tuning");
    const [prompted] = approachesFor(makeTraits({ outputControl: "strict" }), "prompt_engineering");
    expect(tuned?.name).toBe("Structured outputs and validators");
    expect(tuned?.reason).toMatch(/^Before training for a format/);
    expect(prompted?.reason).toMatch(/without training\.$/);
  });

  it("are part of the recommendation, for its architecture", () => {
    const result = recommend(makeTraits({ corpusSize: "large", outputControl: "strict" }));
    expect(result.recommendation.architecture).toBe("rag");
    expect(result.approaches?.map((a) => a.id)).toEqual(["structured_outputs", "reranking_hybrid_search"]);
  });
});

describe("the new rules, end to end", () => {
  it("a working prompt at tens of millions of requests with thousands of examples: distil it (fine-tuning)", () => {
    const base = makeTraits({ need: "behavior", taskType: "agent_workflow", promptBaseline: "sufficient", labeledExamples: "thousands", timeToShip: "weeks" });
    expect(recommend({ ...base, monthlyQueries: 100_000 }).recommendation.architecture).toBe("prompt_engineering");
    const busy = recommend({ ...base, monthlyQueries: 30_000_000 });
    expect(busy.recommendation.architecture).toBe("fine_tuning");
    // The distillation share at 30M: ln(30)/ln(100) = 0.7386 of { prompt −8, fine-tuning +40 }.
    expect(busy.factors.find((f) => f.trait === "monthlyQueries" && f.rationale.startsWith("A prompt that already works"))?.effects).toEqual({ prompt_engineering: -5.9, fine_tuning: 29.5 });
  });

  it("behaviour only with everything in one prompt: the nothing-to-retrieve gate", () => {
    const result = recommend(makeTraits({ need: "behavior", corpusSize: "fits_in_prompt" }));
    expect(result.factors.filter((f) => f.gate).map((f) => [f.trait, f.effects])).toEqual([["corpusSize", { rag: -40, hybrid: -40 }]]);
    expect(recommend(makeTraits({ need: "behavior", corpusSize: "small" })).factors.some((f) => f.gate && f.trait === "corpusSize")).toBe(false);
    expect(recommend(makeTraits({ need: "knowledge", corpusSize: "fits_in_prompt" })).factors.some((f) => f.gate && f.trait === "corpusSize")).toBe(false);
  });

  it("both needs: RAG against hybrid is settled by the behaviour evidence", () => {
    const knowledgeHeavy = { need: "both", knowledgeChange: "daily", citations: "required", perUserAccess: true, corpusSize: "large" } as const;
    expect(recommend(makeTraits({ ...knowledgeHeavy, labeledExamples: "none", outputControl: "loose" })).recommendation.architecture).toBe("rag");
    expect(recommend(makeTraits({ ...knowledgeHeavy, labeledExamples: "thousands", outputControl: "strict", domainVocabulary: "highly_specialized", timeToShip: "months" })).recommendation.architecture).toBe("hybrid");
  });
});
