import { answerLabel, architectureLabels } from "./trait-catalog";
import type { TraitKey, Traits } from "./traits";
import type { Architecture, Scores, Trigger } from "./types";

/** A trigger pointing at one of the answers, with its person-readable label. */
export function traitTrigger<K extends TraitKey>(traits: Traits, key: K): Trigger {
  return { key, answer: traits[key], label: answerLabel(key, traits[key]) };
}

/** Points at the engine's scores, e.g. when fine-tuning ran a close second. */
export function scoresTrigger(scores: Scores): Trigger {
  return {
    key: "scores",
    answer: scores.fine_tuning,
    label: `fine-tuning scored ${Math.round(scores.fine_tuning)}, retrieval ${Math.round(scores.rag)}`,
  };
}

export function architectureTrigger(architecture: Architecture): Trigger {
  return { key: "architecture", answer: architecture, label: architectureLabels[architecture] };
}

const keyNames: Partial<Record<Trigger["key"], string>> = {
  architecture: "recommended architecture",
  scores: "engine scores",
  need: "core need",
  knowledgeChange: "how often information changes",
  corpusSize: "amount of source material",
  citations: "citations",
  errorCost: "cost of a wrong answer",
  dataSensitivity: "data sensitivity",
  perUserAccess: "per-user document access",
  timeToShip: "time to first release",
  monthlyQueries: "monthly requests",
  teamSkills: "team skills",
  promptBaseline: "prompt baseline",
  labeledExamples: "labelled examples",
  gpuAccess: "GPU access",
  latency: "response time",
};

/** "team skills: Prompt engineering; recommended architecture: RAG". */
export function describeTriggers(triggers: readonly Trigger[]): string {
  return triggers.map((trigger) => `${keyNames[trigger.key] ?? trigger.key}: ${trigger.label}`).join("; ");
}
