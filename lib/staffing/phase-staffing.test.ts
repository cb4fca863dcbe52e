import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import { launchWeek, phaseDurations, staffingByPhase } from "./phase-staffing";
import type { Phase, Staffing } from "./types";

/*
 * The neutral project (weeks to ship, moderate error cost, internal data, small corpus, monthly changes, 100,000
 * requests a month) on each architecture, written out by hand: every row below changes one answer from here.
 */
const rag: Record<Phase, Staffing> = {
  prototype: { rag_engineer: 1, ai_product_engineer: 0.5 },
  production: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
  scale: { rag_engineer: 1, ai_product_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, mlops_engineer: 0.5 },
};
const fineTuning: Record<Phase, Staffing> = {
  prototype: { deep_learning_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5 },
  production: { deep_learning_engineer: 1, mlops_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5, ai_product_engineer: 0.5 },
  scale: { deep_learning_engineer: 0.5, mlops_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, ai_product_engineer: 0.5 },
};
const hybrid: Record<Phase, Staffing> = {
  prototype: { rag_engineer: 1, deep_learning_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5 },
  production: { rag_engineer: 1, deep_learning_engineer: 1, mlops_engineer: 1, data_engineer: 0.5, evaluation_engineer: 1, ai_product_engineer: 0.5 },
  scale: { rag_engineer: 1, deep_learning_engineer: 0.5, mlops_engineer: 1, data_engineer: 0.5, evaluation_engineer: 0.5, ai_product_engineer: 0.5 },
};

