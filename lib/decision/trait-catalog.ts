import { usd } from "@/lib/format/money";
import type { Architecture, Role } from "./types";
import { maxTeamSize, type EngineeringStrength, type TraitKey, type Traits } from "./traits";

/** Wizard steps, in the order a person thinks about a project. */
export const steps = [
  { id: "problem", title: "The problem", intro: "What the model is for, and whether a plain prompt has been tried." },
  { id: "knowledge", title: "Knowledge", intro: "The facts the answers depend on: how many, how fresh, how traceable." },
  { id: "behavior", title: "Behaviour and output", intro: "How the model must write, and how much a wrong answer costs." },
  { id: "constraints", title: "Constraints", intro: "Speed, privacy and deadlines the design has to respect." },
  { id: "resources", title: "Resources", intro: "Examples, hardware and money you can put in." },
  { id: "team", title: "Team", intro: "What the people you already have can do." },
] as const;
export type StepId = (typeof steps)[number]["id"];

export interface OptionCopy {
  label: string;
  help: string;
}

interface ChoiceQuestion<K extends TraitKey> {
  kind: "choice";
  key: K;
  step: StepId;
  question: string;
  /** Short name of the trait for factor lists and flips. */
  short: string;
  options: Record<Extract<Traits[K], string>, OptionCopy>;
}
interface BooleanQuestion {
  kind: "boolean";
  key: "perUserAccess";
  step: StepId;
  question: string;
  short: string;
  options: Record<"true" | "false", OptionCopy>;
}
interface NumberQuestion {
  kind: "number";
  key: "upfrontBudgetUsd" | "monthlyQueries";
  step: StepId;
  question: string;
  short: string;
  help: string;
  unit: string;
  /** Quick picks shown beside the input. */
  presets: readonly { value: number; label: string }[];
}
interface MultiQuestion {
  kind: "multi";
  key: "teamSkills";
  step: StepId;
  question: string;
  short: string;
  help: string;
  options: Record<Traits["teamSkills"][number], OptionCopy>;
}

export type Question =
  | { [K in Exclude<TraitKey, "perUserAccess" | "upfrontBudgetUsd" | "monthlyQueries" | "teamSkills">]: ChoiceQuestion<K> }[Exclude<
      TraitKey,
      "perUserAccess" | "upfrontBudgetUsd" | "monthlyQueries" | "teamSkills"
    >]
  | BooleanQuestion
  | NumberQuestion
  | MultiQuestion;

