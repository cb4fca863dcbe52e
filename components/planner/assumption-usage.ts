import type { Traits } from "@/lib/decision/traits";
import { architectures, roles, type Recommendation } from "@/lib/decision/types";
import type { AssumptionKey, CostModel, SalaryLevel } from "@/lib/cost";
import { planStaffing } from "@/lib/hiring/phases";
import { decideSourcing } from "@/lib/hiring/sourcing";

/**
 * Which assumptions the cost model reads for these answers (the rest apply to other answers, e.g. another corpus
 * size), and which of them feed each line of the breakdown. Mirrors lib/cost/unit-costs.ts and monthly-cost.ts.
 */
export function usedAssumptions(traits: Traits, level: SalaryLevel, recommendation: Recommendation, model: CostModel): Set<AssumptionKey> {
  const used = new Set<AssumptionKey>();
  for (const architecture of architectures) {
    const staffing = planStaffing(traits, architecture, recommendation);
    for (const role of roles) {
      if (!model.byArchitecture[architecture].months.some((month) => (month.detail.peopleByRole[role] ?? 0) > 0)) continue;
      used.add(`salary.${role}.${level}`);
      const sourcing = decideSourcing(role, traits, staffing);
      used.add(sourcing.decision === "hire" && sourcing.engagement === "contractor" ? "people.contractorFactor" : "people.employmentOverhead");
    }
  }
  const inputs = lineInputs(traits);
  for (const key of [...inputs.build, ...inputs.run, ...inputs.retraining]) used.add(key);
  return used;
}

export interface LineInputs {
  build: AssumptionKey[];
  run: AssumptionKey[];
  retraining: AssumptionKey[];
  tokens: AssumptionKey[];
  costPerQuery: AssumptionKey[];
  gpuHours: AssumptionKey[];
  gpuRate: AssumptionKey[];
  retrains: AssumptionKey[];
  vectors: AssumptionKey[];
}

/** The assumption keys behind each non-people line, for these answers. */
export function lineInputs(traits: Traits): LineInputs {
  const gpuRate: AssumptionKey[] = traits.gpuAccess === "dedicated" ? ["gpu.hourlyUsd", "gpu.ownedCostFactor"] : ["gpu.hourlyUsd"];
  const gpuHours: AssumptionKey[] = [`fineTuning.gpuHours.examples.${traits.labeledExamples}`];
  if (traits.need !== "behavior") gpuHours.push(`fineTuning.gpuHours.corpus.${traits.corpusSize}`);
  const corpus: AssumptionKey = `corpus.tokens.${traits.corpusSize}`;
  const tokens: AssumptionKey[] = ["tokens.perQuery.prompt", "tokens.perQuery.retrievedContext", "tokens.perQuery.fineTuned"];
  if (traits.need !== "behavior") tokens.splice(1, 0, "tokens.perQuery.staticContext");
  const vectors: AssumptionKey[] = [corpus, "corpus.tokensPerChunk"];
  const costPerQuery: AssumptionKey[] = [
    "llm.usdPer1kTokens",
    "llm.fineTunedPriceFactor",
    ...tokens,
    "tokens.perQuery.queryEmbedding",
    "embedding.usdPerMillionTokens",
    "vectorStore.usdPerMillionQueries",
  ];
  const retrains: AssumptionKey[] = [`retrains.${traits.knowledgeChange}`, "retrains.hybridBehaviour"];
  return {
    build: ["fineTuning.experimentRuns", ...gpuHours, ...gpuRate, "embedding.usdPerMillionTokens", corpus],
    run: [
      ...costPerQuery,
      `churn.${traits.knowledgeChange}`,
      corpus,
      "corpus.tokensPerChunk",
      "vectorStore.baseMonthlyUsd",
      "vectorStore.usdPerMillionVectorsMonthly",
    ],
    retraining: [...retrains, ...gpuHours, ...gpuRate],
    tokens,
    costPerQuery,
    gpuHours,
    gpuRate,
    retrains,
    vectors,
  };
}

/** A stable element id for an assumption's input. */
export function assumptionInputId(key: AssumptionKey): string {
  return `assumption-${key.replace(/\./g, "-")}`;
}
