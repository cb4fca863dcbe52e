import type { Traits } from "@/lib/decision/traits";
import { architectures } from "@/lib/decision/types";
import { regionCurrency, type AssumptionKey, type CostModel, type PeopleSettings } from "@/lib/cost";

const fxKey = { GBP: "fx.usdPerGbp", EUR: "fx.usdPerEur", INR: "fx.usdPerInr" } as const;

/** The people and hiring figures the cost model reads for these staffing models, region and recruiting route. */
function peopleInputs(people: PeopleSettings, model: CostModel): AssumptionKey[] {
  const keys: AssumptionKey[] = [];
  const currency = regionCurrency[people.region];
  if (currency !== "USD") keys.push(fxKey[currency]);
  keys.push(`hiring.noticeWeeks.${people.region}`);
  for (const architecture of architectures) {
    for (const role of model.byArchitecture[architecture].staffing.roles) {
      keys.push(`pay.${people.region}.${role.seniority}`);
      if (role.sourcing.mode === "contract") keys.push("people.contractorFactor", "hiring.contractorStartWeeks", "hiring.contractorRampWeeks");
      if (role.sourcing.mode === "train") keys.push(`overhead.${people.region}`, "training.budgetUsd", "hiring.trainingWeeks");
      if (role.sourcing.mode === "hire") {
        keys.push(`overhead.${people.region}`, `hiring.timeToFillWeeks.${role.seniority}`, "hiring.rampUpWeeks");
        keys.push(people.recruiting === "agency" ? "recruiting.agencyFeeShare" : "recruiting.inHouseCostUsd");
      }
    }
  }
  return keys;
}

/**
 * Which assumptions the cost model reads for these answers (the rest apply to other answers, e.g. another corpus
 * size or region), and which of them feed each line of the breakdown. Mirrors lib/cost/unit-costs.ts and people-cost.ts.
 */
export function usedAssumptions(traits: Traits, people: PeopleSettings, model: CostModel): Set<AssumptionKey> {
  const used = new Set<AssumptionKey>(peopleInputs(people, model));
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