export const questions: readonly Question[] = [
  {
    kind: "choice",
    key: "need",
    step: "problem",
    short: "Core need",
    question: "Does the model need to know new facts, or act in a new way?",
    options: {
      knowledge: { label: "New knowledge", help: "It must answer from your documents, data or policies." },
      behavior: { label: "New behaviour", help: "It must write in a set format, tone or style it does not follow today." },
      both: { label: "Both", help: "Fresh facts and a particular way of responding." },
    },
  },
  {
    kind: "choice",
    key: "taskType",
    step: "problem",
    short: "Main job",
    question: "What is the main job?",
    options: {
      question_answering: { label: "Answer questions", help: "Q&A over manuals, wikis, policies or research." },
      search_summarize: { label: "Search and summarise", help: "Find the relevant material and condense it." },
      support_assistant: { label: "Support assistant", help: "Help customers or staff, grounded in product docs." },
      classification_extraction: { label: "Classify or extract", help: "Label text or pull structured fields out of it." },
      structured_generation: { label: "Structured generation", help: "Produce reports, clauses or JSON in a fixed shape." },
      branded_content: { label: "Branded content", help: "Emails, copy or replies in your house voice." },
      code_generation: { label: "Code generation", help: "Write code against your internal libraries." },
      agent_workflow: { label: "Agent workflow", help: "Plan and call tools across several steps." },
    },
  },
  {
    kind: "choice",
    key: "promptBaseline",
    step: "problem",
    short: "Prompt baseline",
    question: "Have you tried a well-built prompt, with examples and a way to measure it?",
    options: {
      not_tried: { label: "Not yet", help: "No serious prompt attempt with evaluation so far." },
      insufficient: { label: "Tried — not enough", help: "A careful prompt was measured and fell short." },
      sufficient: { label: "Tried — it works", help: "A good prompt already meets the bar in tests." },
    },
  },
  {
    kind: "choice",
    key: "knowledgeChange",
    step: "knowledge",
    short: "Knowledge changes",
    question: "How often does the underlying information change?",
    options: {
      realtime: { label: "Continuously", help: "Prices, stock, tickets: minutes matter." },
      daily: { label: "Daily", help: "New records or documents every day." },
      weekly: { label: "Weekly", help: "Regular releases or policy updates." },
      monthly: { label: "Monthly", help: "Occasional revisions." },
      yearly: { label: "Yearly", help: "Rarely revised reference material." },
      static: { label: "Practically never", help: "A fixed body of knowledge." },
    },
  },
  {
    kind: "choice",
    key: "corpusSize",
    step: "knowledge",
    short: "Source material",
    question: "How much source material do answers draw on?",
    options: {
      fits_in_prompt: { label: "Fits in one prompt", help: "A few pages: paste it into the context." },
      small: { label: "Up to ~1,000 documents", help: "A team wiki or a product manual set." },
      large: { label: "Up to ~1 million documents", help: "A company's tickets, contracts or research." },
      massive: { label: "More than that", help: "Web-scale or many sources combined." },
    },
  },
  {
    kind: "choice",
    key: "citations",
    step: "knowledge",
    short: "Citations",
    question: "Must answers point to their sources?",
    options: {
      none: { label: "No", help: "Users only need the answer." },
      helpful: { label: "Helpful", help: "Links to sources would build trust." },
      required: { label: "Required", help: "Every answer needs a source or an audit trail." },
    },
  },
  {
    kind: "choice",
    key: "outputControl",
    step: "behavior",
    short: "Output control",
    question: "How tightly must format, structure and tone be held?",
    options: {
      loose: { label: "Loosely", help: "Any clear, helpful answer will do." },
      consistent: { label: "Consistently", help: "A recognisable shape and voice most of the time." },
      strict: { label: "Strictly", help: "Exact schemas or a brand voice across thousands of outputs." },
    },
  },
  {
    kind: "choice",
    key: "domainVocabulary",
    step: "behavior",
    short: "Vocabulary",
    question: "How far is your domain's language from everyday text?",
    options: {
      general: { label: "Everyday", help: "Base models already speak it." },
      specialized: { label: "Specialised", help: "Jargon that models mostly know." },
      highly_specialized: { label: "Highly specialised", help: "Medical coding, chemistry, contract terms: base models stumble." },
    },
  },
  {
    kind: "choice",
    key: "errorCost",
    step: "behavior",
    short: "Cost of a wrong answer",
    question: "What does a confidently wrong answer cost?",
    options: {
      low: { label: "Little", help: "Easy to spot and shrug off." },
      moderate: { label: "Some harm", help: "Rework, an unhappy customer." },
      high: { label: "Serious harm", help: "Legal, medical, financial or safety consequences." },
    },
  },
  {
    kind: "choice",
    key: "latency",
    step: "constraints",
    short: "Latency budget",
    question: "How quickly must a response arrive?",
    options: {
      strict: { label: "Under 300 ms", help: "Inline, as-you-type experiences (0.3 s)." },
      interactive: { label: "Under 1,000 ms", help: "A snappy chat or search (1 s)." },
      tolerant: { label: "Under 5,000 ms", help: "Users will wait a moment (5 s)." },
      batch: { label: "No limit", help: "Jobs run in the background." },
    },
  },
  {
    kind: "choice",
    key: "dataSensitivity",
    step: "constraints",
    short: "Data sensitivity",
    question: "How sensitive is the data?",
    options: {
      public: { label: "Public", help: "Anyone may see it." },
      internal: { label: "Internal", help: "Company-only, but not regulated." },
      regulated: { label: "Regulated", help: "Personal, health, legal or financial data under rules." },
    },
  },
  {
    kind: "boolean",
    key: "perUserAccess",
    step: "constraints",
    short: "Per-user access",
    question: "May different users see different documents?",
    options: {
      true: { label: "Yes", help: "Permissions differ by user, team or customer." },
      false: { label: "No", help: "Everyone may see the same material." },
    },
  },
  {
    kind: "choice",
    key: "timeToShip",
    step: "constraints",
    short: "Time to ship",
    question: "When must a first version be in users' hands?",
    options: {
      days: { label: "Within days", help: "A demo or pilot right away." },
      weeks: { label: "Within weeks", help: "This quarter." },
      months: { label: "In months", help: "Time to collect data and experiment." },
    },
  },
  {
    kind: "choice",
    key: "labeledExamples",
    step: "resources",
    short: "Labelled examples",
    question: "How many high-quality input → output examples do you have?",
    options: {
      none: { label: "None", help: "Nothing curated yet." },
      under_100: { label: "Fewer than 100", help: "Enough for prompt examples and a test set." },
      hundreds: { label: "Hundreds", help: "A small, careful training set." },
      thousands: { label: "Thousands", help: "Enough for a solid fine-tune." },
      tens_of_thousands: { label: "Tens of thousands or more", help: "A large, reviewed dataset." },
    },
  },
  {
    kind: "choice",
    key: "gpuAccess",
    step: "resources",
    short: "Training hardware",
    question: "What access do you have to training hardware?",
    options: {
      none: { label: "None", help: "No GPUs and no plan to rent them." },
      cloud: { label: "Cloud rental", help: "We can rent GPUs or use a hosted fine-tuning API." },
      dedicated: { label: "Our own", help: "Dedicated GPUs in-house." },
    },
  },
  {
    kind: "number",
    key: "upfrontBudgetUsd",
    step: "resources",
    short: "One-time budget",
    question: "What one-time budget do you have for building and training?",
    help: "In US dollars, excluding salaries you already pay.",
    unit: "USD",
    presets: [
      { value: 5_000, label: "$5k" },
      { value: 25_000, label: "$25k" },
      { value: 100_000, label: "$100k" },
      { value: 500_000, label: "$500k" },
    ],
  },
  {
    kind: "number",
    key: "monthlyQueries",
    step: "resources",
    short: "Monthly requests",
    question: "How many requests per month do you expect in production?",
    help: "A rough figure is fine; it drives running costs.",
    unit: "requests / month",
    presets: [
      { value: 10_000, label: "10k" },
      { value: 100_000, label: "100k" },
      { value: 1_000_000, label: "1M" },
      { value: 10_000_000, label: "10M" },
    ],
  },
  {
    kind: "multi",
    key: "teamSkills",
    step: "team",
    short: "Team skills",
    question: "What can your team already do?",
    help: "Choose all that apply. Choosing none is a fine answer.",
    options: {
      prompt_engineering: { label: "Prompt engineering", help: "Writing and testing prompts with examples." },
      retrieval: { label: "Retrieval pipelines", help: "Chunking, embeddings, ranking and filtering." },
      vector_databases: { label: "Vector databases", help: "Running pgvector, Pinecone, Weaviate, Qdrant or FAISS." },
      model_training: { label: "Model training", help: "Fine-tuning with LoRA/QLoRA, datasets, hyperparameters." },
      mlops: { label: "MLOps", help: "Deploying, versioning and monitoring models." },
      data_engineering: { label: "Data engineering", help: "Pipelines that clean and move data reliably." },
      evaluation: { label: "Evaluation", help: "Test sets, metrics and monitoring of answer quality." },
    },
  },
];

