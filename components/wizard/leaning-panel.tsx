"use client";

import { useMemo } from "react";
import { answerLabel, architectureLabels, questionsByKey } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import { architectures } from "@/lib/decision/types";
import { LeaningEmpty, LeaningFrame } from "./leaning-frame";
import { computeLeaning } from "./provisional";

/**
 * The live "Leaning" panel: re-scores with the engine on every answer. Loaded on its own (next/dynamic)
 * so the engine's scoring code does not delay the first questions.
 */
export function LeaningPanel({ answers }: { answers: Partial<Traits> }) {
  const leaning = useMemo(() => computeLeaning(answers), [answers]);
  if (leaning === undefined) return <LeaningEmpty />;
  const { remaining } = leaning;
  const badge =
    remaining > 0 ? (
      <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">
        Provisional: {remaining} {remaining === 1 ? "question" : "questions"} left
      </span>
    ) : (
      <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
        All questions answered
      </span>
    );
  return (
    <LeaningFrame badge={badge}>
      <p aria-live="polite" aria-atomic="true" className="mt-2 text-sm" data-testid="leaning-summary">
        {leaning.remaining > 0 ? "So far it leans towards " : "It points to "}
        <strong className="font-semibold">{architectureLabels[leaning.leader]}</strong>
        {leaning.confidence !== undefined && <> ({Math.round(leaning.confidence * 100)}% confidence)</>}.
      </p>
      <ul className="mt-3 space-y-2.5" aria-label="Scores out of 100">
        {architectures.map((architecture) => {
          const score = leaning.scores[architecture];
          const lead = architecture === leaning.leader;
          return (
            <li key={architecture}>
              <div className="flex items-baseline justify-between gap-2 text-sm">
                <span className={lead ? "font-semibold" : undefined}>{architectureLabels[architecture]}</span>
                <span className="tabular-nums text-slate-700 dark:text-slate-300">
                  {Math.round(score)}
                  <span className="sr-only"> out of 100</span>
                </span>
              </div>
              <div aria-hidden="true" className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
                <div
                  className={`h-full rounded-full transition-[width] duration-300 motion-reduce:transition-none ${
                    lead ? "bg-brand-600 dark:bg-brand-300" : "bg-slate-400 dark:bg-slate-500"
                  }`}
                  style={{ width: `${Math.max(2, Math.min(100, score))}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
      {leaning.topFactors.length > 0 && (
        <div className="mt-4">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Moving it most</h3>
          <ul className="mt-1.5 space-y-1 text-sm">
            {leaning.topFactors.map((factor) => (
              <li key={`${factor.trait}-${factor.rationale.slice(0, 24)}`}>
                <span className="font-medium">{questionsByKey[factor.trait].short}:</span>{" "}
                <span className="text-slate-700 dark:text-slate-300">
                  {factor.gate ? "a feasibility limit" : answerLabel(factor.trait, factor.answer as never)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="mt-4 text-xs text-slate-600 dark:text-slate-400">
        {leaning.remaining > 0
          ? "Open questions are filled with neutral stand-ins until you answer them."
          : "Your full recommendation explains every factor."}
      </p>
    </LeaningFrame>
  );
}