describe("staffing by phase, rule by rule", () => {
  it.each([
    { architecture: "rag" as const, base: rag },
    { architecture: "fine_tuning" as const, base: fineTuning },
    { architecture: "hybrid" as const, base: hybrid },
  ])("the neutral project on $architecture gets the base staffing", ({ architecture, base }) => {
    expect(staffingByPhase(makeTraits(), architecture)).toEqual(base);
  });

  interface Row {
    name: string;
    traits: Partial<Traits>;
    architecture: Architecture;
    expected: Record<Phase, Staffing>;
  }

  const rows: Row[] = [
    // Retrieval: corpus size, freshness and per-user access add data and RAG work after the prototype.
    { name: "large corpus adds half a data engineer after the prototype", traits: { corpusSize: "large" }, architecture: "rag", expected: { ...rag, production: { ...rag.production, data_engineer: 1 }, scale: { ...rag.scale, data_engineer: 1 } } },
    {
      name: "massive corpus adds a data engineer after the prototype and half a RAG engineer at scale",
      traits: { corpusSize: "massive" },
      architecture: "rag",
      expected: { ...rag, production: { ...rag.production, data_engineer: 1.5 }, scale: { ...rag.scale, data_engineer: 1.5, rag_engineer: 1.5 } },
    },
    {
      name: "massive corpus on hybrid, which also retrieves",
      traits: { corpusSize: "massive" },
      architecture: "hybrid",
      expected: { ...hybrid, production: { ...hybrid.production, data_engineer: 1.5 }, scale: { ...hybrid.scale, data_engineer: 1.5, rag_engineer: 1.5 } },
    },
    { name: "massive corpus on fine-tuning, which retrieves nothing, changes nothing", traits: { corpusSize: "massive" }, architecture: "fine_tuning", expected: fineTuning },
    { name: "large corpus on fine-tuning changes nothing", traits: { corpusSize: "large" }, architecture: "fine_tuning", expected: fineTuning },
    { name: "real-time changes add half a data engineer after the prototype", traits: { knowledgeChange: "realtime" }, architecture: "rag", expected: { ...rag, production: { ...rag.production, data_engineer: 1 }, scale: { ...rag.scale, data_engineer: 1 } } },
    { name: "daily changes add half a data engineer after the prototype", traits: { knowledgeChange: "daily" }, architecture: "rag", expected: { ...rag, production: { ...rag.production, data_engineer: 1 }, scale: { ...rag.scale, data_engineer: 1 } } },
    { name: "weekly changes add nothing to retrieval", traits: { knowledgeChange: "weekly" }, architecture: "rag", expected: rag },
    { name: "daily changes on hybrid add a data engineer only, no retraining", traits: { knowledgeChange: "daily" }, architecture: "hybrid", expected: { ...hybrid, production: { ...hybrid.production, data_engineer: 1 }, scale: { ...hybrid.scale, data_engineer: 1 } } },
    { name: "per-user access adds half a RAG engineer in production", traits: { perUserAccess: true }, architecture: "rag", expected: { ...rag, production: { ...rag.production, rag_engineer: 1.5 } } },
    { name: "per-user access on fine-tuning changes nothing", traits: { perUserAccess: true }, architecture: "fine_tuning", expected: fineTuning },

    // Fine-tuning: how often the facts in the weights change decides the training work after launch.
    { name: "real-time facts keep a full DL and MLOps engineer at scale", traits: { knowledgeChange: "realtime" }, architecture: "fine_tuning", expected: { ...fineTuning, scale: { ...fineTuning.scale, deep_learning_engineer: 1, mlops_engineer: 1 } } },
    { name: "daily facts keep a full DL and MLOps engineer at scale", traits: { knowledgeChange: "daily" }, architecture: "fine_tuning", expected: { ...fineTuning, scale: { ...fineTuning.scale, deep_learning_engineer: 1, mlops_engineer: 1 } } },
    { name: "weekly facts keep a full DL engineer at scale", traits: { knowledgeChange: "weekly" }, architecture: "fine_tuning", expected: { ...fineTuning, scale: { ...fineTuning.scale, deep_learning_engineer: 1 } } },
    { name: "monthly facts keep the base half DL engineer", traits: { knowledgeChange: "monthly" }, architecture: "fine_tuning", expected: fineTuning },
    { name: "yearly facts keep a quarter DL engineer at scale", traits: { knowledgeChange: "yearly" }, architecture: "fine_tuning", expected: { ...fineTuning, scale: { ...fineTuning.scale, deep_learning_engineer: 0.25 } } },
    {
      name: "static facts need no DL engineer at scale (the role is dropped, not kept at 0)",
      traits: { knowledgeChange: "static" },
      architecture: "fine_tuning",
      expected: { ...fineTuning, scale: { mlops_engineer: 0.5, data_engineer: 0.5, evaluation_engineer: 0.5, ai_product_engineer: 0.5 } },
    },
    { name: "static facts on hybrid keep its DL engineer at scale", traits: { knowledgeChange: "static" }, architecture: "hybrid", expected: hybrid },
    { name: "real-time facts on retrieval add no DL engineer", traits: { knowledgeChange: "realtime" }, architecture: "rag", expected: { ...rag, production: { ...rag.production, data_engineer: 1 }, scale: { ...rag.scale, data_engineer: 1 } } },

    // Tuning from little labelled data: half a data engineer more in the prototype.
    { name: "no labels on fine-tuning", traits: { labeledExamples: "none" }, architecture: "fine_tuning", expected: { ...fineTuning, prototype: { ...fineTuning.prototype, data_engineer: 1 } } },
    { name: "under 100 labels on fine-tuning", traits: { labeledExamples: "under_100" }, architecture: "fine_tuning", expected: { ...fineTuning, prototype: { ...fineTuning.prototype, data_engineer: 1 } } },
    { name: "hundreds of labels on fine-tuning", traits: { labeledExamples: "hundreds" }, architecture: "fine_tuning", expected: fineTuning },
    { name: "no labels on hybrid", traits: { labeledExamples: "none" }, architecture: "hybrid", expected: { ...hybrid, prototype: { ...hybrid.prototype, data_engineer: 1 } } },
    { name: "under 100 labels on hybrid", traits: { labeledExamples: "under_100" }, architecture: "hybrid", expected: { ...hybrid, prototype: { ...hybrid.prototype, data_engineer: 1 } } },
    { name: "no labels on retrieval, which trains nothing", traits: { labeledExamples: "none" }, architecture: "rag", expected: rag },

    // Costly errors or required citations: half an evaluation engineer more after the prototype.
    { name: "high error cost", traits: { errorCost: "high" }, architecture: "rag", expected: { ...rag, production: { ...rag.production, evaluation_engineer: 1 }, scale: { ...rag.scale, evaluation_engineer: 1 } } },
    { name: "required citations", traits: { citations: "required" }, architecture: "rag", expected: { ...rag, production: { ...rag.production, evaluation_engineer: 1 }, scale: { ...rag.scale, evaluation_engineer: 1 } } },
    { name: "moderate error cost and helpful citations", traits: { errorCost: "moderate", citations: "helpful" }, architecture: "rag", expected: rag },
    {
      name: "high error cost and required citations add the half once",
      traits: { errorCost: "high", citations: "required" },
      architecture: "rag",
      expected: { ...rag, production: { ...rag.production, evaluation_engineer: 1 }, scale: { ...rag.scale, evaluation_engineer: 1 } },
    },

    // Regulated data: a quarter MLOps engineer more in production.
    { name: "regulated data", traits: { dataSensitivity: "regulated" }, architecture: "rag", expected: { ...rag, production: { ...rag.production, mlops_engineer: 0.75 } } },

    // Traffic: a quarter MLOps at scale from one million a month, another half after the prototype from fifty million.
    { name: "999,999 requests", traits: { monthlyQueries: 999_999 }, architecture: "rag", expected: rag },
    { name: "1,000,000 requests", traits: { monthlyQueries: 1_000_000 }, architecture: "rag", expected: { ...rag, scale: { ...rag.scale, mlops_engineer: 0.75 } } },
    { name: "49,999,999 requests", traits: { monthlyQueries: 49_999_999 }, architecture: "rag", expected: { ...rag, scale: { ...rag.scale, mlops_engineer: 0.75 } } },
    { name: "50,000,000 requests", traits: { monthlyQueries: 50_000_000 }, architecture: "rag", expected: { ...rag, production: { ...rag.production, mlops_engineer: 1 }, scale: { ...rag.scale, mlops_engineer: 1.25 } } },
    { name: "50,000,001 requests", traits: { monthlyQueries: 50_000_001 }, architecture: "rag", expected: { ...rag, production: { ...rag.production, mlops_engineer: 1 }, scale: { ...rag.scale, mlops_engineer: 1.25 } } },

    // Agent workflows: half an AI product engineer more after the prototype.
    { name: "agent workflow", traits: { taskType: "agent_workflow" }, architecture: "rag", expected: { ...rag, production: { ...rag.production, ai_product_engineer: 1 }, scale: { ...rag.scale, ai_product_engineer: 1 } } },
  ];

  it.each(rows)("$name ($architecture)", ({ traits, architecture, expected }) => {
    expect(staffingByPhase(makeTraits(traits), architecture)).toEqual(expected);
  });
});

