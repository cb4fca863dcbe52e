import type { Traits } from "./traits";
import type { Architecture, Scores, Trigger, Warning } from "./types";
import { architectureTrigger, describeTriggers, scoresTrigger, traitTrigger } from "./warning-triggers";

/** Codes match the engine's roleProfile.warnings where the mistake is the same, so a page can show one or the other. */
export const hiringWarningCodes = [
  "prompt-engineers-only",
  "fine-tuning-for-knowledge",
  "no-evaluation",
  "retrieval-upkeep",
  "prototype-is-not-production",
  "prompt-and-retrieval-first",
] as const;
export type HiringWarningCode = (typeof hiringWarningCodes)[number];

export interface HiringWarning extends Warning {
  code: HiringWarningCode;
}

interface WarningRule {
  code: HiringWarningCode;
  title: string;
  message: string;
  whyItMatters: string;
  source: string;
  /** The triggering answers, or null when the rule does not fire. */
  match: (traits: Traits, architecture: Architecture, scores?: Scores) => Trigger[] | null;
}

const retrieves = (a: Architecture) => a === "rag" || a === "hybrid";
const tunes = (a: Architecture) => a === "fine_tuning" || a === "hybrid";
const fastOrFrequent = (t: Traits) => t.knowledgeChange === "realtime" || t.knowledgeChange === "daily" || t.knowledgeChange === "weekly";
const buildSkills = ["retrieval", "vector_databases", "model_training", "mlops", "data_engineering"] as const;

