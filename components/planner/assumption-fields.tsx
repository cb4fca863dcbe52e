"use client";

import { defaultAssumptions, type AssumptionKey } from "@/lib/cost";
import { assumptionInputId } from "./assumption-usage";
import { checkedDate, number } from "./format";
import type { AssumptionEdits } from "./use-assumption-edits";

const inputClass =
  "field-input";
const errorClass = "mt-1 text-xs font-medium text-rose-700 dark:text-rose-300";
export const hintClass = "mt-1 text-xs muted";

/** True when the figure's source says no public source was found (the planner labels it an estimate). */
export function isEstimate(source: string): boolean {
  return /^(Estimate|Planning estimate)/.test(source);
}

/** The number as it sits in an input: exact to six significant digits, without grouping. */
const inputValue = (value: number) => String(Number(value.toPrecision(6)));

interface FieldProps {
  k: AssumptionKey;
  edits: AssumptionEdits;
}

function NumberInput({ k, edits, label, className = "" }: FieldProps & { label?: string; className?: string }) {
  const a = defaultAssumptions[k];
  const id = assumptionInputId(k);
  const error = edits.errors[k];
  const changed = edits.changed.has(k);
  return (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      step="any"
      min={a.min}
      max={a.max}
      value={edits.drafts[k] ?? inputValue(a.value)}
      onChange={(event) => edits.edit(k, event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
      aria-label={label}
      data-assumption={k}
      className={`${inputClass} ${changed ? "border-brand-500 bg-brand-50 dark:border-brand-300 dark:bg-brand-700/20" : "border-slate-400 dark:border-slate-600"} ${className}`}
    />
  );
}

function ResetField({ k, edits }: FieldProps) {
  if (!edits.changed.has(k) && edits.drafts[k] === undefined) return null;
  return (
    <button type="button" onClick={() => edits.reset(k)} className="text-xs font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300">
      Reset<span className="sr-only"> {defaultAssumptions[k].label}</span>
    </button>
  );
}

/** One assumption: its input, unit, reset, error and where the default comes from. */
export function AssumptionField({ k, edits }: FieldProps) {
  const a = defaultAssumptions[k];
  const id = assumptionInputId(k);
  const error = edits.errors[k];
  return (
    <li className="py-3" data-field={k}>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {a.label}
        </label>
        <ResetField k={k} edits={edits} />
      </div>
      <div className="mt-1 flex items-center gap-2">
        <NumberInput k={k} edits={edits} className="max-w-40" />
        <span className="text-xs muted">{a.unit}</span>
      </div>
      {error ? (
        <p id={`${id}-error`} className={errorClass} data-testid="field-error">
          {error}
        </p>
      ) : null}
      <p id={`${id}-hint`} className={hintClass}>
        {isEstimate(a.source) ? <strong className="mr-1 rounded bg-amber-100 px-1 font-semibold text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">Estimate</strong> : null}
        {/* One text node (not seven): a lighter page, the same words. */}
        {`Default ${number(a.value)}${a.range ? ` (observed ${number(a.range[0])}–${number(a.range[1])})` : ""}; allowed ${number(a.min)}–${number(a.max)}. ${a.source} Checked ${checkedDate(a.date)}.`}
      </p>
    </li>
  );
}

