/**
 * Every default the cost model uses, as editable data. Each entry says what it is, in which unit, where the figure
 * comes from and when it was checked, and the range a UI should accept. Nothing else in lib/cost holds a number
 * that a user might want to change.
 */

export const assumptionGroups = ["people", "hiring", "build", "run", "retraining"] as const;
export type AssumptionGroup = (typeof assumptionGroups)[number];

export interface Assumption {
  value: number;
  unit: string;
  label: string;
  /** The public source (title, publisher, period) the figure comes from, or "Estimate: …" when none was found. */
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

/** Where the team is paid: pay, employer on-costs and notice periods follow it. */
export const regions = ["us", "uk", "de", "in", "remote"] as const;
export type Region = (typeof regions)[number];
export const regionLabels: Record<Region, string> = {
  us: "United States",
  uk: "United Kingdom",
  de: "Germany",
  in: "India",
  remote: "Remote, global",
};
/** The currency each region's pay is published in; the product converts at the dated planning rates below. */
export const regionCurrency: Record<Region, "USD" | "GBP" | "EUR" | "INR"> = { us: "USD", uk: "GBP", de: "EUR", in: "INR", remote: "USD" };

const perYear = (currency: string) => `${currency} per year`;
const blsSource =
  "BLS Occupational Employment and Wage Statistics, May 2024, software developers (SOC 15-1252), the closest official benchmark (no ML-engineer code): percentile 25 / 50 / 75 / 90 for junior / mid / senior / staff, times 1.56 for the AI-skill premium in PwC's 2025 Global AI Jobs Barometer (+56%). Derived; the level mapping is a planning choice.";
const ukSource =
  "IT Jobs Watch, permanent London jobs citing Machine Learning, advertised salaries in the 6 months to 29 Dec 2025: percentile 25 / 50 / 75 / 90 for junior / mid / senior / staff (England median £80,000 is lower). Excludes bonus and benefits.";
const deSource =
  "Germany: junior €53k and senior (8–10 years) €85k from Stepstone data as reported by digital-magazin.de (2026, weak to moderate); mid €66k from gehalt.de's ML-engineer median €5,536 a month × 12 (moderate). Staff €100k is an estimate: no public source was found.";
const inSource =
  "TeamLease Digital Skills & Salary Primer FY2025 and FY2025-26 (Business Today, PTI): AI/ML engineer ₹8.2 LPA entry, ₹20.7 LPA in IT products, ₹43 LPA at 8+ years in global capability centres, ₹58–60 LPA senior GenAI and MLOps. Quoted as CTC, which already includes employer provident fund.";
const remoteSource =
  "Estimate: no public source gives one pay level for remote hiring across countries. Set between the German and US figures; replace it with the offer you would make.";

function pay(region: Region, seniority: string, value: number, source: string) {
  const currency = regionCurrency[region];
  return a("people", value, perYear(currency), `${regionLabels[region]}: ${seniority} base pay`, source, 0, currency === "INR" ? 200_000_000 : 2_000_000);
}

const fxSource =
  "Planning exchange rate chosen by this product in 2026-11, not a market quote: the market-figures review converts nothing, so every non-US figure is kept in its own currency and converted here. Replace it with today's rate.";
const corpusSource = "Planning estimate from the corpus-size answers (a few pages; about a thousand; about a million; more documents) at roughly 2,000 tokens per document.";
const churnSource = "Planning estimate of the share of the corpus that changes, and is re-embedded, in a month at each pace of change.";
const retrainSource =
  "“RAG vs Fine-Tuning: When to Hire a RAG Engineer vs a Deep Learning Engineer” and “RAG vs Fine-Tuning: Which One Is Right for You?”: facts held in the weights go stale and need retraining when they change; one run per change cycle, capped at one a day because a run, its evaluation and its deployment take about a day.";
const gpuHoursSource =
  "Planning estimate for parameter-efficient tuning (LoRA/QLoRA, as in “RAG vs Fine-Tuning: Which One Is Right for You?”); estimate of a 7–13B-parameter model on one H100; grows with the amount of training text.";

export const defaultAssumptions = {
  // People: base pay by region and seniority, in each region's currency
  "pay.us.junior": pay("us", "junior", 160_800, blsSource),
  "pay.us.mid": pay("us", "mid-level", 207_600, blsSource),
  "pay.us.senior": pay("us", "senior", 263_600, blsSource),
  "pay.us.staff": pay("us", "staff", 329_900, blsSource),
  "pay.uk.junior": pay("uk", "junior", 68_375, ukSource),
  "pay.uk.mid": pay("uk", "mid-level", 90_000, ukSource),
  "pay.uk.senior": pay("uk", "senior", 120_000, ukSource),
  "pay.uk.staff": pay("uk", "staff", 150_000, ukSource),
  "pay.de.junior": pay("de", "junior", 53_000, deSource),
  "pay.de.mid": pay("de", "mid-level", 66_000, deSource),
  "pay.de.senior": pay("de", "senior", 85_000, deSource),
  "pay.de.staff": pay("de", "staff", 100_000, deSource),
  "pay.in.junior": pay("in", "junior", 820_000, inSource),
  "pay.in.mid": pay("in", "mid-level", 2_070_000, inSource),
  "pay.in.senior": pay("in", "senior", 4_300_000, inSource),
  "pay.in.staff": pay("in", "staff", 5_900_000, inSource),
  "pay.remote.junior": pay("remote", "junior", 80_000, remoteSource),
  "pay.remote.mid": pay("remote", "mid-level", 110_000, remoteSource),
  "pay.remote.senior": pay("remote", "senior", 150_000, remoteSource),
  "pay.remote.staff": pay("remote", "staff", 190_000, remoteSource),
  "fx.usdPerGbp": a("people", 1.27, "USD per GBP", "Exchange rate, pound sterling", fxSource, 0.01, 10),
  "fx.usdPerEur": a("people", 1.08, "USD per EUR", "Exchange rate, euro", fxSource, 0.01, 10),
  "fx.usdPerInr": a("people", 0.012, "USD per INR", "Exchange rate, Indian rupee", fxSource, 0.0001, 1),
  "overhead.us": a("people", 1.3, "× base pay", "United States: employer cost per employee (benefits, payroll taxes)", "BLS Employer Costs for Employee Compensation, June 2025 (wages 70.2% of compensation), adjusted to an annual-salary basis as in the market-figures review; practitioner guides give 1.25–1.4×.", 1, 3),
  "overhead.uk": a("people", 1.18, "× base pay", "United Kingdom: employer cost per employee", "Employer National Insurance 15% from April 2025 (Autumn Budget 2024, summarised by Chartered Accountants Ireland) plus the 3% auto-enrolment pension minimum (an estimate: not sourced in the review).", 1, 3),
  "overhead.de": a("people", 1.21, "× base pay", "Germany: employer social-security share", "Statutory employer contributions of about 21% of gross (Techniker Krankenkasse table, Hamburg Invest, 2024–25); lower in effect above the contribution ceilings.", 1, 3),
  "overhead.in": a("people", 1, "× base pay", "India: employer cost on top of CTC", "Indian pay is quoted as CTC, which already includes employer provident fund and usually gratuity (Boundless HR country guide), so nothing is added.", 1, 3),
  "overhead.remote": a("people", 1.15, "× base pay", "Remote, global: employer cost per employee", "Estimate: on-costs and employer-of-record fees differ by country and no public source gives one figure.", 1, 3),
  "people.contractorFactor": a("people", 1.6, "× base pay", "Yearly cost of a contractor relative to an employee's base pay", "IT Jobs Watch UK machine-learning contract rates (median £570 a day, 6 months to Jan 2026) × about 220 billable days come to 1.4–1.6 × the permanent medians; not verified for other regions.", 0.5, 5),
  "recruiting.agencyFeeShare": a("people", 0.2, "share of first-year base pay", "Agency fee per hire", "Agency contingency fees of 15–25% of first-year base, 20% common for software engineering (roles.cc, calcbee, 2025–26; weak to moderate).", 0, 1),
  "recruiting.inHouseCostUsd": a("people", 4_700, "USD per hire", "In-house recruiting cost per hire", "SHRM, The Real Costs of Recruitment (2022): average cost per hire about $4,700.", 0, 200_000),
  "training.budgetUsd": a("people", 2_000, "USD per person", "Course and practice time budget for each person you train", "Estimate: no public source was found for the cost of retraining an engineer into an AI role.", 0, 100_000),

  // Hiring calendar
  "hiring.timeToFillWeeks.junior": a("hiring", 7, "weeks", "Time to fill, junior (from opening the role to an accepted offer)", "LinkedIn Economic Graph: engineering roles took 49 days median from application to first day, the longest of 15 job families (US, 2021).", 0, 52),
  "hiring.timeToFillWeeks.mid": a("hiring", 7, "weeks", "Time to fill, mid-level", "LinkedIn Economic Graph: 49 days median for engineering (US, 2021); Josh Bersin Co. & AMS: 44 days across roles (2023).", 0, 52),
  "hiring.timeToFillWeeks.senior": a("hiring", 10, "weeks", "Time to fill, senior", "Estimate between the 49-day engineering median (LinkedIn) and recruiter reports of 90+ days for senior ML roles (Acceler8 Talent, 2026, weak).", 0, 52),
  "hiring.timeToFillWeeks.staff": a("hiring", 13, "weeks", "Time to fill, staff", "Recruiter reports of 90+ days for senior ML and longer for AI engineering (Acceler8 Talent citing Signify and Full Scale, 2026; weak).", 0, 52),
  "hiring.noticeWeeks.us": a("hiring", 2, "weeks", "Notice period, United States", "About two weeks by at-will courtesy (Diamondpick, 2023; weak source, common practice).", 0, 52),
  "hiring.noticeWeeks.uk": a("hiring", 4, "weeks", "Notice period, United Kingdom", "Estimate: no source for UK norms was found; one month is assumed.", 0, 52),
  "hiring.noticeWeeks.de": a("hiring", 12, "weeks", "Notice period, Germany", "Statutory employee notice is 4 weeks (§622 BGB, per Schlun & Elseven, 2025); contracts often set three months (forum reports, weak). Three months assumed.", 0, 52),
  "hiring.noticeWeeks.in": a("hiring", 13, "weeks", "Notice period, India", "Commonly 90 days in Indian IT (Analytics India Magazine; Hindu BusinessLine, 2021–23).", 0, 52),
  "hiring.noticeWeeks.remote": a("hiring", 4, "weeks", "Notice period, remote, global", "Estimate: depends on the person's country; one month assumed.", 0, 52),
  "hiring.rampUpWeeks": a("hiring", 4, "weeks", "Ramp-up before a new hire contributes to a first version", "Estimate. Full productivity takes 3–6 months (Koalr, 2026) or 3–9 months (Swimm survey, 2020), both weak; a first useful contribution comes far sooner, and no source measures it.", 0, 52),
  "hiring.contractorStartWeeks": a("hiring", 2, "weeks", "Time to sign a contractor and have them start", "Estimate: no public source was found; contractors have no notice period to serve in most cases.", 0, 52),
  "hiring.contractorRampWeeks": a("hiring", 1, "weeks", "Ramp-up of an experienced contractor", "Estimate: no public source was found.", 0, 52),
  "hiring.trainingWeeks": a("hiring", 3, "weeks", "Time for someone you already employ to learn the role's basics", "Estimate: no public source was found; longer when the team has none of the role's skills.", 0, 52),

  // Build
  "gpu.hourlyUsd": a("build", 3.5, "USD per GPU-hour", "H100 rental", "H100 on-demand prices transcribed from vendor pages (data-receipts #109, 2026-11-09; silybench): RunPod $2.69–3.99, Lambda $3.99–4.29, Nebius $3.85 per GPU-hour; midpoint of specialist clouds. Hyperscalers charge $6.88 (AWS p5) to $12.29 (Azure).", 0, 100, [2.7, 4.3]),
  "gpu.ownedCostFactor": a("build", 0.5, "× rental price", "Cost of an hour on your own GPUs relative to renting", "Planning estimate of power, hosting and depreciation of owned GPUs against rental.", 0, 2),
  "fineTuning.experimentRuns": a("build", 6, "runs", "Training runs before the first release", "Estimate; “Hiring an AI model developer: real-time knowledge or behavioural precision?” describes hyperparameter optimisation and benchmark-driven evaluation. Planning estimate of the runs needed to beat the baseline.", 1, 100),
  "fineTuning.gpuHours.examples.none": a("build", 2, "GPU-hours per run", "Behaviour tuning run, no labelled examples (synthetic set)", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.examples.under_100": a("build", 2, "GPU-hours per run", "Behaviour tuning run, under 100 examples", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.examples.hundreds": a("build", 4, "GPU-hours per run", "Behaviour tuning run, hundreds of examples", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.examples.thousands": a("build", 12, "GPU-hours per run", "Behaviour tuning run, thousands of examples", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.examples.tens_of_thousands": a("build", 40, "GPU-hours per run", "Behaviour tuning run, tens of thousands of examples", gpuHoursSource, 0, 100_000),
  "fineTuning.gpuHours.corpus.fits_in_prompt": a("build", 2, "GPU-hours per run", "Knowledge tuning run on a few pages", gpuHoursSource, 0, 1_000_000),
  "fineTuning.gpuHours.corpus.small": a("build", 24, "GPU-hours per run", "Knowledge tuning run on about a thousand documents", gpuHoursSource, 0, 1_000_000),
  "fineTuning.gpuHours.corpus.large": a("build", 400, "GPU-hours per run", "Knowledge tuning run on about a million documents", gpuHoursSource, 0, 1_000_000),
  "fineTuning.gpuHours.corpus.massive": a("build", 4_000, "GPU-hours per run", "Knowledge tuning run on more than a million documents", gpuHoursSource, 0, 1_000_000),
  "embedding.usdPerMillionTokens": a("build", 0.02, "USD per million tokens", "Embedding price", "OpenAI model page for text-embedding-3-small: $0.02 per million tokens (2025–26, high confidence; -large is $0.13).", 0, 10),
  "corpus.tokens.fits_in_prompt": a("build", 20_000, "tokens", "Corpus size: fits in one prompt", corpusSource, 0, 1e9),
  "corpus.tokens.small": a("build", 2_000_000, "tokens", "Corpus size: up to about a thousand documents", corpusSource, 0, 1e12),
  "corpus.tokens.large": a("build", 2_000_000_000, "tokens", "Corpus size: up to about a million documents", corpusSource, 0, 1e13),
  "corpus.tokens.massive": a("build", 40_000_000_000, "tokens", "Corpus size: more than a million documents", corpusSource, 0, 1e14),
  "corpus.tokensPerPage": a("build", 500, "tokens per page", "Text on one page of a document", "Estimate: about 500 tokens to a page of prose; no public source was found for typical enterprise documents.", 1, 100_000),
  "corpus.pagesPerDocument": a("build", 4, "pages per document", "Average document length when only a count is given", "Estimate: the product's 2,000 tokens a document (four pages); no public source was found for typical document length.", 0.01, 100_000),
  "corpus.tokensPerChunk": a("build", 400, "tokens per chunk", "Chunk size (one vector per chunk)", "Estimate: a common chunk size in retrieval pipelines; no public source sets one.", 50, 8_000),

  // Run
  "llm.usdPer1kTokens": a("run", 0.002, "USD per 1,000 tokens", "Language model inference, input and output blended", "Estimate of a small-to-mid hosted model, 3 input : 1 output blended: gpt-4.1-mini works out at $0.70 per million and GPT-5.4 mini at $1.69 (simonw/llm-prices, GitHub Docs tables, 2025–26); frontier models cost about 3× more.", 0, 1),
  "llm.fineTunedPriceFactor": a("run", 1.5, "× base price", "Price of a fine-tuned model per token relative to the base model", "OpenAI fine-tuned inference prices (LiteLLM price table and two public transcriptions, 2025–26): 2.0× base for the mini models, 1.5× for gpt-4.1 and gpt-4o.", 0.1, 10),
  "tokens.perQuery.prompt": a("run", 1_500, "tokens per request", "Tokens per request with a prompt only (instructions, examples, question, answer)", "Planning estimate.", 0, 1_000_000),
  "tokens.perQuery.staticContext": a("run", 8_000, "tokens per request", "Reference material carried in the prompt when there is no retrieval and the need includes knowledge", "Planning estimate: without retrieval the prompt must carry the material itself, up to what the window holds (context limits).", 0, 2_000_000),
  "tokens.perQuery.retrievedContext": a("run", 2_500, "tokens per request", "Retrieved passages added to each request", "Planning estimate: about five chunks of 400–500 tokens.", 0, 1_000_000),
  "tokens.perQuery.fineTuned": a("run", 600, "tokens per request", "Tokens per request to a tuned model (short instructions, question, answer)", "Estimate: a tuned model needs nothing retrieved at answer time.", 0, 1_000_000),
  "tokens.perQuery.queryEmbedding": a("run", 50, "tokens per request", "Tokens embedded to search for each request", "Planning estimate of a typical question's length.", 0, 100_000),
  "vectorStore.baseMonthlyUsd": a("run", 50, "USD per month", "Managed vector database, entry plan", "Pinecone, Understanding cost (docs) and plan cards captured 2026-11: Standard plan $50 a month minimum (Builder $20 flat; Weaviate Flex from $45).", 0, 100_000),
  "vectorStore.usdPerMillionVectorsMonthly": a("run", 15, "USD per million vectors per month", "Vector storage", "Pinecone Standard storage $0.33 per GB-month (docs, 2026) works out at about $2.4 per million 1536-dimension vectors; this default of $15 is higher and errs on the side of caution. Edit it for your plan.", 0, 10_000),
  "vectorStore.usdPerMillionQueries": a("run", 10, "USD per million requests", "Vector search reads", "Estimate. Pinecone bills $16 per million read units, and a query reads 1 unit per GB searched (docs, 2026): small indexes cost about this, large single-namespace indexes far more.", 0, 10_000),
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
  "retrains.hybridBehaviour": a("retraining", 0.25, "runs per month", "Hybrid retraining (behaviour changes only; retrieval carries the facts)", "Estimate, after “Hiring an AI model developer” and “RAG vs Fine-Tuning: Which One Is Right for You?”: in a hybrid, retrieval carries changing facts and the tuned model is retrained only when its behaviour must change; planning estimate of one run every four months.", 0, 100),
} satisfies Record<string, Assumption>;

export type AssumptionKey = keyof typeof defaultAssumptions;
export const assumptionKeys = Object.keys(defaultAssumptions) as AssumptionKey[];

/** Only the numbers, one per key: what the model reads. */
export type AssumptionValues = Record<AssumptionKey, number>;
