// zod/mini: the same validation as classic zod in a third of the bytes; the wizard ships this schema.
import * as z from "zod/mini";

/** The answer sets of recommend-v1, ordered from one end of each scale to the other. */
export const needs = ["knowledge", "behavior", "both"] as const;
export const taskTypes = [
  "question_answering",
  "search_summarize",
  "support_assistant",
  "classification_extraction",
  "structured_generation",
  "branded_content",
  "code_generation",
  "agent_workflow",
] as const;
/** Fastest change first. */
export const knowledgeChanges = ["realtime", "daily", "weekly", "monthly", "yearly", "static"] as const;
export const corpusSizes = ["fits_in_prompt", "small", "large", "massive"] as const;
export const citationNeeds = ["none", "helpful", "required"] as const;
export const outputControls = ["loose", "consistent", "strict"] as const;
export const vocabularies = ["general", "specialized", "highly_specialized"] as const;
export const labeledExampleCounts = ["none", "under_100", "hundreds", "thousands", "tens_of_thousands"] as const;
/** Tightest budget first. */
export const latencies = ["strict", "interactive", "tolerant", "batch"] as const;
export const errorCosts = ["low", "moderate", "high"] as const;
export const dataSensitivities = ["public", "internal", "regulated"] as const;
export const timesToShip = ["days", "weeks", "months"] as const;
export const gpuAccessLevels = ["none", "cloud", "dedicated"] as const;
export const teamSkillOptions = [
  "prompt_engineering",
  "retrieval",
  "vector_databases",
  "model_training",
  "mlops",
  "data_engineering",
  "evaluation",
] as const;
export const promptBaselines = ["not_tried", "insufficient", "sufficient"] as const;
/** The team's general software-engineering strength, weakest first (optional, beyond v1). */
export const engineeringStrengths = ["limited", "solid", "strong"] as const;
/** Most engineers the team-size answer accepts. */
export const maxTeamSize = 500;

/** Largest one-time budget the engine accepts; beyond it the answer would not change. */
export const maxUpfrontBudgetUsd = 1_000_000_000;
export const maxMonthlyQueries = 100_000_000_000;
/** Largest document count and average length the engine accepts. */
export const maxCorpusDocuments = 1_000_000_000_000;
export const maxDocumentPages = 100_000;

/**
 * Answers a person may not know ("Not sure"). Each has a planning default: the value the engine assumes while the
 * answer is open. The ordered scales and the two numbers; the problem itself (need, job, baseline) and the team's
 * skills are things a person answering knows.
 */
export const unsureTraitKeys = [
  "knowledgeChange",
  "corpusSize",
  "citations",
  "outputControl",
  "domainVocabulary",
  "errorCost",
  "latency",
  "dataSensitivity",
  "perUserAccess",
  "timeToShip",
  "labeledExamples",
  "gpuAccess",
  "upfrontBudgetUsd",
  "monthlyQueries",
] as const;
export type UnsureTraitKey = (typeof unsureTraitKeys)[number];

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `Choose ${what}: one of ${values.join(", ")}.` });

