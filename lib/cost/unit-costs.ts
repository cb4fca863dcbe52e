import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import type { AssumptionValues } from "./assumptions";
import type { UnitFigures } from "./types";

const retrieves = (a: Architecture) => a === "rag" || a === "hybrid";
const tunes = (a: Architecture) => a === "fine_tuning" || a === "hybrid";

/** The non-people costs of one architecture at full rate: one-time build, and per month after launch. */
export interface RateCard {
  build: { corpusEmbedding: number; trainingRuns: number };
  monthlyRun: { inference: number; queryEmbedding: number; embeddingUpdates: number; vectorStore: number };
  monthlyRetraining: number;
  units: UnitFigures;
}

export function gpuHourlyUsd(traits: Traits, v: AssumptionValues): number {
  return v["gpu.hourlyUsd"] * (traits.gpuAccess === "dedicated" ? v["gpu.ownedCostFactor"] : 1);
}

/**
 * GPU-hours for one training run. Behaviour is learnt from the labelled examples; a fine-tuned-only system that
 * must also know the facts trains on the corpus too. In a hybrid, retrieval carries the facts.
 */
export function gpuHoursPerRun(traits: Traits, architecture: Architecture, v: AssumptionValues): number {
  if (!tunes(architecture)) return 0;
  const examples = v[`fineTuning.gpuHours.examples.${traits.labeledExamples}`];
  const corpus = architecture === "fine_tuning" && traits.need !== "behavior" ? v[`fineTuning.gpuHours.corpus.${traits.corpusSize}`] : 0;
  return examples + corpus;
}

/** Fine-tuned-only systems retrain as often as facts change; hybrids only when behaviour changes, never more often. */
export function retrainsPerMonth(traits: Traits, architecture: Architecture, v: AssumptionValues): number {
  const byChange = v[`retrains.${traits.knowledgeChange}`];
  if (architecture === "fine_tuning") return byChange;
  if (architecture === "hybrid") return Math.min(byChange, v["retrains.hybridBehaviour"]);
  return 0;
}

export function tokensPerQuery(traits: Traits, architecture: Architecture, v: AssumptionValues): number {
  switch (architecture) {
    case "prompt_engineering":
      return v["tokens.perQuery.prompt"] + (traits.need === "behavior" ? 0 : v["tokens.perQuery.staticContext"]);
    case "rag":
      return v["tokens.perQuery.prompt"] + v["tokens.perQuery.retrievedContext"];
    case "fine_tuning":
      return v["tokens.perQuery.fineTuned"];
    case "hybrid":
      return v["tokens.perQuery.fineTuned"] + v["tokens.perQuery.retrievedContext"];
  }
}

/** Tokens in the corpus: from the document count and length when given, else from the size bucket. */
export function corpusTokens(traits: Traits, v: AssumptionValues): number {
  if (traits.corpusDocuments === undefined) return v[`corpus.tokens.${traits.corpusSize}`];
  return traits.corpusDocuments * (traits.documentPages ?? v["corpus.pagesPerDocument"]) * v["corpus.tokensPerPage"];
}

export function rateCard(traits: Traits, architecture: Architecture, v: AssumptionValues): RateCard {
  const queries = traits.monthlyQueries;
  const corpusTokenCount = corpusTokens(traits, v);
  const vectors = retrieves(architecture) ? corpusTokenCount / v["corpus.tokensPerChunk"] : 0;
  const embedPerToken = v["embedding.usdPerMillionTokens"] / 1e6;

  const tokens = tokensPerQuery(traits, architecture, v);
  const pricePer1k = v["llm.usdPer1kTokens"] * (tunes(architecture) ? v["llm.fineTunedPriceFactor"] : 1);
  const inferencePerQuery = (tokens / 1000) * pricePer1k;
  const queryEmbeddingPerQuery = retrieves(architecture) ? v["tokens.perQuery.queryEmbedding"] * embedPerToken : 0;
  const vectorReadPerQuery = retrieves(architecture) ? v["vectorStore.usdPerMillionQueries"] / 1e6 : 0;

  const hours = gpuHoursPerRun(traits, architecture, v);
  const rate = gpuHourlyUsd(traits, v);
  const runs = tunes(architecture) ? v["fineTuning.experimentRuns"] : 0;
  const retrains = retrainsPerMonth(traits, architecture, v);

  return {
    build: {
      corpusEmbedding: retrieves(architecture) ? corpusTokenCount * embedPerToken : 0,
      trainingRuns: runs * hours * rate,
    },
    monthlyRun: {
      inference: queries * inferencePerQuery,
      queryEmbedding: queries * queryEmbeddingPerQuery,
      embeddingUpdates: retrieves(architecture) ? v[`churn.${traits.knowledgeChange}`] * corpusTokenCount * embedPerToken : 0,
      vectorStore: retrieves(architecture)
        ? v["vectorStore.baseMonthlyUsd"] + (vectors / 1e6) * v["vectorStore.usdPerMillionVectorsMonthly"] + queries * vectorReadPerQuery
        : 0,
    },
    monthlyRetraining: retrains * hours * rate,
    units: {
      tokensPerQuery: tokens,
      costPerQuery: inferencePerQuery + queryEmbeddingPerQuery + vectorReadPerQuery,
      gpuHoursPerRun: hours,
      gpuHourlyUsd: rate,
      trainingRunsBeforeLaunch: runs,
      retrainsPerMonth: retrains,
      corpusTokens: corpusTokenCount,
      vectors,
    },
  };
}
