"use client";

import { useState } from "react";
import { useWizardStore } from "@/components/shared/wizard-store";
import { engineeringStrengthQuestion, teamSizeQuestion } from "@/lib/decision/trait-catalog";
import { engineeringStrengths, traitsSchema } from "@/lib/decision/traits";
import { FieldError, describedBy, errorId, helpId } from "./field-error";
import { OptionCard } from "./option-card";

/**
 * The two optional team questions: how many engineers the project has and how strong they are at everyday software
 * engineering. Left empty, the plan is made as without them; a figure the schema refuses is not kept.
 */
export function TeamQuestions() {
  const teamSize = useWizardStore((s) => s.answers.teamSize);
  const strength = useWizardStore((s) => s.answers.engineeringStrength);
  const setAnswer = useWizardStore((s) => s.setAnswer);
  const clearAnswer = useWizardStore((s) => s.clearAnswer);
  const [draft, setDraft] = useState(() => (teamSize === undefined ? "" : String(teamSize)));
  const [shown, setShown] = useState(teamSize);
  // The store changed from outside (Start over, Edit answers): show its value.
  if (!Object.is(shown, teamSize)) {
    setShown(teamSize);
    setDraft(teamSize === undefined ? "" : String(teamSize));
  }

  const sizeKey = teamSizeQuestion.key;
  const inputId = `${sizeKey}-input`;
  const parsed = draft.trim() === "" ? undefined : traitsSchema.shape.teamSize.safeParse(Number(draft.trim()));
  const error = parsed !== undefined && !parsed.success ? `Enter a whole number from 0 to ${teamSizeQuestion.max}, or leave it empty.` : undefined;

  function commit(text: string) {
    setDraft(text);
    const result = text.trim() === "" ? undefined : traitsSchema.shape.teamSize.safeParse(Number(text.trim()));
    const value = result?.success ? result.data : undefined;
    setShown(value);
    if (value === undefined) clearAnswer(sizeKey);
    else setAnswer(sizeKey, value);
  }

  return (
    <>
      <div data-question={sizeKey} className="min-w-0">
        <label htmlFor={inputId} className="block text-base font-semibold sm:text-lg">
          {teamSizeQuestion.question}
        </label>
        <p id={helpId(sizeKey)} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {teamSizeQuestion.help}
        </p>
        <FieldError id={errorId(sizeKey)} message={error} />
        <div className="mt-3 flex items-center gap-2">
          <input
            id={inputId}
            name={sizeKey}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={draft}
            onChange={(event) => commit(event.target.value)}
            aria-invalid={error !== undefined || undefined}
            aria-describedby={describedBy(helpId(sizeKey), `${inputId}-unit`, error !== undefined && errorId(sizeKey))}
            placeholder="e.g. 4"
            className="w-28 rounded-lg border border-slate-300 bg-white px-3 py-2 tabular-nums placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400"
          />
          <span id={`${inputId}-unit`} className="text-sm text-slate-600 dark:text-slate-400">
            {teamSizeQuestion.unit}
          </span>
        </div>
      </div>

      <fieldset data-question={engineeringStrengthQuestion.key} className="min-w-0">
        <legend className="text-base font-semibold sm:text-lg">{engineeringStrengthQuestion.question}</legend>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{engineeringStrengthQuestion.help}</p>
        <div className="mt-3 grid gap-2 sm:grid-cols-3">
          {engineeringStrengths.map((value) => {
            const copy = engineeringStrengthQuestion.options[value];
            return (
              <OptionCard
                key={value}
                type="radio"
                name={engineeringStrengthQuestion.key}
                id={`${engineeringStrengthQuestion.key}-${value}`}
                value={value}
                label={copy.label}
                help={copy.help}
                checked={strength === value}
                invalid={false}
                errorId={undefined}
                onChange={() => setAnswer("engineeringStrength", value)}
              />
            );
          })}
        </div>
        {strength !== undefined ? (
          <button type="button" onClick={() => clearAnswer("engineeringStrength")} className="mt-2 text-sm underline">
            Clear this answer
          </button>
        ) : null}
      </fieldset>
    </>
  );
}
