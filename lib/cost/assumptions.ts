/**
 * Every default the cost model uses, as editable data. Each entry says what it is, in which unit, where the figure
 * comes from and when it was checked, and the range a UI should accept. Nothing else in lib/cost holds a number
 * that a user might want to change.
 */

export const assumptionGroups = ["people", "build", "run", "retraining"] as const;
export type AssumptionGroup = (typeof assumptionGroups)[number];

export interface Assumption {
  value: number;
  unit: string;
  label: string;
  /** Which seed or which kind of public price list the figure comes from, in words. */
  source: string;
  /** When the figure was last checked, "YYYY-MM". */
  date: string;
  group: AssumptionGroup;
  /** Bounds for user edits. */
  min: number;
  max: number;
  /** Observed range where the default is a midpoint. */
  range?: readonly [low: number, high: number];
}

const checked = "2026-11";

function a(group: AssumptionGroup, value: number, unit: string, label: string, source: string, min: number, max: number, range?: readonly [number, number]): Assumption {
  return range ? { value, unit, label, source, date: checked, group, min, max, range } : { value, unit, label, source, date: checked, group, min, max };
}

const salarySource = "Planning estimate of US base salaries in 2026, in line with public salary surveys; not from the seeds. Replace with your market's figures.";
const usdYear = "USD per year";

function salaries(role: string, low: number, mid: number, high: number) {
  return {
    low: a("people", low, usdYear, `${role} salary, low end`, salarySource, 0, 2_000_000),
    mid: a("people", mid, usdYear, `${role} salary, middle`, salarySource, 0, 2_000_000),
    high: a("people", high, usdYear, `${role} salary, high end`, salarySource, 0, 2_000_000),
  };
}

const rag = salaries("RAG engineer", 150_000, 190_000, 240_000);
const dl = salaries("Deep learning engineer", 170_000, 215_000, 280_000);
const mlops = salaries("MLOps engineer", 150_000, 185_000, 230_000);
const data = salaries("Data engineer", 130_000, 165_000, 205_000);
const evaluation = salaries("Evaluation engineer", 140_000, 175_000, 220_000);
const product = salaries("AI product engineer", 140_000, 175_000, 220_000);

const corpusSource = "Planning estimate from the corpus-size answers (a few pages; about a thousand; about a million; more documents) at roughly 2,000 tokens per document.";
const churnSource = "Planning estimate of the share of the corpus that changes, and is re-embedded, in a month at each pace of change.";
const retrainSource =
  "Seeds 000 and 003: facts held in the weights go stale and need retraining when they change; one run per change cycle, capped at one a day because a run, its evaluation and its deployment take about a day.";
const gpuHoursSource =
  "Planning estimate for parameter-efficient tuning (LoRA/QLoRA, seed 003) of a 7–13B-parameter model on one H100; grows with the amount of training text.";

