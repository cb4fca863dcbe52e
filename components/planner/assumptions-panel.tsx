"use client";

import { architectureLabels, roleLabels } from "@/lib/decision/trait-catalog";
import { roles } from "@/lib/decision/types";
import { assumptionGroups, assumptionKeys, defaultAssumptions, salaryLevels, type AssumptionGroup, type AssumptionKey, type CostModel, type SalaryLevel } from "@/lib/cost";
import { assumptionInputId } from "./assumption-usage";
import { checkedDate, number } from "./format";
import { smallButton } from "@/components/ui";
import type { AssumptionEdits } from "./use-assumption-edits";

const groupTitles: Record<AssumptionGroup, string> = {
  people: "People",
  build: "Build (one-time)",
  run: "Running costs",
  retraining: "Retraining",
};
const levelTitles: Record<SalaryLevel, string> = { low: "Low end", mid: "Middle", high: "High end" };
const inputClass =
  "w-full rounded-md border bg-white px-2 py-1.5 text-sm tabular-nums text-slate-900 dark:bg-slate-950 dark:text-slate-100 aria-[invalid=true]:border-rose-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-rose-600";
const errorClass = "mt-1 text-xs font-medium text-rose-700 dark:text-rose-300";
const hintClass = "mt-1 text-xs text-slate-700 dark:text-slate-300";

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

function Field({ k, edits }: FieldProps) {
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
        <span className="text-xs text-slate-700 dark:text-slate-300">{a.unit}</span>
      </div>
      {error ? (
        <p id={`${id}-error`} className={errorClass} data-testid="field-error">
          {error}
        </p>
      ) : null}
      <p id={`${id}-hint`} className={hintClass}>
        Default {number(a.value)}
        {a.range ? ` (observed ${number(a.range[0])}–${number(a.range[1])})` : ""}; allowed {number(a.min)}–{number(a.max)}. {a.source} Checked{" "}
        {checkedDate(a.date)}.
      </p>
    </li>
  );
}

