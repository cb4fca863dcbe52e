import type { Traits } from "@/lib/decision/traits";
import type { Architecture, Role, Seniority } from "@/lib/decision/types";
import { workloadLabel } from "@/lib/staffing/labels";
import { bulletList, mdEscape } from "./markdown";
import { roleCatalog } from "@/lib/staffing/role-catalog";
import { contextualSkills } from "@/lib/staffing/role-context";
import type { Engagement, ToolGroup } from "./types";

export interface JobDescriptionInput {
  role: Role;
  seniority: Seniority;
  engagement: Engagement;
  architecture: Architecture;
  traits: Traits;
  /** Largest FTE the role needs in any phase; below 1 the post is part-time. */
  peakFte: number;
  /** For contractors: how long the work lasts. */
  contractWeeks?: { min: number; max: number };
}

export interface JobDescription {
  role: Role;
  title: string;
  seniority: Seniority;
  engagement: Engagement;
  /** "RAG engineer: senior, full-time" */
  heading: string;
  summary: string;
  responsibilities: string[];
  requirements: string[];
  niceToHaves: string[];
  successAfter90Days: string[];
}

const seniorityWord: Record<Seniority, string> = { junior: "junior", mid: "mid-level", senior: "senior", staff: "staff" };

const experience: Record<Seniority, string> = {
  junior: "At least a year of professional software work, with hands-on practice in the skills below",
  mid: "Three or more years of professional engineering, at least one of them in this area",
  senior: "Five or more years of engineering, including shipping and running a machine-learning system in production",
  staff: "Eight or more years of engineering, including leading the design of machine-learning systems across teams",
};

const taskPhrase: Record<Traits["taskType"], string> = {
  question_answering: "a question-answering system",
  search_summarize: "a search-and-summarise tool",
  support_assistant: "a support assistant",
  classification_extraction: "a classification and extraction service",
  structured_generation: "a service that generates documents in a fixed structure",
  branded_content: "a generator of on-brand content",
  code_generation: "a code-generation assistant",
  agent_workflow: "a multi-step agent workflow",
};

const architecturePhrase: Record<Architecture, string> = {
  prompt_engineering: "built on a carefully prompted base model",
  rag: "built on retrieval-augmented generation",
  fine_tuning: "built on a fine-tuned model",
  hybrid: "that combines a fine-tuned model with retrieval",
};

const corpusPhrase: Record<Traits["corpusSize"], string> = {
  fits_in_prompt: "a few pages of source material",
  small: "up to about a thousand documents",
  large: "up to about a million documents",
  massive: "more than a million documents",
};

const changePhrase: Record<Traits["knowledgeChange"], string> = {
  realtime: "change continuously",
  daily: "change daily",
  weekly: "change weekly",
  monthly: "change monthly",
  yearly: "change about once a year",
  static: "rarely change",
};

/** One sentence describing the product, built only from the answers. */
export function projectSentence(traits: Traits, architecture: Architecture): string {
  const extras: string[] = [];
  if (traits.citations === "required") extras.push("every answer must cite its sources");
  if (traits.perUserAccess) extras.push("users may only see the documents they are allowed to");
  if (traits.dataSensitivity === "regulated") extras.push("the data is regulated");
  const tail = extras.length > 0 ? `; ${extras.join(", and ")}` : "";
  return `The product is ${taskPhrase[traits.taskType]} ${architecturePhrase[architecture]}, drawing on ${corpusPhrase[traits.corpusSize]} that ${changePhrase[traits.knowledgeChange]}${tail}.`;
}

export function toolRequirement(group: ToolGroup): string {
  const options = group.options;
  if (options.length === 1) return `Hands-on experience with ${options[0] ?? ""} (${group.category.toLowerCase()})`;
  const listed = `${options.slice(0, -1).join(", ")} or ${options.at(-1) ?? ""}`;
  return `Hands-on experience with at least one ${group.category.toLowerCase()}: ${listed}`;
}

function engagementText(input: JobDescriptionInput): string {
  if (input.engagement === "contractor") {
    const weeks = input.contractWeeks;
    return weeks ? `contract, about ${Math.round(weeks.min)}–${Math.round(weeks.max)} weeks` : "contract";
  }
  if (input.peakFte <= 1) return workloadLabel(input.peakFte);
  return `full-time, ${Math.ceil(input.peakFte)} openings (${Number(input.peakFte.toFixed(2))} FTE in all)`;
}

/** A job description built from the role catalog and the project's answers; no generic filler. */
export function buildJobDescription(input: JobDescriptionInput): JobDescription {
  const entry = roleCatalog[input.role];
  const context = contextualSkills(input.role, input.traits, input.architecture);
  const responsibilities = [...entry.responsibilities];
  if (input.engagement === "contractor") {
    responsibilities.push("Leave the pipeline documented and runnable by the permanent team before the contract ends.");
  }
  const requirements = [
    experience[input.seniority],
    ...entry.mustHaveSkills,
    ...context.filter((skill) => skill.level === "must").map((skill) => `${skill.skill} (needed because ${skill.because})`),
    ...entry.mustHaveTools.map(toolRequirement),
  ];
  const niceToHaves = [
    ...entry.niceToHaveSkills,
    ...context.filter((skill) => skill.level === "nice").map((skill) => `${skill.skill} (useful because ${skill.because})`),
    ...entry.niceToHaveTools.map(toolRequirement),
  ];
  return {
    role: input.role,
    title: entry.title,
    seniority: input.seniority,
    engagement: input.engagement,
    heading: `${entry.title}: ${seniorityWord[input.seniority]}, ${engagementText(input)}`,
    summary: `${entry.mission} ${projectSentence(input.traits, input.architecture)}`,
    responsibilities,
    requirements,
    niceToHaves,
    successAfter90Days: [...entry.successAfter90Days],
  };
}

export function renderJobDescriptionMarkdown(jd: JobDescription): string {
  return [
    `# ${mdEscape(jd.heading)}`,
    "",
    mdEscape(jd.summary),
    "",
    "## What you will do",
    "",
    ...bulletList(jd.responsibilities),
    "",
    "## What you bring",
    "",
    ...bulletList(jd.requirements),
    "",
    "## Nice to have",
    "",
    ...bulletList(jd.niceToHaves),
    "",
    "## Success after 90 days",
    "",
    ...bulletList(jd.successAfter90Days),
    "",
  ].join("\n");
}
