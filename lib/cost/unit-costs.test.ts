import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import { resolveAssumptions, type AssumptionOverrides } from "./resolve-assumptions";
import { gpuHourlyUsd, gpuHoursPerRun, rateCard, retrainsPerMonth, tokensPerQuery, type RateCard } from "./unit-costs";

/*
 * Expected values are worked out by hand from the defaults (restated in assumptions.test.ts):
 * LLM $0.002 per 1k tokens, ×1.5 for a tuned model; per request 1,500 prompt tokens, +8,000 carried material for a
 * prompt-only knowledge task, +2,500 retrieved, 600 for a tuned model, 50 embedded for search; embedding $0.02 per
 * million tokens; 400 tokens a chunk; vector store $50 a month + $15 per million vectors + $10 per million reads;
 * H100 $3.50 an hour (×0.5 on owned GPUs), 6 runs before launch.
 */
const v = resolveAssumptions();
const card = (traits: Partial<Traits>, architecture: Architecture, overrides: AssumptionOverrides = {}) =>
  rateCard(makeTraits(traits), architecture, resolveAssumptions(overrides));

/** Every number in `actual` within a billionth (relative) of the hand-worked figure. */
function expectRateCard(actual: RateCard, expected: RateCard) {
  const flat = (card: RateCard) =>
    Object.entries({ ...card.build, ...card.monthlyRun, monthlyRetraining: card.monthlyRetraining, ...card.units }).sort(([x], [y]) => x.localeCompare(y));
  const want = flat(expected);
  const got = flat(actual);
  expect(got.map(([key]) => key)).toEqual(want.map(([key]) => key));
  want.forEach(([key, value], i) => {
    const actualValue = got[i]?.[1] ?? Number.NaN;
    expect(Math.abs(actualValue - value), `${key}: ${actualValue} vs ${value}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
  });
}

describe("rate card of the neutral project (knowledge, ~1,000 documents = 2M tokens, monthly change, hundreds of examples, cloud GPUs, 100,000 requests a month)", () => {
  it("prompt engineering: 9,500 tokens a request, nothing to build", () => {
    expectRateCard(card({}, "prompt_engineering"), {
      build: { corpusEmbedding: 0, trainingRuns: 0 },
      // (1,500 + 8,000) tokens / 1,000 × $0.002 = $0.019 a request × 100,000 = $1,900 a month
      monthlyRun: { inference: 1_900, queryEmbedding: 0, embeddingUpdates: 0, vectorStore: 0 },
      monthlyRetraining: 0,
      units: { tokensPerQuery: 9_500, costPerQuery: 0.019, gpuHoursPerRun: 0, gpuHourlyUsd: 3.5, trainingRunsBeforeLaunch: 0, retrainsPerMonth: 0, corpusTokens: 2_000_000, vectors: 0 },
    });
  });

  it("RAG: embed 2M tokens once, store 5,000 vectors, 4,000 tokens a request", () => {
    expectRateCard(card({}, "rag"), {
      // 2,000,000 tokens × $0.02/M = $0.04
      build: { corpusEmbedding: 0.04, trainingRuns: 0 },
      monthlyRun: {
        // (1,500 + 2,500) / 1,000 × $0.002 = $0.008 × 100,000 = $800
        inference: 800,
        // 50 tokens × $0.02/M = $0.000001 × 100,000 = $0.10
        queryEmbedding: 0.1,
        // 10% of 2M tokens re-embedded a month × $0.02/M = $0.004
        embeddingUpdates: 0.004,
        // $50 + 5,000 vectors (2M / 400) × $15/M = $0.075 + 100,000 reads × $10/M = $1 → $51.075
        vectorStore: 51.075,
      },
      monthlyRetraining: 0,
      // $0.008 + $0.000001 + $0.00001 = $0.008011 a request
      units: { tokensPerQuery: 4_000, costPerQuery: 0.008011, gpuHoursPerRun: 0, gpuHourlyUsd: 3.5, trainingRunsBeforeLaunch: 0, retrainsPerMonth: 0, corpusTokens: 2_000_000, vectors: 5_000 },
    });
  });

  it("fine-tuning: trains on the examples and the corpus (4 + 24 GPU-hours), retrains monthly", () => {
    expectRateCard(card({}, "fine_tuning"), {
      // 6 runs × 28 GPU-hours × $3.50 = $588
      build: { corpusEmbedding: 0, trainingRuns: 588 },
      // 600 / 1,000 × $0.002 × 1.5 = $0.0018 × 100,000 = $180
      monthlyRun: { inference: 180, queryEmbedding: 0, embeddingUpdates: 0, vectorStore: 0 },
      // 1 run a month × 28 GPU-hours × $3.50 = $98
      monthlyRetraining: 98,
      units: { tokensPerQuery: 600, costPerQuery: 0.0018, gpuHoursPerRun: 28, gpuHourlyUsd: 3.5, trainingRunsBeforeLaunch: 6, retrainsPerMonth: 1, corpusTokens: 2_000_000, vectors: 0 },
    });
  });

  it("hybrid: trains on the examples only (4 GPU-hours), retrieves the facts, retrains every four months", () => {
    expectRateCard(card({}, "hybrid"), {
      // $0.04 embedding; 6 runs × 4 GPU-hours × $3.50 = $84
      build: { corpusEmbedding: 0.04, trainingRuns: 84 },
      // (600 + 2,500) / 1,000 × $0.003 = $0.0093 × 100,000 = $930
      monthlyRun: { inference: 930, queryEmbedding: 0.1, embeddingUpdates: 0.004, vectorStore: 51.075 },
      // min(1, 0.25) run a month × 4 GPU-hours × $3.50 = $3.50
      monthlyRetraining: 3.5,
      units: { tokensPerQuery: 3_100, costPerQuery: 0.009311, gpuHoursPerRun: 4, gpuHourlyUsd: 3.5, trainingRunsBeforeLaunch: 6, retrainsPerMonth: 0.25, corpusTokens: 2_000_000, vectors: 5_000 },
    });
  });
});

describe("rate card of a behaviour project on owned GPUs (thousands of examples, ~1M documents = 2B tokens, daily change, 1,000,000 requests a month)", () => {
  const traits: Partial<Traits> = { need: "behavior", labeledExamples: "thousands", gpuAccess: "dedicated", corpusSize: "large", knowledgeChange: "daily", monthlyQueries: 1_000_000 };

  it("prompt engineering carries no reference material for a behaviour task", () => {
    // 1,500 / 1,000 × $0.002 = $0.003 × 1,000,000 = $3,000
    expectRateCard(card(traits, "prompt_engineering"), {
      build: { corpusEmbedding: 0, trainingRuns: 0 },
      monthlyRun: { inference: 3_000, queryEmbedding: 0, embeddingUpdates: 0, vectorStore: 0 },
      monthlyRetraining: 0,
      units: { tokensPerQuery: 1_500, costPerQuery: 0.003, gpuHoursPerRun: 0, gpuHourlyUsd: 1.75, trainingRunsBeforeLaunch: 0, retrainsPerMonth: 0, corpusTokens: 2_000_000_000, vectors: 0 },
    });
  });

  it("RAG over 2B tokens re-embeds 60% of them a month", () => {
    expectRateCard(card(traits, "rag"), {
      // 2,000,000,000 × $0.02/M = $40
      build: { corpusEmbedding: 40, trainingRuns: 0 },
      monthlyRun: {
        // $0.008 × 1,000,000 = $8,000
        inference: 8_000,
        // $0.000001 × 1,000,000 = $1
        queryEmbedding: 1,
        // 0.6 × $40 = $24
        embeddingUpdates: 24,
        // $50 + 5,000,000 vectors × $15/M = $75 + 1,000,000 × $10/M = $10 → $135
        vectorStore: 135,
      },
      monthlyRetraining: 0,
      units: { tokensPerQuery: 4_000, costPerQuery: 0.008011, gpuHoursPerRun: 0, gpuHourlyUsd: 1.75, trainingRunsBeforeLaunch: 0, retrainsPerMonth: 0, corpusTokens: 2_000_000_000, vectors: 5_000_000 },
    });
  });

  it("fine-tuning on behaviour trains on the examples only and retrains 30 times a month at the owned-GPU rate", () => {
    expectRateCard(card(traits, "fine_tuning"), {
      // 6 runs × 12 GPU-hours × ($3.50 × 0.5) = $126
      build: { corpusEmbedding: 0, trainingRuns: 126 },
      // $0.0018 × 1,000,000 = $1,800
      monthlyRun: { inference: 1_800, queryEmbedding: 0, embeddingUpdates: 0, vectorStore: 0 },
      // 30 × 12 × $1.75 = $630
      monthlyRetraining: 630,
      units: { tokensPerQuery: 600, costPerQuery: 0.0018, gpuHoursPerRun: 12, gpuHourlyUsd: 1.75, trainingRunsBeforeLaunch: 6, retrainsPerMonth: 30, corpusTokens: 2_000_000_000, vectors: 0 },
    });
  });

  it("hybrid retrains at most every four months however often facts change", () => {
    expectRateCard(card(traits, "hybrid"), {
      build: { corpusEmbedding: 40, trainingRuns: 126 },
      // $0.0093 × 1,000,000 = $9,300
      monthlyRun: { inference: 9_300, queryEmbedding: 1, embeddingUpdates: 24, vectorStore: 135 },
      // 0.25 × 12 × $1.75 = $5.25
      monthlyRetraining: 5.25,
      units: { tokensPerQuery: 3_100, costPerQuery: 0.009311, gpuHoursPerRun: 12, gpuHourlyUsd: 1.75, trainingRunsBeforeLaunch: 6, retrainsPerMonth: 0.25, corpusTokens: 2_000_000_000, vectors: 5_000_000 },
    });
  });
});

describe("rate card of a knowledge-and-behaviour project with no GPUs of its own (tens of thousands of examples, >1M documents, continuous change)", () => {
  const traits: Partial<Traits> = { need: "both", labeledExamples: "tens_of_thousands", gpuAccess: "none", corpusSize: "massive", knowledgeChange: "realtime", monthlyQueries: 10_000 };

  it("fine-tuning trains on examples and corpus: 40 + 4,000 GPU-hours a run", () => {
    const c = card(traits, "fine_tuning");
    // 6 × 4,040 × $3.50 = $84,840; 30 retrains × 4,040 × $3.50 = $424,200 a month
    expect(c.build.trainingRuns).toBe(84_840);
    expect(c.monthlyRetraining).toBe(424_200);
    expect(c.units.gpuHoursPerRun).toBe(4_040);
    // 600 / 1,000 × $0.003 × 10,000 = $18
    expect(c.monthlyRun.inference).toBeCloseTo(18, 9);
  });

  it("prompt engineering carries reference material when the need includes knowledge", () => {
    expect(card(traits, "prompt_engineering").units.tokensPerQuery).toBe(9_500);
  });

  it("RAG over 40B tokens: $800 to embed, 100M vectors, the whole corpus re-embedded every month", () => {
    const c = card(traits, "rag");
    // 40,000,000,000 × $0.02/M = $800
    expect(c.build.corpusEmbedding).toBeCloseTo(800, 6);
    expect(c.units.vectors).toBe(100_000_000);
    // churn 1 × $800 = $800
    expect(c.monthlyRun.embeddingUpdates).toBeCloseTo(800, 6);
    // $50 + 100 × $15 = $1,500 + 10,000 × $10/M = $0.10 → $1,550.10
    expect(c.monthlyRun.vectorStore).toBeCloseTo(1_550.1, 6);
  });
});

describe("corpus size buckets", () => {
  it.each([
    // answer, tokens, vectors at 400 tokens a chunk, knowledge-tuning GPU-hours (+4 for hundreds of examples)
    ["fits_in_prompt", 20_000, 50, 6],
    ["small", 2_000_000, 5_000, 28],
    ["large", 2_000_000_000, 5_000_000, 404],
    ["massive", 40_000_000_000, 100_000_000, 4_004],
  ] as const)("%s: %d tokens, %d vectors, %d GPU-hours a fine-tuning run", (corpusSize, tokens, vectors, hours) => {
    expect(card({ corpusSize }, "rag").units.corpusTokens).toBe(tokens);
    expect(card({ corpusSize }, "rag").units.vectors).toBe(vectors);
    expect(card({ corpusSize }, "fine_tuning").units.gpuHoursPerRun).toBe(hours);
  });

  it("a bigger chunk means fewer vectors: 2M tokens / 8,000 = 250", () => {
    expect(card({}, "rag", { "corpus.tokensPerChunk": 8_000 }).units.vectors).toBe(250);
  });
});

describe("GPU-hours per training run", () => {
  it.each([
    ["none", 2],
    ["under_100", 2],
    ["hundreds", 4],
    ["thousands", 12],
    ["tens_of_thousands", 40],
  ] as const)("behaviour from %s labelled examples: %d GPU-hours", (labeledExamples, hours) => {
    expect(gpuHoursPerRun(makeTraits({ labeledExamples, need: "behavior" }), "fine_tuning", v)).toBe(hours);
    expect(gpuHoursPerRun(makeTraits({ labeledExamples }), "hybrid", v)).toBe(hours);
  });

  it.each([
    ["behavior", 4],
    ["knowledge", 28],
    ["both", 28],
  ] as const)("fine-tuning for %s: %d GPU-hours (corpus only when facts are in the weights)", (need, hours) => {
    expect(gpuHoursPerRun(makeTraits({ need }), "fine_tuning", v)).toBe(hours);
  });

  it("architectures that do not train need no GPU-hours", () => {
    expect(gpuHoursPerRun(makeTraits(), "prompt_engineering", v)).toBe(0);
    expect(gpuHoursPerRun(makeTraits(), "rag", v)).toBe(0);
  });
});

describe("GPU price per hour", () => {
  it.each([
    ["cloud", 3.5],
    ["none", 3.5],
    ["dedicated", 1.75],
  ] as const)("%s GPUs: $%d an hour", (gpuAccess, rate) => {
    expect(gpuHourlyUsd(makeTraits({ gpuAccess }), v)).toBe(rate);
  });
});

describe("retraining runs per month", () => {
  it.each([
    ["realtime", 30, 0.25],
    ["daily", 30, 0.25],
    ["weekly", 4.35, 0.25],
    ["monthly", 1, 0.25],
    ["yearly", 1 / 12, 1 / 12],
    ["static", 0, 0],
  ] as const)("facts changing %s: fine-tuning %d, hybrid %d", (knowledgeChange, fineTuning, hybrid) => {
    const traits = makeTraits({ knowledgeChange });
    expect(retrainsPerMonth(traits, "fine_tuning", v)).toBe(fineTuning);
    expect(retrainsPerMonth(traits, "hybrid", v)).toBe(hybrid);
    expect(retrainsPerMonth(traits, "rag", v)).toBe(0);
    expect(retrainsPerMonth(traits, "prompt_engineering", v)).toBe(0);
  });

  it.each([
    [0.24, 0.24],
    [0.25, 0.25],
    [0.26, 0.25],
  ])("a hybrid's cap of 0.25 runs a month: change-driven %d gives %d", (byChange, expected) => {
    const values = resolveAssumptions({ "retrains.monthly": byChange });
    expect(retrainsPerMonth(makeTraits({ knowledgeChange: "monthly" }), "hybrid", values)).toBe(expected);
    expect(retrainsPerMonth(makeTraits({ knowledgeChange: "monthly" }), "fine_tuning", values)).toBe(byChange);
  });
});

describe("tokens per request", () => {
  it.each([
    ["prompt_engineering", "behavior", 1_500],
    ["prompt_engineering", "knowledge", 9_500],
    ["prompt_engineering", "both", 9_500],
    ["rag", "behavior", 4_000],
    ["fine_tuning", "knowledge", 600],
    ["hybrid", "behavior", 3_100],
  ] as const)("%s for %s: %d", (architecture, need, tokens) => {
    expect(tokensPerQuery(makeTraits({ need }), architecture, v)).toBe(tokens);
  });
});