/** The optional team questions (beyond v1), asked on the team step; leaving them empty plans as before. */
export const teamSizeQuestion = {
  key: "teamSize",
  step: "team",
  short: "Engineers available",
  question: "How many engineers can work on this project?",
  help: `Count the software engineers who can give this project real time, whatever their AI experience (0 to ${maxTeamSize}). Optional.`,
  unit: "engineers",
  max: maxTeamSize,
} as const;

export const engineeringStrengthQuestion = {
  key: "engineeringStrength",
  step: "team",
  short: "General engineering",
  question: "How strong is the team at everyday software engineering?",
  help: "APIs, deployment, testing and keeping services running, apart from any AI work. Optional.",
  options: {
    limited: { label: "Limited", help: "Few engineers, or little experience shipping and running services." },
    solid: { label: "Solid", help: "Ships and runs ordinary services without outside help." },
    strong: { label: "Strong", help: "Builds the application and runs the platform around the model themselves." },
  } satisfies Record<EngineeringStrength, OptionCopy>,
} as const;

export const questionsByKey = Object.fromEntries(questions.map((q) => [q.key, q])) as {
  [K in TraitKey]: Extract<Question, { key: K }>;
};

export function questionsForStep(step: StepId): Question[] {
  return questions.filter((q) => q.step === step);
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** A person-readable rendering of one answer, e.g. "Under 300 ms" or "$25,000". */
export function answerLabel<K extends TraitKey>(key: K, answer: Traits[K]): string {
  const question = questionsByKey[key] as Question;
  switch (question.kind) {
    case "number":
      return question.key === "upfrontBudgetUsd" ? usd(Number(answer)) : `${compact.format(Number(answer))} requests / month`;
    case "multi": {
      const skills = answer as Traits["teamSkills"];
      return skills.length === 0 ? "No listed skills" : skills.map((skill) => question.options[skill].label).join(", ");
    }
    case "boolean":
      return question.options[String(answer) as "true" | "false"].label;
    default:
      return (question.options as Record<string, OptionCopy>)[String(answer)]?.label ?? String(answer);
  }
}

export const architectureLabels: Record<Architecture, string> = {
  prompt_engineering: "Prompt engineering",
  rag: "RAG",
  fine_tuning: "Fine-tuning",
  hybrid: "Hybrid (fine-tuning + RAG)",
};

export const architectureBlurbs: Record<Architecture, string> = {
  prompt_engineering: "Keep the base model and invest in a well-built, measured prompt before anything heavier.",
  rag: "Keep the model as it is and fetch the right passages from your sources at answer time.",
  fine_tuning: "Train the model's weights on curated examples so the behaviour is built in.",
  hybrid: "Tune the model for voice and format, and retrieve fresh facts at answer time.",
};

export const roleLabels: Record<Role, string> = {
  rag_engineer: "RAG engineer",
  deep_learning_engineer: "Deep learning engineer (fine-tuning)",
  mlops_engineer: "MLOps engineer",
  data_engineer: "Data engineer (AI data pipelines)",
  evaluation_engineer: "Evaluation and observability engineer",
  ai_product_engineer: "AI product engineer",
};
