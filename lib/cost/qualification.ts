import type { Traits } from "@/lib/decision/traits";
import { architectures, type Architecture } from "@/lib/decision/types";

export interface Qualification {
  architecture: Architecture;
  qualifies: boolean;
  /** Why it cannot meet the answers; empty when it can. */
  reasons: string[];
}

const fastFacts = (traits: Traits) => traits.knowledgeChange === "realtime" || traits.knowledgeChange === "daily";
const needsKnowledge = (traits: Traits) => traits.need !== "behavior";
const bigCorpus = (traits: Traits) => traits.corpusSize === "large" || traits.corpusSize === "massive";

/**
 * Whether an architecture can meet the answers at all (knowledge freshness, citations, latency, corpus size), whatever
 * it costs. A "cheapest" headline only ever names one that can.
 */
export function qualification(traits: Traits, architecture: Architecture): Qualification {
  const reasons: string[] = [];
  const tunedOnly = architecture === "fine_tuning";
  if (tunedOnly && needsKnowledge(traits) && fastFacts(traits)) {
    reasons.push("Its facts live in the model's weights, and they change daily or faster: they would be stale before each training run ends.");
  }
  if (tunedOnly && needsKnowledge(traits) && traits.citations === "required") {
    reasons.push("Answers must cite their sources, and a model's weights cannot point to the document a fact came from.");
  }
  if (architecture === "prompt_engineering" && needsKnowledge(traits) && traits.corpusSize !== "fits_in_prompt") {
    reasons.push("The source material does not fit in one prompt, and a prompt alone has no way to look it up.");
  }
  if ((architecture === "rag" || architecture === "hybrid") && traits.latency === "strict" && bigCorpus(traits)) {
    reasons.push("Searching a large index and then generating rarely fits a 300 ms response budget.");
  }
  return { architecture, qualifies: reasons.length === 0, reasons };
}

export function qualifications(traits: Traits): Qualification[] {
  return architectures.map((architecture) => qualification(traits, architecture));
}