export const defaultAssumptions = {
  // People
  "salary.rag_engineer.low": rag.low,
  "salary.rag_engineer.mid": rag.mid,
  "salary.rag_engineer.high": rag.high,
  "salary.deep_learning_engineer.low": dl.low,
  "salary.deep_learning_engineer.mid": dl.mid,
  "salary.deep_learning_engineer.high": dl.high,
  "salary.mlops_engineer.low": mlops.low,
  "salary.mlops_engineer.mid": mlops.mid,
  "salary.mlops_engineer.high": mlops.high,
  "salary.data_engineer.low": data.low,
  "salary.data_engineer.mid": data.mid,
  "salary.data_engineer.high": data.high,
  "salary.evaluation_engineer.low": evaluation.low,
  "salary.evaluation_engineer.mid": evaluation.mid,
  "salary.evaluation_engineer.high": evaluation.high,
  "salary.ai_product_engineer.low": product.low,
  "salary.ai_product_engineer.mid": product.mid,
  "salary.ai_product_engineer.high": product.high,
  "people.employmentOverhead": a("people", 1.25, "× base salary", "Employer cost per employee (benefits, payroll taxes, equipment)", "Common planning rule of thumb; not from the seeds.", 1, 3),
  "people.contractorFactor": a("people", 1.6, "× base salary", "Monthly cost of a contractor relative to an employee's base salary", "Planning estimate converting contractor day rates to a monthly cost; not from the seeds.", 0.5, 5),

  // Build
  "gpu.hourlyUsd": a("build", 3.5, "USD per GPU-hour", "H100 rental", "Public on-demand price lists of specialist GPU clouds for H100 80 GB in late 2026 (about $2.7–4.3 per GPU-hour); midpoint.", 0, 100, [2.7, 4.3]),
  "gpu.ownedCostFactor": a("build", 0.5, "× rental price", "Cost of an hour on your own GPUs relative to renting", "Planning estimate of power, hosting and depreciation of owned GPUs against rental.", 0, 2),
  "fineTuning.experimentRuns": a("build", 6, "runs", "Training runs before the first release", "Seed 001 (hyperparameter optimisation, benchmark-driven evaluation); planning estimate of the runs needed to beat the baseline.", 1, 100),
  "fineTuning.gpuHours.examples.none": a("build", 2, "GPU-hours per run", "Behaviour tuning run, no labelled examples (synthetic set)", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.examples.under_100": a("build", 2, "GPU-hours per run", "Behaviour tuning run, under 100 examples", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.examples.hundreds": a("build", 4, "GPU-hours per run", "Behaviour tuning run, hundreds of examples", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.examples.thousands": a("build", 12, "GPU-hours per run", "Behaviour tuning run, thousands of examples", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.examples.tens_of_thousands": a("build", 40, "GPU-hours per run", "Behaviour tuning run, tens of thousands of examples", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.corpus.fits_in_prompt": a("build", 2, "GPU-hours per run", "Knowledge tuning run on a few pages", gpuHoursSource, 0, 1_000_000),
  "fineTuning.gpuHours.corpus.small": a("build", 24, "GPU-hours per run", "Knowledge tuning run on about a thousand documents", gpuHoursSource, 0, 1_000_000),
  "fineTuning.gpuHours.corpus.large": a("build", 400, "GPU-hours per run", "Knowledge tuning run on about a million documents", gpuHoursSource, 0, 1_000_000),
  "fineTuning.gpuHours.corpus.massive": a("build", 4_000, "GPU-hours per run", "Knowledge tuning run on more than a million documents", gpuHoursSource, 0, 1_000_000),
  "embedding.usdPerMillionTokens": a("build", 0.02, "USD per million tokens", "Embedding price", "Public price lists of small hosted embedding models (about $0.02 per million tokens); seeds 000 and 003 name embedding models as the base of RAG.", 0, 10),
  "corpus.tokens.fits_in_prompt": a("build", 20_000, "tokens", "Corpus size: fits in one prompt", corpusSource, 0, 1e9),
  "corpus.tokens.small": a("build", 2_000_000, "tokens", "Corpus size: up to about a thousand documents", corpusSource, 0, 1e12),
  "corpus.tokens.large": a("build", 2_000_000_000, "tokens", "Corpus size: up to about a million documents", corpusSource, 0, 1e13),
  "corpus.tokens.massive": a("build", 40_000_000_000, "tokens", "Corpus size: more than a million documents", corpusSource, 0, 1e14),
  "corpus.tokensPerChunk": a("build", 400, "tokens per chunk", "Chunk size (one vector per chunk)", "Common chunk size in retrieval pipelines; seeds 000 and 001 treat chunking as a core RAG skill.", 50, 8_000),

  // Run
  "llm.usdPer1kTokens": a("run", 0.002, "USD per 1,000 tokens", "Language model inference, input and output blended", "Public price lists of mid-tier hosted language models, late 2026, input and output blended.", 0, 1),
  "llm.fineTunedPriceFactor": a("run", 1.5, "× base price", "Price of a fine-tuned model per token relative to the base model", "Public price lists of hosted fine-tuned models, which charge more per token than their base models.", 0.1, 10),
  "tokens.perQuery.prompt": a("run", 1_500, "tokens per request", "Tokens per request with a prompt only (instructions, examples, question, answer)", "Planning estimate.", 0, 1_000_000),
  "tokens.perQuery.staticContext": a("run", 8_000, "tokens per request", "Reference material carried in the prompt when there is no retrieval and the need includes knowledge", "Planning estimate: without retrieval the prompt must carry the material itself, up to what the window holds (seed 003: context limits).", 0, 2_000_000),
  "tokens.perQuery.retrievedContext": a("run", 2_500, "tokens per request", "Retrieved passages added to each request", "Planning estimate: about five chunks of 400–500 tokens.", 0, 1_000_000),
  "tokens.perQuery.fineTuned": a("run", 600, "tokens per request", "Tokens per request to a tuned model (short instructions, question, answer)", "Planning estimate; seed 002: a tuned model needs nothing retrieved at answer time.", 0, 1_000_000),
  "tokens.perQuery.queryEmbedding": a("run", 50, "tokens per request", "Tokens embedded to search for each request", "Planning estimate of a typical question's length.", 0, 100_000),
  "vectorStore.baseMonthlyUsd": a("run", 50, "USD per month", "Managed vector database, entry plan", "Entry prices of managed vector database plans (from about $50 a month); seed 003 lists Pinecone, Weaviate and Qdrant.", 0, 100_000),
  "vectorStore.usdPerMillionVectorsMonthly": a("run", 15, "USD per million vectors per month", "Vector storage", "Planning estimate between serverless and dedicated-node prices of managed vector databases.", 0, 10_000),
  "vectorStore.usdPerMillionQueries": a("run", 10, "USD per million requests", "Vector search reads", "Planning estimate from read-unit prices of managed vector databases.", 0, 10_000),
  "churn.realtime": a("run", 1, "share of corpus per month", "Corpus re-embedded per month: continuous change", churnSource, 0, 30),
  "churn.daily": a("run", 0.6, "share of corpus per month", "Corpus re-embedded per month: daily change", churnSource, 0, 30),
  "churn.weekly": a("run", 0.25, "share of corpus per month", "Corpus re-embedded per month: weekly change", churnSource, 0, 30),
  "churn.monthly": a("run", 0.1, "share of corpus per month", "Corpus re-embedded per month: monthly change", churnSource, 0, 30),
  "churn.yearly": a("run", 0.01, "share of corpus per month", "Corpus re-embedded per month: yearly change", churnSource, 0, 30),
  "churn.static": a("run", 0, "share of corpus per month", "Corpus re-embedded per month: practically never", churnSource, 0, 30),

  // Retraining
  "retrains.realtime": a("retraining", 30, "runs per month", "Fine-tuned-only retraining: continuous change", retrainSource, 0, 100),
  "retrains.daily": a("retraining", 30, "runs per month", "Fine-tuned-only retraining: daily change", retrainSource, 0, 100),
  "retrains.weekly": a("retraining", 4.35, "runs per month", "Fine-tuned-only retraining: weekly change", retrainSource, 0, 100),
  "retrains.monthly": a("retraining", 1, "runs per month", "Fine-tuned-only retraining: monthly change", retrainSource, 0, 100),
  "retrains.yearly": a("retraining", 1 / 12, "runs per month", "Fine-tuned-only retraining: yearly change", retrainSource, 0, 100),
  "retrains.static": a("retraining", 0, "runs per month", "Fine-tuned-only retraining: practically never", retrainSource, 0, 100),
  "retrains.hybridBehaviour": a("retraining", 0.25, "runs per month", "Hybrid retraining (behaviour changes only; retrieval carries the facts)", "Seeds 001 and 003: in a hybrid, retrieval carries changing facts and the tuned model is retrained only when its behaviour must change; planning estimate of one run every four months.", 0, 100),
} satisfies Record<string, Assumption>;

export type AssumptionKey = keyof typeof defaultAssumptions;
export const assumptionKeys = Object.keys(defaultAssumptions) as AssumptionKey[];

/** Only the numbers, one per key: what the model reads. */
export type AssumptionValues = Record<AssumptionKey, number>;
