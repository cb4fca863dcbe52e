import type { Role } from "@/lib/decision/types";
import type { TeamSkill, ToolGroup } from "./types";

/** Everything the product says about one role, independent of any project. */
export interface RoleCatalogEntry {
  role: Role;
  title: string;
  /** Other titles the same work is advertised under. */
  alsoKnownAs: readonly string[];
  /** One sentence: what the role changes in the product. */
  mission: string;
  responsibilities: readonly string[];
  mustHaveSkills: readonly string[];
  niceToHaveSkills: readonly string[];
  mustHaveTools: readonly ToolGroup[];
  niceToHaveTools: readonly ToolGroup[];
  /** Team skills that let existing people grow into the role instead of hiring for it. */
  coveredBy: readonly TeamSkill[];
  /** Observable results after the first 90 days. */
  successAfter90Days: readonly string[];
  /** Source articles (ids, see source-articles.ts) the role's content draws on. */
  sources: readonly string[];
}

const vectorDatabases = ["Pinecone", "Weaviate", "Qdrant", "FAISS", "pgvector"] as const;
const retrievalFrameworks = ["LangChain", "LlamaIndex", "Haystack"] as const;
const fineTuningStack = ["Hugging Face Trainer (PEFT, LoRA, DPO)", "Axolotl (LoRA, QLoRA)"] as const;
const managedFineTuning = ["OpenAI fine-tuning API", "Amazon SageMaker JumpStart"] as const;

