import { answerLabel, questionsByKey } from "@/lib/decision/trait-catalog";
import { knowledgeSideKeys, skippedAssumptions } from "@/lib/decision/skipped";

/** The assumptions in words: "Knowledge changes: Monthly; Source material: Up to ~1,000 documents; …". */
const assumed = knowledgeSideKeys.map((key) => `${questionsByKey[key].short}: ${answerLabel(key, skippedAssumptions[key] as never)}`).join("; ");

/** Shown while the need is behaviour only: the retrieval questions are not asked, and what is assumed instead. */
export function SkippedNote() {
  return (
    <p data-testid="skipped-note" role="note" className="mt-3 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      Skipped: your need is behaviour only, so the retrieval questions (how fresh the facts are, how much source material, citations,
      per-user access) don’t apply. We assume {assumed}; for this need they don’t sway the choice. Switch the need to knowledge or both to answer them.
    </p>
  );
}