function SalaryGrid({ edits, level }: { edits: AssumptionEdits; level: SalaryLevel }) {
  const sample = defaultAssumptions["salary.rag_engineer.mid"];
  return (
    <div className="py-3">
      <p className="text-sm font-medium">Base salaries ({sample.unit})</p>
      <p className={hintClass}>
        {sample.source} Checked {checkedDate(sample.date)}. The “{levelTitles[level]}” column is in use.
      </p>
      <ul className="mt-2 space-y-3">
        {roles.map((role) => {
          const keys = salaryLevels.map((l) => `salary.${role}.${l}` as const);
          const errors = keys.filter((k) => edits.errors[k]);
          return (
            <li key={role}>
              <p className="text-sm">{roleLabels[role]}</p>
              <div className="mt-1 grid grid-cols-3 gap-2">
                {salaryLevels.map((l) => {
                  const k = `salary.${role}.${l}` as const;
                  return (
                    <div key={l}>
                      <label htmlFor={assumptionInputId(k)} className={`block text-xs ${l === level ? "font-semibold" : "text-slate-700 dark:text-slate-300"}`}>
                        {levelTitles[l]}
                        {l === level ? " ✓" : ""}
                        <span className="sr-only">: {defaultAssumptions[k].label}</span>
                      </label>
                      <NumberInput k={k} edits={edits} />
                      <p id={`${assumptionInputId(k)}-hint`} className="sr-only">
                        {defaultAssumptions[k].unit}. Default {number(defaultAssumptions[k].value)}.
                      </p>
                      <ResetField k={k} edits={edits} />
                    </div>
                  );
                })}
              </div>
              {errors.map((k) => (
                <p key={k} id={`${assumptionInputId(k)}-error`} className={errorClass} data-testid="field-error">
                  {edits.errors[k]}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export interface AssumptionsPanelProps {
  edits: AssumptionEdits;
  level: SalaryLevel;
  onLevel: (level: SalaryLevel) => void;
  used: ReadonlySet<AssumptionKey>;
  model: CostModel;
  onResetAll: () => void;
}

/** Every default of the cost model as an editable, sourced field; the charts follow each valid keystroke. */
export function AssumptionsPanel({ edits, level, onLevel, used, model, onResetAll }: AssumptionsPanelProps) {
  const editedCount = edits.changed.size;
  const errorCount = Object.keys(edits.errors).length;
  return (
    <aside
      aria-labelledby="assumptions-heading"
      id="assumptions"
      className="scroll-mt-4 rounded-2xl border border-slate-200 bg-white lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto print:static print:max-h-none print:overflow-visible dark:border-slate-800 dark:bg-slate-950"
      data-testid="assumptions"
    >
      <div className="sticky top-0 z-10 border-b print:static border-slate-200 bg-white/95 p-4 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <div className="flex items-center justify-between gap-2">
          <h3 id="assumptions-heading" className="text-lg font-bold">
            Assumptions
          </h3>
          <button type="button" onClick={onResetAll} disabled={editedCount === 0 && errorCount === 0 && level === "mid"} className={`no-print ${smallButton} disabled:opacity-50`}>
            Reset to defaults
          </button>
        </div>
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          {editedCount === 0 ? "All defaults" : `${editedCount} changed from the defaults`}
          {errorCount > 0 ? ` · ${errorCount} to fix (the last valid value is used meanwhile)` : ""}
        </p>
        <p className="mt-2 text-xs" aria-live="polite" aria-atomic="true" data-testid="live-cheapest">
          Cheapest:{" "}
          {model.cheapest.map((entry, index) => (
            <span key={entry.month}>
              {index > 0 ? " · " : ""}
              {entry.month} mo <strong className="font-semibold">{architectureLabels[entry.architecture]}</strong>
            </span>
          ))}
        </p>
      </div>

      <div className="p-4">
        <fieldset>
          <legend className="text-sm font-semibold">Salary level</legend>
          <div className="mt-2 grid grid-cols-3 gap-1 rounded-lg bg-slate-100 p-1 dark:bg-slate-900">
            {salaryLevels.map((l) => (
              <label
                key={l}
                className="cursor-pointer rounded-md px-2 py-1.5 text-center text-sm font-medium has-[:checked]:bg-white has-[:checked]:shadow-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-500 dark:has-[:checked]:bg-slate-700"
              >
                <input type="radio" name="salary-level" value={l} checked={level === l} onChange={() => onLevel(l)} className="sr-only" />
                {levelTitles[l]}
              </label>
            ))}
          </div>
          <p className={hintClass}>Switches every role’s salary to that end of its range.</p>
        </fieldset>

        {assumptionGroups.map((group) => {
          const keys = assumptionKeys.filter((k) => defaultAssumptions[k].group === group && !(group === "people" && k.startsWith("salary.")));
          const inUse = keys.filter((k) => used.has(k));
          const other = keys.filter((k) => !used.has(k));
          const all = assumptionKeys.filter((k) => defaultAssumptions[k].group === group);
          const changed = all.filter((k) => edits.changed.has(k) || edits.errors[k]).length;
          return (
            <details key={group} open={group === "people" || group === "build"} className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-800" data-group={group}>
              <summary className="cursor-pointer text-sm font-semibold">
                {groupTitles[group]} <span className="font-normal text-slate-700 dark:text-slate-300">· {all.length} figures{changed > 0 ? ` · ${changed} edited` : ""}</span>
              </summary>
              {group === "people" ? <SalaryGrid edits={edits} level={level} /> : null}
              <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                {inUse.map((k) => (
                  <Field key={k} k={k} edits={edits} />
                ))}
              </ul>
              {other.length > 0 ? (
                <details className="mt-1 rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-900" data-other={group}>
                  <summary className="cursor-pointer text-xs font-semibold">
                    {other.length} more for other answers{other.some((k) => edits.changed.has(k) || edits.errors[k]) ? " (edited)" : ""}
                  </summary>
                  <p className={hintClass}>These apply when an answer differs from yours, e.g. another corpus size or pace of change.</p>
                  <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                    {other.map((k) => (
                      <Field key={k} k={k} edits={edits} />
                    ))}
                  </ul>
                </details>
              ) : null}
            </details>
          );
        })}
        <p className="mt-4 text-xs text-slate-700 dark:text-slate-300">Estimates for planning, not quotes: replace any figure with your own. Nothing you type leaves this page.</p>
      </div>
    </aside>
  );
}
