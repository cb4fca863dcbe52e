"use client";

import { useState } from "react";
import { answerLabel, type Question } from "@/lib/decision/trait-catalog";
import { FieldError, describedBy, errorId, helpId } from "./field-error";
import { formatAmount, parseAmount } from "./number-input";
import { QuickPicks } from "./quick-picks";

type NumberQuestionCopy = Extract<Question, { kind: "number" }>;

interface NumberQuestionProps {
  question: NumberQuestionCopy;
  value: number | undefined;
  error: string | undefined;
  /** A number (possibly out of range, so validation can say why) or undefined for "no answer". */
  onAnswer: (value: number | undefined) => void;
  /** "Not sure": pressed, the planning default in words, and the toggle. */
  unsure?: { checked: boolean; assumed: string; onToggle: (on: boolean) => void };
}

/** A number answer that starts empty, accepts "25k" or "1.5M", and offers quick picks. */
export function NumberQuestion({ question, value, error, onAnswer, unsure }: NumberQuestionProps) {
  const [draft, setDraft] = useState(() => formatAmount(value));
  const [shown, setShown] = useState<number | undefined>(value);
  // The store changed from outside (Start over, Edit answers): show its value.
  if (!Object.is(shown, value)) {
    setShown(value);
    setDraft(formatAmount(value));
  }

  const inputId = `${question.key}-input`;
  const invalid = error !== undefined;
  const parsed = parseAmount(draft);
  const isBudget = question.key === "upfrontBudgetUsd";
  // The amount as read back in words; always shown for a valid amount so nothing shifts on blur.
  const echo = parsed !== undefined && Number.isFinite(parsed) && parsed >= 0 ? answerLabel(question.key, parsed) : undefined;

  function commit(text: string) {
    const next = parseAmount(text);
    const answer = next === undefined || Number.isNaN(next) ? undefined : next;
    setDraft(text);
    setShown(answer);
    onAnswer(answer);
  }

  return (
    <div data-question={question.key} className="min-w-0">
      <label htmlFor={inputId} className="block text-base font-semibold sm:text-lg">
        {question.question}
      </label>
      <p id={helpId(question.key)} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {question.help}
      </p>
      <FieldError id={errorId(question.key)} message={error} />
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex items-center gap-2">
          <div className="relative">
            {isBudget && (
              <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500 dark:text-slate-400">
                $
              </span>
            )}
            <input
              id={inputId}
              name={question.key}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={draft}
              onChange={(event) => commit(event.target.value)}
              onBlur={() => {
                // Tidy a valid amount once the person moves on: "250000" → "250,000", "25k" → "25,000".
                if (parsed !== undefined && Number.isFinite(parsed)) setDraft(formatAmount(parsed));
              }}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy(helpId(question.key), `${inputId}-unit`, invalid && errorId(question.key))}
              placeholder={isBudget ? "e.g. 25,000" : "e.g. 100,000"}
              className={`w-40 rounded-lg border border-slate-300 bg-white py-2 pr-3 tabular-nums placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400 dark:aria-invalid:border-red-400 ${
                isBudget ? "pl-7" : "pl-3"
              }`}
            />
          </div>
          <span id={`${inputId}-unit`} className="text-sm text-slate-600 dark:text-slate-400">
            {question.unit}
          </span>
        </div>
        <QuickPicks question={question} value={unsure?.checked ? undefined : value} onPick={(preset) => commit(formatAmount(preset))} />
        {unsure ? (
          <button
            type="button"
            data-not-sure={question.key}
            aria-pressed={unsure.checked}
            onClick={() => {
              if (!unsure.checked) setDraft("");
              unsure.onToggle(!unsure.checked);
            }}
            className="rounded-full border border-dashed border-slate-400 px-3 py-1 text-sm hover:border-brand-500 aria-pressed:border-solid aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:font-semibold dark:border-slate-600 dark:aria-pressed:border-brand-300 dark:aria-pressed:bg-slate-800"
          >
            Not sure
          </button>
        ) : null}
      </div>
      <p className="mt-1 min-h-5 text-sm text-slate-600 dark:text-slate-400">
        {unsure?.checked ? <>Not sure: we plan with {unsure.assumed} and show what other figures would change.</> : echo !== undefined && <>= {echo}</>}
      </p>
    </div>
  );
}