describe("phase durations", () => {
  it.each([
    {
      name: "neutral retrieval project, weeks to ship",
      traits: {},
      architecture: "rag" as const,
      prototype: [1, 3],
      production: [4, 8],
      // 104 − (3 + 8) = 93 to 104 − (1 + 4) = 99
      scale: [93, 99],
    },
    { name: "high error cost adds two weeks to both ends of production", traits: { errorCost: "high" as const }, architecture: "rag" as const, prototype: [1, 3], production: [6, 10], scale: [91, 97] },
    { name: "regulated data adds two weeks to both ends of production", traits: { dataSensitivity: "regulated" as const }, architecture: "rag" as const, prototype: [1, 3], production: [6, 10], scale: [91, 97] },
    { name: "high error cost and regulated data add the two weeks once", traits: { errorCost: "high" as const, dataSensitivity: "regulated" as const }, architecture: "rag" as const, prototype: [1, 3], production: [6, 10], scale: [91, 97] },
    { name: "massive corpus adds 2–4 weeks of production to retrieval", traits: { corpusSize: "massive" as const }, architecture: "rag" as const, prototype: [1, 3], production: [6, 12], scale: [89, 97] },
    { name: "massive corpus adds 2–4 weeks of production to hybrid", traits: { corpusSize: "massive" as const }, architecture: "hybrid" as const, prototype: [4, 8], production: [10, 18], scale: [78, 90] },
    { name: "massive corpus adds nothing to fine-tuning", traits: { corpusSize: "massive" as const }, architecture: "fine_tuning" as const, prototype: [3, 6], production: [6, 12], scale: [86, 95] },
    { name: "large corpus adds nothing to retrieval", traits: { corpusSize: "large" as const }, architecture: "rag" as const, prototype: [1, 3], production: [4, 8], scale: [93, 99] },
    {
      name: "the longest plan: hybrid, months, high stakes, massive corpus",
      traits: { timeToShip: "months" as const, errorCost: "high" as const, corpusSize: "massive" as const },
      architecture: "hybrid" as const,
      prototype: [8, 14],
      production: [12, 20],
      scale: [70, 84],
    },
  ])("$name", ({ traits, architecture, prototype, production, scale }) => {
    expect(phaseDurations(makeTraits(traits), architecture)).toEqual({
      prototype: { minWeeks: prototype[0], maxWeeks: prototype[1], ongoing: false },
      production: { minWeeks: production[0], maxWeeks: production[1], ongoing: false },
      scale: { minWeeks: scale[0], maxWeeks: scale[1], ongoing: true },
    });
  });

  it.each([
    // Middle of prototype plus middle of production.
    { traits: {}, architecture: "rag" as const, week: 2 + 6 },
    { traits: { timeToShip: "days" as const }, architecture: "rag" as const, week: 1 + 6 },
    { traits: { timeToShip: "months" as const }, architecture: "fine_tuning" as const, week: 9 + 9 },
    { traits: { errorCost: "high" as const }, architecture: "prompt_engineering" as const, week: 1.5 + 5 },
  ])("launch week for $architecture with $traits is $week", ({ traits, architecture, week }) => {
    expect(launchWeek(phaseDurations(makeTraits(traits), architecture))).toBe(week);
  });
});