export const warningRules: readonly WarningRule[] = [
  {
    code: "prompt-engineers-only",
    title: "Hiring only prompt engineers",
    message:
      "This architecture needs people who build retrieval pipelines or training workflows, and the team lists none of those skills. More prompt specialists will not fill that gap: bring in the primary role before the build starts.",
    whyItMatters:
      "Retrieval and training systems break in ingestion, indexing, datasets and deployment, and prompt work reaches none of those. A team without those skills stalls between demo and production.",
    source: "001",
    match: (t, a) =>
      a !== "prompt_engineering" && !buildSkills.some((s) => t.teamSkills.includes(s)) ? [traitTrigger(t, "teamSkills"), architectureTrigger(a)] : null,
  },
  {
    code: "fine-tuning-for-knowledge",
    title: "Over-investing in fine-tuning",
    message:
      "The gap here is knowledge. A retrieval layer closes it for less: spend on fine-tuning and deep learning hires only for behaviour that retrieval cannot hold.",
    whyItMatters:
      "Training bakes facts into weights, so every change to those facts means another run, another evaluation and another deployment. With retrieval, a changed fact is a document update.",
    source: "001",
    match: (t, a, scores) => {
      if (a === "fine_tuning" && (t.need === "knowledge" || fastOrFrequent(t))) {
        const triggers = [architectureTrigger(a)];
        if (t.need === "knowledge") triggers.push(traitTrigger(t, "need"));
        if (fastOrFrequent(t)) triggers.push(traitTrigger(t, "knowledgeChange"));
        return triggers;
      }
      if (t.need !== "knowledge") return null;
      if (a === "hybrid") return [architectureTrigger(a), traitTrigger(t, "need")];
      // Fine-tuning scored within five points of retrieval: the team may be tempted to hire for it anyway.
      return scores && scores.fine_tuning >= scores.rag - 5 ? [traitTrigger(t, "need"), scoresTrigger(scores)] : null;
    },
  },
  {
    code: "no-evaluation",
    title: "Ignoring evaluation and observability",
    message:
      "Nobody on the team covers evaluation. Staff it from the prototype on: a test set of real questions, a gate before every release, and monitoring of live answers.",
    whyItMatters:
      "Without measurement, errors, drift and hallucinations reach users unnoticed, and nobody can tell whether a change helped or hurt.",
    source: "001",
    match: (t, a) => {
      if (t.teamSkills.includes("evaluation")) return null;
      const reasons: Trigger[] = [];
      if (a !== "prompt_engineering") reasons.push(architectureTrigger(a));
      if (t.errorCost !== "low") reasons.push(traitTrigger(t, "errorCost"));
      if (t.citations === "required") reasons.push(traitTrigger(t, "citations"));
      if (t.monthlyQueries >= 100_000) reasons.push(traitTrigger(t, "monthlyQueries"));
      return reasons.length > 0 ? [traitTrigger(t, "teamSkills"), ...reasons] : null;
    },
  },
  {
    code: "retrieval-upkeep",
    title: "Skipping ongoing retrieval optimisation",
    message:
      "Keep retrieval work staffed after launch: re-embedding, re-chunking, index upkeep and ranking fixes as the sources and the questions shift.",
    whyItMatters:
      "Indexes and embeddings fall out of step with changing or growing sources. Retrieval quality then decays quietly, and answer quality decays with it.",
    source: "001",
    match: (t, a) => {
      if (!retrieves(a)) return null;
      const reasons: Trigger[] = [];
      if (fastOrFrequent(t)) reasons.push(traitTrigger(t, "knowledgeChange"));
      if (t.corpusSize === "large" || t.corpusSize === "massive") reasons.push(traitTrigger(t, "corpusSize"));
      return reasons.length > 0 ? [architectureTrigger(a), ...reasons] : null;
    },
  },
  {
    code: "prototype-is-not-production",
    title: "Confusing prototype skills with production engineering",
    message:
      "A fast first version is planned, but nobody on the team has run ML systems in production. Staff the production phase with people who have: serving, access control, monitoring and rollback.",
    whyItMatters:
      "Experiments skip the parts that break under real use: permissions, scale, audits and recovery. A working demo is not evidence the team can operate the system.",
    source: "001",
    match: (t, a) => {
      if (a === "prompt_engineering" || t.timeToShip === "months" || t.teamSkills.includes("mlops") || t.teamSkills.includes("data_engineering")) return null;
      const reasons: Trigger[] = [];
      if (t.errorCost === "high") reasons.push(traitTrigger(t, "errorCost"));
      if (t.dataSensitivity === "regulated") reasons.push(traitTrigger(t, "dataSensitivity"));
      if (t.monthlyQueries >= 1_000_000) reasons.push(traitTrigger(t, "monthlyQueries"));
      return reasons.length > 0 ? [architectureTrigger(a), traitTrigger(t, "timeToShip"), traitTrigger(t, "teamSkills"), ...reasons] : null;
    },
  },
  {
    code: "prompt-and-retrieval-first",
    title: "A better prompt and cleaner retrieval first",
    message:
      "No careful prompt has been measured yet. Before hiring for training, build a prompt with examples and an evaluation set, and clean up retrieval; it may close the gap on its own.",
    whyItMatters:
      "Many teams that expect to need fine-tuning find that a better prompt and a cleaner retrieval layer were enough. The prompt baseline is cheap, and it is the bar any tuned model must clear to justify its cost.",
    source: "004",
    match: (t, a) => (tunes(a) && t.promptBaseline === "not_tried" ? [architectureTrigger(a), traitTrigger(t, "promptBaseline")] : null),
  },
];

/**
 * Every hiring mistake these answers and this architecture risk, in a fixed order. Pass the engine's scores to also
 * warn when fine-tuning ran a close second on a knowledge problem.
 */
export function hiringWarnings(traits: Traits, architecture: Architecture, scores?: Scores): HiringWarning[] {
  const out: HiringWarning[] = [];
  for (const rule of warningRules) {
    const triggers = rule.match(traits, architecture, scores);
    if (triggers === null) continue;
    out.push({
      code: rule.code,
      title: rule.title,
      message: rule.message,
      whyItMatters: rule.whyItMatters,
      triggers,
      triggeredBy: describeTriggers(triggers),
      source: rule.source,
    });
  }
  return out;
}
