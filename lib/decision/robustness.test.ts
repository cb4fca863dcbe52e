import { describe, expect, it } from "vitest";
import { confidenceLevel, nudges, toConfidence } from "./robustness";
import { recommend } from "./recommend";
import { makeTraits, neutralTraits } from "@/tests/fixtures/traits";

describe("nudges: the one-step changes of a single answer", () => {
  it("for the neutral project: each neighbour on the ordered scales, the other yes/no, the numbers halved and doubled", () => {
    expect(nudges(neutralTraits)).toEqual([
      { trait: "knowledgeChange", to: "weekly" },
      { trait: "knowledgeChange", to: "yearly" },
      { trait: "corpusSize", to: "fits_in_prompt" },
      { trait: "corpusSize", to: "large" },
      { trait: "citations", to: "none" },
      { trait: "citations", to: "required" },
      { trait: "outputControl", to: "loose" },
      { trait: "outputControl", to: "strict" },
      { trait: "domainVocabulary", to: "specialized" },
      { trait: "errorCost", to: "low" },
      { trait: "errorCost", to: "high" },
      { trait: "latency", to: "interactive" },
      { trait: "latency", to: "batch" },
      { trait: "dataSensitivity", to: "public" },
      { trait: "dataSensitivity", to: "regulated" },
      { trait: "perUserAccess", to: true },
      { trait: "timeToShip", to: "days" },
      { trait: "timeToShip", to: "months" },
      { trait: "labeledExamples", to: "under_100" },
      { trait: "labeledExamples", to: "thousands" },
      { trait: "gpuAccess", to: "none" },
      { trait: "gpuAccess", to: "dedicated" },
      { trait: "upfrontBudgetUsd", to: 12_500 },
      { trait: "upfrontBudgetUsd", to: 50_000 },
      { trait: "monthlyQueries", to: 50_000 },
      { trait: "monthlyQueries", to: 200_000 },
    ]);
  });

  it("has one neighbour at each end of a scale, none for zero, whole requests, and stops at the schema's maximum", () => {
    const ends = makeTraits({ knowledgeChange: "realtime", labeledExamples: "tens_of_thousands", perUserAccess: true, upfrontBudgetUsd: 0, monthlyQueries: 1 });
    const list = nudges(ends);
    expect(list.filter((n) => n.trait === "knowledgeChange")).toEqual([{ trait: "knowledgeChange", to: "daily" }]);
    expect(list.filter((n) => n.trait === "labeledExamples")).toEqual([{ trait: "labeledExamples", to: "thousands" }]);
    expect(list.filter((n) => n.trait === "perUserAccess")).toEqual([{ trait: "perUserAccess", to: false }]);
    expect(list.filter((n) => n.trait === "upfrontBudgetUsd")).toEqual([]);
    expect(list.filter((n) => n.trait === "monthlyQueries")).toEqual([
      { trait: "monthlyQueries", to: 0 },
      { trait: "monthlyQueries", to: 2 },
    ]);
    const top = nudges(makeTraits({ upfrontBudgetUsd: 1_000_000_000, monthlyQueries: 60_000_000_000 }));
    expect(top.filter((n) => n.trait === "upfrontBudgetUsd").map((n) => n.to)).toEqual([500_000_000]);
    expect(top.filter((n) => n.trait === "monthlyQueries").map((n) => n.to)).toEqual([30_000_000_000, 100_000_000_000]);
    // A fractional budget halves exactly; an odd request count rounds down.
    expect(nudges(makeTraits({ upfrontBudgetUsd: 0.5, monthlyQueries: 3 })).filter((n) => n.trait === "upfrontBudgetUsd" || n.trait === "monthlyQueries").map((n) => n.to)).toEqual([0.25, 1, 1, 6]);
  });

  it("leaves the need, the main job, the prompt baseline and the skills alone (they are not scales)", () => {
    const traits = new Set(nudges(neutralTraits).map((n) => n.trait));
    for (const key of ["need", "taskType", "promptBaseline", "teamSkills"] as const) expect(traits.has(key)).toBe(false);
  });
});

