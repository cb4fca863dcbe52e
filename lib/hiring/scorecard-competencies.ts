import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role } from "@/lib/decision/types";

export interface Competency {
  name: string;
  /** What the interviewer is judging, in one line. */
  assesses: string;
  /** Two or three questions. */
  questions: readonly string[];
  /** What a strong answer shows. */
  strongSignal: string;
  /** What a weak answer shows. */
  weakSignal: string;
}

const c = (
  name: string,
  assesses: string,
  questions: readonly string[],
  strongSignal: string,
  weakSignal: string,
): Competency => ({ name, assesses, questions, strongSignal, weakSignal });

/** Five core competencies per role. Questions are open and tied to the role's real work. */
export const coreCompetencies: Record<Role, readonly Competency[]> = {
  rag_engineer: [
    c("Chunking and embeddings", "Turning messy documents into units that retrieve well.", [
      "Walk me through how you would chunk a set of long policy PDFs with tables. What would you try first, and how would you know it worked?",
      "When have you changed embedding model, and what did you measure before and after?",
    ], "Chooses chunk size and boundaries by document structure, tests alternatives on real questions, and can name a trade-off they measured.", "Uses one fixed chunk size everywhere or picks an embedding model by popularity, with no measurement."),
    c("Vector databases and indexing", "Running an index that stays correct, fast and affordable.", [
      "Compare two vector databases you have used (for example pgvector and Pinecone). When would you pick each?",
      "How do you keep an index in step with sources that add, change and delete documents?",
    ], "Talks about filtering, update paths, deletes, index parameters and cost from experience; has a plan for re-indexing.", "Knows the client API only; has never handled updates or deletes, or treats the index as build-once."),
    c("Retrieval ranking and filtering", "Getting the right passages to the top.", [
      "Users say the assistant ignores the newest policy. How do you investigate?",
      "When is hybrid keyword-plus-vector search worth it, and when is a re-ranker worth its latency?",
    ], "Starts from logged retrievals, separates retrieval failures from generation failures, and uses metadata, hybrid search or re-ranking with measured effect.", "Goes straight to prompt tweaks or a bigger model without checking what was retrieved."),
    c("Retrieval evaluation", "Measuring retrieval quality and acting on it.", [
      "How would you build a test set for retrieval on a corpus nobody has labelled?",
      "Which metrics do you track for retrieval, and which one would you alert on in production?",
    ], "Builds a labelled question set from real traffic, tracks recall and precision of top results, and ties changes to metric moves.", "Judges quality by trying a few questions by hand."),
    c("Production integration", "Shipping retrieval inside a real application.", [
      "How do you expose retrieval to the application, and what happens when the vector store is slow or down?",
      "Describe a retrieval system you kept running after launch. What broke first?",
    ], "Covers timeouts, fallbacks, caching, citations in the response and monitoring; has operated a system after launch.", "Has built notebooks or demos only and cannot describe failure handling."),
  ],
  deep_learning_engineer: [
    c("Dataset curation and validation", "Building training data that improves the model instead of harming it.", [
      "You receive 5,000 examples of varying quality. What do you do before the first training run?",
      "How do you stop test examples leaking into training data?",
    ], "De-duplicates, filters, balances, keeps a held-out set, checks for sensitive records, and reviews samples by hand.", "Trains on whatever is available and evaluates on data that overlaps with training."),
    c("Parameter-efficient fine-tuning", "Choosing and running the right adaptation method.", [
      "When would you use LoRA, QLoRA, full fine-tuning or preference tuning such as DPO?",
      "Which settings matter most in a LoRA run, and how did you choose them last time?",
    ], "Relates method to data size, hardware and goal, and explains rank, learning rate and epochs from experience.", "Knows the names only, or always uses full fine-tuning regardless of budget."),
    c("Transformer internals", "Understanding what training changes in the model.", [
      "Explain what a LoRA adapter changes inside a transformer layer.",
      "A tuned model got better at the format but worse at general questions. What happened, and what would you change?",
    ], "Explains attention and adapter placement clearly, and recognises catastrophic forgetting with concrete remedies.", "Treats the model as a black box and cannot reason about why behaviour shifted."),
    c("Benchmark-driven evaluation", "Proving that a tuned model is better and worth it.", [
      "How do you decide whether a tuned model beats a well-written prompt on the base model?",
      "What do you track across training runs, and where do you record it?",
    ], "Compares against a prompt baseline on a held-out task benchmark, tracks runs in a tool such as Weights & Biases, and reports cost per gain.", "Reports training loss as proof of quality, or never compares with the prompt-only baseline."),
    c("Experiments and hyperparameter optimisation", "Spending GPU hours wisely.", [
      "You have 200 GPU-hours. Plan your experiments.",
      "How do you make a training run reproducible months later?",
    ], "Starts small, sweeps the few settings that matter, fixes seeds, versions data and configs.", "Launches large runs without a plan, or cannot reproduce earlier results."),
  ],
  mlops_engineer: [
    c("Deployment and serving", "Running models and retrieval services reliably.", [
      "How would you serve a fine-tuned model with a latency budget of one second at peak?",
      "How do you roll out a new model version safely, and how do you roll it back?",
    ], "Covers batching, autoscaling, canary or shadow releases and fast rollback, with numbers from past systems.", "Deploys by hand, with no staged rollout or rollback plan."),
    c("Versioning and reproducibility", "Tracing every answer to what produced it.", [
      "An answer from last Tuesday was wrong. How do you find which model, prompt and index produced it?",
      "What do you version, and where?",
    ], "Versions models, prompts, datasets and indexes together and logs them with each request.", "Versions code only."),
    c("Observability", "Seeing quality, latency and spend in production.", [
      "What would be on your dashboard for a retrieval-augmented assistant, and which alerts would wake someone up?",
      "How do you notice model or data drift?",
    ], "Tracks latency, errors, cost per request, retrieval and answer quality, and drift, each with an owner and threshold.", "Monitors only CPU, memory and uptime."),
    c("Automated retraining and re-indexing", "Keeping the system current without manual steps.", [
      "The facts change every day. Design the pipeline that keeps the system current.",
      "What checks must pass before a retrained model or rebuilt index goes live?",
    ], "Schedules the pipeline, gates it on evaluation, and can promote or reject automatically.", "Relies on someone remembering to run a script."),
    c("Infrastructure and cost", "Keeping GPUs and inference affordable.", [
      "How do you decide between renting GPUs, a managed API and owned hardware?",
      "Inference cost doubled last month. Where do you look?",
    ], "Reasons with utilisation, per-request cost and commitments, and finds spend by tracing requests.", "Has no view of cost drivers."),
  ],
  data_engineer: [
    c("Ingestion pipelines", "Getting sources in reliably and on time.", [
      "Design ingestion for documents spread across a wiki, a file share and a ticket system.",
      "A source changes its export format overnight. What happens in your pipeline?",
    ], "Uses scheduled, incremental, idempotent loads with schema checks and alerts on failure.", "Proposes one-off scripts with no failure handling."),
    c("Cleaning and validation", "Keeping junk out of the index and the training set.", [
      "How do you find duplicates and near-duplicates in a million documents?",
      "Which checks run before a document is indexed?",
    ], "Uses hashing or similarity for duplicates, checks for empty or unparseable content, and reports rejections.", "Assumes source data is clean."),
    c("Document parsing", "Extracting usable text and structure.", [
      "How do you handle scanned PDFs, tables and headers that repeat on every page?",
      "How do you keep section titles and other structure as metadata?",
    ], "Knows parsing tools and their failure modes, and keeps structure for chunking and filters.", "Extracts raw text and loses tables and structure."),
    c("Freshness and lineage", "Knowing what is in the index and how old it is.", [
      "How would you prove that a deleted document no longer appears in answers?",
      "How do you measure freshness for each source?",
    ], "Tracks lineage per document, propagates deletes and reports freshness per source.", "Has no way to trace or remove content."),
    c("Dataset building", "Producing evaluation and training sets.", [
      "How would you build a versioned evaluation set from support tickets?",
      "How do you keep personal data out of a training set?",
    ], "Samples representatively, versions the set and redacts or filters sensitive fields.", "Exports data ad hoc with no versioning or privacy checks."),
  ],
  evaluation_engineer: [
    c("Test-set design", "Building evaluation sets that reflect real use.", [
      "How would you build the first evaluation set for a support assistant with no labelled data?",
      "How do you keep the set representative as usage changes?",
    ], "Samples real traffic, writes labelling guidelines, covers edge cases and refreshes the set on a schedule.", "Writes a handful of questions by hand once."),
    c("Metrics", "Measuring what matters for the product.", [
      "Which metrics would you use for answer correctness and for grounding in sources?",
      "When do you trust a model-graded metric, and how do you check it?",
    ], "Separates retrieval and generation metrics and validates model graders against human labels.", "Relies on one generic score, or trusts a model grader blindly."),
    c("Release gates", "Stopping regressions before users see them.", [
      "How would you put evaluation into the release process?",
      "Two versions differ by two points on your metric. Ship or not?",
    ], "Runs evaluation in CI, sets thresholds, and reasons about noise and confidence.", "Evaluates occasionally and by hand."),
    c("Production monitoring", "Catching errors, drift and hallucinations live.", [
      "How do you detect hallucinations in production without labelling every answer?",
      "What do you do with the failures you find?",
    ], "Samples and scores live traffic, clusters failures, and feeds them back into the test set.", "Waits for user complaints."),
    c("Communicating quality", "Turning measurements into decisions.", [
      "How would you explain to a product manager that quality dropped after a change?",
      "Give an example where an evaluation result changed a decision.",
    ], "Gives clear, quantified reports tied to user impact, with a concrete example.", "Cannot connect metrics to decisions."),
  ],
  ai_product_engineer: [
    c("Prompt engineering", "Writing prompts that hold up beyond the demo.", [
      "Walk me through improving a prompt that works in a demo but fails on a tenth of real inputs.",
      "How do you version and test prompts?",
    ], "Uses examples, schemas and a test set, changes one thing at a time, and versions prompts like code.", "Tweaks wording by feel, with no test set."),
    c("Structured outputs", "Getting reliable machine-readable results.", [
      "The model must return JSON matching a schema. How do you make that reliable?",
      "What happens in your code when the output is invalid?",
    ], "Uses schema-constrained output, validation, retries and a safe fallback.", "Parses free text and hopes."),
    c("Application engineering", "Building the product around the model.", [
      "Design the API and request flow for an assistant with a one-second latency budget.",
      "How do you handle model timeouts and outages in the user experience?",
    ], "Covers streaming, timeouts, caching and graceful degradation.", "Calls the model synchronously with no error handling."),
    c("Evaluation baseline", "Judging changes by numbers.", [
      "How do you know a prompt change made things better?",
      "What is the smallest evaluation you would set up in the first week?",
    ], "Keeps a small labelled set from real inputs, runs it on every change and tracks the trend.", "Checks a few examples by eye."),
    c("Judgement about the next step", "Knowing when prompting is not enough.", [
      "What evidence would convince you that the product needs retrieval or fine-tuning?",
      "When would you push back on a request to fine-tune?",
    ], "Points to measured failure types: missing knowledge suggests retrieval, inconsistent behaviour suggests tuning; asks for a baseline first.", "Reaches for fine-tuning or a bigger model by default."),
  ],
};