export const traitsSchema = z.strictObject({
  need: choice(needs, "whether the model needs new knowledge, new behaviour or both"),
  taskType: choice(taskTypes, "the main job"),
  knowledgeChange: choice(knowledgeChanges, "how often the information changes"),
  corpusSize: choice(corpusSizes, "how much source material there is"),
  citations: choice(citationNeeds, "whether answers must cite sources"),
  outputControl: choice(outputControls, "how tightly the output must be controlled"),
  domainVocabulary: choice(vocabularies, "how specialised the vocabulary is"),
  labeledExamples: choice(labeledExampleCounts, "how many labelled examples exist"),
  latency: choice(latencies, "the response-time budget"),
  errorCost: choice(errorCosts, "the cost of a wrong answer"),
  dataSensitivity: choice(dataSensitivities, "how sensitive the data is"),
  perUserAccess: z.boolean({ error: "Say whether different users may see different documents (true or false)." }),
  timeToShip: choice(timesToShip, "when a first version must ship"),
  // z.number() already rejects NaN and ±Infinity.
  upfrontBudgetUsd: z
    .number({ error: "Give the one-time budget in US dollars, as a number." })
    .check(
      z.minimum(0, "The one-time budget cannot be negative."),
      z.maximum(maxUpfrontBudgetUsd, "The one-time budget is larger than this tool models (1 billion USD)."),
    ),
  monthlyQueries: z
    .number({ error: "Give the expected requests per month, as a whole number." })
    .check(
      z.refine(Number.isInteger, "Requests per month must be a whole number."),
      z.minimum(0, "Requests per month cannot be negative."),
      z.maximum(maxMonthlyQueries, "Requests per month is larger than this tool models (100 billion)."),
    ),
  gpuAccess: choice(gpuAccessLevels, "your access to training hardware"),
  teamSkills: z
    .array(choice(teamSkillOptions, "skills from the list"), { error: "List the team's skills (an empty list is fine)." })
    .check(
      z.maxLength(teamSkillOptions.length),
      z.refine((skills) => new Set(skills).size === skills.length, "List each skill only once."),
    ),
  promptBaseline: choice(promptBaselines, "whether a well-built prompt has been tried"),
  // Optional, beyond the v1 answers: the corpus's real size. `corpusSize` stays and must match the count's bucket.
  corpusDocuments: z.optional(
    z
      .number({ error: "Give the approximate number of documents, as a whole number." })
      .check(
        z.refine(Number.isInteger, "The number of documents must be a whole number."),
        z.minimum(0, "The number of documents cannot be negative."),
        z.maximum(maxCorpusDocuments, "The number of documents is larger than this tool models (a trillion)."),
      ),
  ),
  documentPages: z.optional(
    z
      .number({ error: "Give the average length of a document in pages, as a number." })
      .check(
        z.gt(0, "The average length must be more than zero pages."),
        z.maximum(maxDocumentPages, "The average length is longer than this tool models (100,000 pages)."),
      ),
  ),
  // Optional, beyond v1: the engineers available to the project and their general software-engineering strength.
  // Absent, staffing plans exactly as before.
  teamSize: z.optional(
    z
      .number({ error: "Give the number of engineers available to the project, as a whole number." })
      .check(
        z.refine(Number.isInteger, "The number of engineers must be a whole number."),
        z.minimum(0, "The number of engineers cannot be negative."),
        z.maximum(maxTeamSize, `The number of engineers is larger than this tool models (${maxTeamSize}).`),
      ),
  ),
  engineeringStrength: z.optional(choice(engineeringStrengths, "the team's general software-engineering strength")),
  // Optional, beyond v1: the answers the person was not sure of. Each missing one takes its planning default
  // (see withPlanningDefaults); a value given anyway is the caller's own planning assumption.
  unsure: z.optional(
    z
      .array(z.enum(unsureTraitKeys, { error: () => `Only these answers can be marked unsure: ${unsureTraitKeys.join(", ")}.` }))
      .check(
        z.maxLength(unsureTraitKeys.length),
        z.refine((keys) => new Set(keys).size === keys.length, "List each unsure answer only once."),
      ),
  ),
});

export type Traits = z.infer<typeof traitsSchema>;
/** Answers beyond the v1 contract that a caller may leave out. */
export type OptionalTraitKey = "corpusDocuments" | "documentPages";
/** Optional answers about the team beyond the v1 contract (see teamTraitKeys). */
export type TeamTraitKey = "teamSize" | "engineeringStrength";
/** The v1 contract's answers: every one is required. */
export type TraitKey = Exclude<keyof Traits, OptionalTraitKey | TeamTraitKey | "unsure">;
export type EngineeringStrength = (typeof engineeringStrengths)[number];
export type KnowledgeChange = Traits["knowledgeChange"];
export type Latency = Traits["latency"];
export type TeamSkill = (typeof teamSkillOptions)[number];

const teamSkillSet: ReadonlySet<unknown> = new Set(teamSkillOptions);

export function isTeamSkill(value: unknown): value is TeamSkill {
  return teamSkillSet.has(value);
}

export { optionalTraitKeys, teamTraitKeys, traitKeys } from "./trait-keys";