export const roleCatalog: Record<Role, RoleCatalogEntry> = {
  rag_engineer: {
    role: "rag_engineer",
    title: "RAG engineer",
    alsoKnownAs: ["retrieval engineer", "AI developer for retrieval systems"],
    mission:
      "Builds and tunes the pipeline that finds the right passages in your sources and hands them to the model, so answers stay current and traceable.",
    responsibilities: [
      "Design the ingestion, chunking and embedding pipeline that turns source documents into a searchable index.",
      "Choose, size and run the vector database, and keep the index in step with the sources.",
      "Write the retrieval logic: semantic and keyword search, ranking, re-ranking and metadata filters.",
      "Connect retrieval to the application's APIs and to the prompt, including how retrieved passages are cited.",
      "Measure retrieval quality on real questions and fix the failures the numbers reveal.",
      "Keep tuning chunking, embeddings and ranking after launch as the corpus and the questions drift.",
    ],
    mustHaveSkills: [
      "Embedding models and how the choice of model changes search quality",
      "Chunking strategies for different document types",
      "Semantic search and vector indexing",
      "Retrieval ranking and filtering",
      "Building prompts around retrieved context",
      "Production programming (Python or TypeScript) and API integration",
      "Evaluation and monitoring of retrieval quality",
    ],
    niceToHaveSkills: [
      "Hybrid keyword-plus-vector search and re-rankers",
      "Query rewriting and multi-step retrieval for agents",
      "Latency and cost tuning of retrieval pipelines",
    ],
    mustHaveTools: [
      { category: "Vector database", options: vectorDatabases },
      { category: "Retrieval framework", options: retrievalFrameworks },
      { category: "Embedding models", options: ["OpenAI embeddings", "Hugging Face embedding models"] },
    ],
    niceToHaveTools: [{ category: "Keyword search engine", options: ["Elasticsearch", "OpenSearch"] }],
    coveredBy: ["retrieval", "vector_databases"],
    successAfter90Days: [
      "Retrieval over the real corpus is live behind the product, and every answer links to the passages it used.",
      "A labelled set of real questions measures retrieval quality, and the figures are reported every week.",
      "The index updates automatically at the pace the sources change.",
      "The most frequent retrieval failure found in the logs has been fixed and is covered by a test.",
    ],
    sources: ["000", "001", "003", "004"],
  },
  deep_learning_engineer: {
    role: "deep_learning_engineer",
    title: "Deep learning engineer (fine-tuning)",
    alsoKnownAs: ["fine-tuning specialist", "ML engineer (model training)"],
    mission:
      "Changes how the model behaves by training its weights on curated examples, and proves each change against benchmarks before it ships.",
    responsibilities: [
      "Curate, clean and validate the training set, and keep a held-out set that is never trained on.",
      "Run parameter-efficient fine-tuning (LoRA, QLoRA) and, where it helps, preference tuning (DPO).",
      "Plan and run hyperparameter searches inside a fixed GPU budget.",
      "Compare every tuned model with the base model and the prompt-only baseline on benchmarks built for the task.",
      "Hand tuned models to deployment through versioned, repeatable MLOps workflows.",
      "Check for overfitting, memorised sensitive records and loss of general ability.",
    ],
    mustHaveSkills: [
      "Transformer architecture internals and what fine-tuning changes in them",
      "Dataset curation and validation",
      "Parameter-efficient fine-tuning (PEFT: LoRA, QLoRA)",
      "Hyperparameter optimisation",
      "Benchmark-driven evaluation",
      "A deep learning framework such as PyTorch",
    ],
    niceToHaveSkills: [
      "Preference optimisation (DPO)",
      "Distributed training on GPU clusters",
      "Deploying tuned models through MLOps pipelines",
    ],
    mustHaveTools: [
      { category: "Fine-tuning stack", options: fineTuningStack },
      { category: "Experiment tracking", options: ["Weights & Biases"] },
    ],
    niceToHaveTools: [{ category: "Managed fine-tuning", options: managedFineTuning }],
    coveredBy: ["model_training"],
    successAfter90Days: [
      "A repeatable pipeline trains a model from a versioned dataset with one command.",
      "A benchmark shows whether the tuned model beats the prompt-only baseline on the task's own metric, and the team has acted on the result.",
      "Dataset checks catch duplicates, overlap between training and test data, and sensitive records before any run.",
      "The first tuned model is deployed behind an evaluation gate that blocks regressions.",
    ],
    sources: ["000", "001", "003", "004"],
  },
  mlops_engineer: {
    role: "mlops_engineer",
    title: "MLOps engineer",
    alsoKnownAs: ["ML platform engineer"],
    mission:
      "Turns prototypes into dependable services: deployment, versioning, monitoring, and the pipelines that retrain or re-index on schedule.",
    responsibilities: [
      "Serve models and retrieval services within latency, cost and uptime targets.",
      "Version models, prompts, datasets and indexes so any answer can be traced to what produced it.",
      "Automate retraining or re-indexing at the pace the knowledge changes.",
      "Build the observability layer: traces of queries, retrieved sources, responses, latency and spend.",
      "Plan GPU capacity and keep training and inference spend in check.",
      "Run security and access controls around models and data.",
    ],
    mustHaveSkills: [
      "Model deployment and serving",
      "CI/CD for models, prompts and data",
      "Monitoring, tracing and alerting for ML systems",
      "Cloud infrastructure and GPU capacity planning",
      "Cost control of inference and training",
    ],
    niceToHaveSkills: ["Drift detection", "Autoscaling inference under bursty load", "Infrastructure as code"],
    mustHaveTools: [
      { category: "Cloud platform", options: ["AWS", "Azure", "GCP"] },
      { category: "Containers and orchestration", options: ["Docker", "Kubernetes"] },
    ],
    niceToHaveTools: [{ category: "Model registry and tracking", options: ["Weights & Biases", "Amazon SageMaker"] }],
    coveredBy: ["mlops"],
    successAfter90Days: [
      "Every model, prompt and index version in production is recorded and can be rolled back.",
      "Dashboards show latency, error rate, cost per request and drift, with alerts routed to an owner.",
      "Retraining or re-indexing runs on schedule without manual steps.",
      "A load test at expected peak traffic stays within the latency budget.",
    ],
    sources: ["001", "003"],
  },
  data_engineer: {
    role: "data_engineer",
    title: "Data engineer (AI data pipelines)",
    alsoKnownAs: ["data platform engineer"],
    mission:
      "Owns the data layer that retrieval and training both stand on: bringing sources in, cleaning them and keeping them fresh.",
    responsibilities: [
      "Build connectors that pull documents and records from source systems on a schedule.",
      "Clean, de-duplicate and normalise content, and attach the metadata retrieval filters rely on.",
      "Build the pipelines that produce evaluation and training sets.",
      "Track lineage and freshness so stale or deleted content is caught.",
      "Apply the handling rules that govern personal or regulated records.",
    ],
    mustHaveSkills: [
      "Batch data pipelines",
      "Data cleaning, de-duplication and validation",
      "Document parsing (PDF, HTML, office formats)",
      "SQL and data modelling",
      "Metadata and lineage management",
    ],
    niceToHaveSkills: ["Labelling workflows", "Privacy techniques such as redaction and pseudonymisation"],
    mustHaveTools: [
      { category: "Pipeline orchestration", options: ["Airflow", "Dagster", "Prefect"] },
      { category: "Relational database", options: ["PostgreSQL"] },
    ],
    niceToHaveTools: [{ category: "Event streaming", options: ["Kafka"] }],
    coveredBy: ["data_engineering"],
    successAfter90Days: [
      "Every source the product answers from is ingested automatically, at least as often as it changes.",
      "Duplicate, empty and unparseable documents are reported instead of indexed.",
      "A versioned evaluation set (and training set, when tuning) can be rebuilt from the pipelines.",
    ],
    sources: ["001", "004"],
  },
  evaluation_engineer: {
    role: "evaluation_engineer",
    title: "Evaluation and observability engineer",
    alsoKnownAs: ["LLM quality engineer"],
    mission:
      "Makes quality measurable: test sets, metrics, checks before every release and monitoring after it, so errors, drift and hallucinations are caught.",
    responsibilities: [
      "Build and maintain evaluation sets from real user questions, with expected answers and sources.",
      "Define metrics for correctness, grounding in sources, format adherence and safety.",
      "Run evaluation on every change to prompts, retrieval or models, and block releases that regress.",
      "Monitor production for hallucinations, drift and clusters of failures, and turn them into tests.",
      "Report quality trends so product decisions rest on figures.",
    ],
    mustHaveSkills: [
      "Designing test sets and labelling guidelines",
      "Metrics for generation and retrieval quality",
      "Model-graded evaluation and its limits",
      "Statistics for comparing model versions",
      "Production monitoring and error analysis",
    ],
    niceToHaveSkills: ["Red-teaming and safety testing", "Annotation tooling", "Knowledge of the product's domain"],
    mustHaveTools: [{ category: "Tracing of model calls", options: ["LangSmith", "OpenTelemetry"] }],
    niceToHaveTools: [{ category: "Experiment tracking", options: ["Weights & Biases"] }],
    coveredBy: ["evaluation"],
    successAfter90Days: [
      "An evaluation set of real questions runs on every change and gates release.",
      "Live answers are sampled, scored and alerted on when quality drops.",
      "The main failure types are named and counted, each with an owner.",
    ],
    sources: ["001", "002", "004"],
  },
  ai_product_engineer: {
    role: "ai_product_engineer",
    title: "AI product engineer",
    alsoKnownAs: ["prompt engineer", "LLM application engineer"],
    mission:
      "Builds the product around the model: prompts, tool calls, user flows and guardrails, measured against real tasks.",
    responsibilities: [
      "Write, version and test prompts with examples and output schemas.",
      "Build the application layer: APIs, tool calls, agent steps and the hooks the interface needs.",
      "Validate structured outputs and repair or reject them before they reach users.",
      "Keep a baseline evaluation so every prompt change is judged by figures.",
      "Turn user feedback into test cases.",
      "Tell the team, with evidence, when prompting has reached its limit and retrieval or tuning is needed.",
    ],
    mustHaveSkills: [
      "Prompt engineering with examples, schemas and evaluation",
      "Production application programming and API design",
      "Structured output validation",
      "Evaluating model outputs against a baseline",
      "Designing AI features for uncertainty (fallbacks, confirmations)",
    ],
    niceToHaveSkills: ["Retrieval basics", "Streaming responses in the interface", "Latency and cost tuning of model calls"],
    mustHaveTools: [{ category: "Hosted model APIs", options: ["OpenAI API", "another hosted model API"] }],
    niceToHaveTools: [{ category: "Orchestration framework", options: ["LangChain", "LlamaIndex"] }],
    coveredBy: ["prompt_engineering"],
    successAfter90Days: [
      "The feature is in users' hands with versioned prompts and a baseline evaluation.",
      "Invalid structured outputs are retried or fall back safely.",
      "The top user complaints are captured as test cases.",
      "A short written judgement, backed by evaluation figures, says whether prompting is enough or what comes next.",
    ],
    sources: ["001", "004"],
  },
};

export function roleEntry(role: Role): RoleCatalogEntry {
  return roleCatalog[role];
}

/** Flattens tool groups into one list ("Pinecone", "Weaviate", …) without repeats. */
export function toolNames(groups: readonly ToolGroup[]): string[] {
  return [...new Set(groups.flatMap((group) => group.options))];
}