describe("toConfidence: the margin curve, capped by robustness and lowered by unsure answers", () => {
  // 0.5 + 0.45 · tanh(margin / 15): tanh(1/15) = 0.0666, tanh(10/15) = 0.5828, tanh(20/15) = 0.8701,
  // tanh(38/15) = 0.98747, tanh(39/15) = 0.98903.
  it.each([
    [0, false, 0, 0, 0.5],
    [1, false, 0, 0, 0.53],
    [10, false, 0, 0, 0.76],
    [20, false, 0, 0, 0.89],
    [38, false, 0, 0, 0.94],
    [39, false, 0, 0, 0.95],
    [500, false, 0, 0, 0.95],
    // A nudge overturns it: at most 0.75; a lower confidence stays as it is.
    [39, true, 0, 0, 0.75],
    [10, true, 0, 0, 0.75],
    [1, true, 0, 0, 0.53],
    // 0.05 less per unsure answer: 0.94506 − 0.05 = 0.895 → 0.9; − 0.10 → 0.85.
    [39, false, 1, 0, 0.9],
    [39, false, 2, 0, 0.85],
    // An unsure answer that could change the pick: at most 0.7.
    [39, false, 1, 1, 0.7],
    [10, false, 1, 1, 0.7],
    [10, false, 2, 1, 0.66],
    // Fragile and unsure: 0.75 − 0.05 = 0.7.
    [39, true, 1, 0, 0.7],
    // Never below 0.5.
    [0, false, 3, 0, 0.5],
    [5, true, 4, 2, 0.5],
  ])("margin %d, overturned by a nudge %s, %d unsure of which %d matter → %d", (margin, fragile, unsure, matter, expected) => {
    expect(toConfidence(margin, fragile, unsure, matter)).toBe(expected);
  });

  it.each([
    [0.95, "firm"],
    [0.8, "firm"],
    [0.79, "leaning"],
    [0.65, "leaning"],
    [0.64, "close_call"],
    [0.5, "close_call"],
  ] as const)("%d is %s", (confidence, level) => {
    expect(confidenceLevel(confidence)).toBe(level);
  });
});

describe("confidenceBasis in the recommendation", () => {
  it("names the answers a fragile pick hangs on", () => {
    // Fine-tuning 18.2 points ahead of RAG on a behaviour project, but shipping in days would make it RAG.
    const result = recommend(makeTraits({ need: "behavior", errorCost: "low" }));
    expect(result.confidenceBasis).toEqual({
      level: "leaning",
      margin: 18.2,
      hangsOn: [{ trait: "timeToShip", to: "days", architecture: "rag" }],
      unsureCount: 0,
      unsureThatMatter: 0,
    });
    expect(result.recommendation.confidence).toBe(0.75);
  });

  it("counts the unsure answers and those that could change the pick", () => {
    // The neutral project is far ahead (83.4 points); unsure of its budget and latency, nothing changes: 0.95 − 0.10.
    const calm = recommend({ ...neutralTraits, unsure: ["upfrontBudgetUsd", "latency"] });
    expect(calm.confidenceBasis).toMatchObject({ level: "firm", unsureCount: 2, unsureThatMatter: 0 });
    expect(calm.recommendation.confidence).toBe(0.85);
    // Unsure whether the need could be served by a prompt that fits: the corpus size changes the pick.
    const open = recommend({ ...makeTraits({ need: "both", promptBaseline: "sufficient" }), unsure: ["corpusSize"] });
    expect(open.unsure).toEqual([
      {
        trait: "corpusSize",
        assumed: "small",
        outcomes: [
          { value: "fits_in_prompt", architecture: "prompt_engineering" },
          { value: "small", architecture: "rag" },
          { value: "large", architecture: "rag" },
          { value: "massive", architecture: "rag" },
        ],
        changesPick: true,
      },
    ]);
    expect(open.confidenceBasis).toMatchObject({ unsureCount: 1, unsureThatMatter: 1 });
  });

  it("puts the unsure answers that could change the pick first, each group in the catalogue's order", () => {
    const result = recommend({ ...makeTraits({ need: "both", promptBaseline: "sufficient" }), unsure: ["gpuAccess", "errorCost", "knowledgeChange", "corpusSize"] });
    expect(result.unsure?.map((u) => [u.trait, u.changesPick])).toEqual([
      ["knowledgeChange", true],
      ["corpusSize", true],
      ["errorCost", true],
      ["gpuAccess", false],
    ]);
  });

  it("shows the numbers' outcomes at four representative values", () => {
    const result = recommend({ ...neutralTraits, unsure: ["monthlyQueries", "upfrontBudgetUsd"] });
    expect(result.unsure?.map((u) => [u.trait, u.assumed, u.outcomes.map((o) => o.value)])).toEqual([
      ["upfrontBudgetUsd", 25_000, [1_000, 10_000, 100_000, 1_000_000]],
      ["monthlyQueries", 100_000, [1_000, 100_000, 10_000_000, 1_000_000_000]],
    ]);
  });
});