/** At most one extra competency per role, added when the project's answers call for it. */
interface ContextCompetency {
  role: Role;
  applies: (traits: Traits, architecture: Architecture) => boolean;
  competency: Competency;
}

export const contextCompetencies: readonly ContextCompetency[] = [
  {
    role: "rag_engineer",
    applies: (t) => t.perUserAccess || t.dataSensitivity === "regulated",
    competency: c("Access control in retrieval", "Making sure users only retrieve what they may see.", [
      "How do you enforce per-user document permissions in a vector search?",
      "How would you test that a user can never see another customer's documents?",
    ], "Filters at query time from source permissions, tests for leaks, and logs access.", "Filters after generation, or has not considered permissions."),
  },
  {
    role: "deep_learning_engineer",
    applies: (t) => t.latency === "strict",
    competency: c("Small, fast models", "Meeting a tight latency budget.", [
      "How would you get a tuned model under 300 ms per response?",
      "What quality do you expect to lose with quantisation, and how do you check?",
    ], "Discusses distillation, quantisation and smaller base models, and measures the quality cost.", "Proposes bigger hardware only."),
  },
  {
    role: "mlops_engineer",
    applies: (t) => t.dataSensitivity === "regulated",
    competency: c("Compliance in operations", "Running ML on regulated data.", [
      "Which audit records would you keep for a system answering from health or financial records?",
      "How do you handle a request to delete a person's data from the system?",
    ], "Covers audit logs, residency, retention and deletion through indexes and training sets.", "Treats compliance as someone else's job."),
  },
  {
    role: "data_engineer",
    applies: (t) => t.knowledgeChange === "realtime",
    competency: c("Streaming updates", "Keeping data fresh within minutes.", [
      "Design a pipeline that reflects a change in the source within five minutes.",
      "How do you handle out-of-order or duplicate events?",
    ], "Uses change data capture or events with idempotent writes and lag monitoring.", "Proposes nightly batches."),
  },
  {
    role: "evaluation_engineer",
    applies: (t) => t.errorCost === "high",
    competency: c("High-stakes review", "Protecting users where a wrong answer causes harm.", [
      "Which answers would you route to human review, and how?",
      "How do you measure the rate of confidently wrong answers?",
    ], "Defines risk tiers, review flows and a tracked rate of confident errors.", "Treats all errors as equal."),
  },
  {
    role: "ai_product_engineer",
    applies: (t) => t.taskType === "agent_workflow",
    competency: c("Agent orchestration", "Building reliable multi-step tool use.", [
      "How do you stop an agent looping or calling the wrong tool?",
      "How do you test a multi-step workflow end to end?",
    ], "Limits steps, validates tool inputs, logs traces and tests with scripted scenarios.", "Lets the model run free and checks the final answer only."),
  },
];
