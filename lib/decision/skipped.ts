import type { Traits } from "./traits";
import { planningDefaults } from "./unsure";

/** The retrieval-side answers: how fresh the facts are, how much material, citations, per-user access. */
export const knowledgeSideKeys = ["knowledgeChange", "corpusSize", "citations", "perUserAccess"] as const;
export type KnowledgeSideKey = (typeof knowledgeSideKeys)[number];

const knowledgeSideSet: ReadonlySet<string> = new Set(knowledgeSideKeys);

export function isKnowledgeSideKey(key: string): key is KnowledgeSideKey {
  return knowledgeSideSet.has(key);
}

/**
 * What the engine is given for a knowledge-side question the wizard did not ask: the planning defaults (the middle of
 * each scale, no per-user permissions). They are not marked unsure, so confidence is not lowered; for a behaviour-only
 * need the engine gives these answers no weight in the choice anyway (see retrievalMode in score.ts).
 */
export const skippedAssumptions: { readonly [K in KnowledgeSideKey]: Traits[K] } = {
  knowledgeChange: planningDefaults.knowledgeChange,
  corpusSize: planningDefaults.corpusSize,
  citations: planningDefaults.citations,
  perUserAccess: planningDefaults.perUserAccess,
};

/** True when the need is behaviour only, so the knowledge-side questions do not apply and are not asked. */
export function skipsKnowledgeQuestions(answers: Pick<Partial<Traits>, "need">): boolean {
  return answers.need === "behavior";
}

/** True when this question is not asked for these answers. */
export function isSkippedQuestion(key: string, answers: Pick<Partial<Traits>, "need">): boolean {
  return skipsKnowledgeQuestions(answers) && isKnowledgeSideKey(key);
}

/**
 * The wizard's answers as the engine gets them: with a behaviour-only need, every knowledge-side answer is replaced by
 * its assumption, its "Not sure" mark and the corpus figures dropped. Other needs pass through untouched. The wizard
 * keeps what was answered before, so switching the need back brings those answers back.
 */
export function answersWithSkips(answers: Partial<Traits>): Partial<Traits> {
  if (!skipsKnowledgeQuestions(answers)) return answers;
  const filled: Partial<Traits> = { ...answers, ...skippedAssumptions };
  delete filled.corpusDocuments;
  delete filled.documentPages;
  const unsure = answers.unsure?.filter((key) => !isKnowledgeSideKey(key));
  if (unsure && unsure.length > 0) filled.unsure = unsure;
  else delete filled.unsure;
  return filled;
}

/**
 * True when the results should show this answer as skipped: a behaviour-only need with the assumption's value and not
 * marked unsure (what the wizard sends). A different value given through the API is shown as given.
 */
export function showsAsSkipped(key: string, traits: Traits): key is KnowledgeSideKey {
  if (!isSkippedQuestion(key, traits) || !isKnowledgeSideKey(key)) return false;
  return traits[key] === skippedAssumptions[key] && !(traits.unsure ?? []).some((k) => k === key);
}

/**
 * Answers loaded back into the wizard (Edit answers): the assumptions of skipped questions are left out, so switching the
 * need to knowledge or both later shows those questions empty rather than as if the person had chosen the assumptions.
 */
export function withoutAssumedAnswers(answers: Partial<Traits>): Partial<Traits> {
  if (!skipsKnowledgeQuestions(answers)) return answers;
  const kept: Partial<Traits> = { ...answers };
  for (const key of knowledgeSideKeys) {
    if (kept[key] === skippedAssumptions[key] && !(kept.unsure ?? []).some((k) => k === key)) delete kept[key];
  }
  return kept;
}
