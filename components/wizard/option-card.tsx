import type { ChangeEvent } from "react";
import { describedBy } from "./field-error";

interface OptionCardProps {
  type: "radio" | "checkbox";
  name: string;
  id: string;
  value: string;
  label: string;
  help: string;
  checked: boolean;
  invalid: boolean;
  errorId: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * One answer: a native radio or checkbox inside a card-sized label, so the whole card is the hit area,
 * arrow keys move within a radio group and Space toggles, all for free. The accessible name is the
 * short label; the help line is its description.
 */
export function OptionCard({ type, name, id, value, label, help, checked, invalid, errorId, onChange }: OptionCardProps) {
  const labelId = `${id}-label`;
  const descriptionId = `${id}-desc`;
  return (
    <label
      htmlFor={id}
      className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 transition-colors hover:border-brand-500 has-aria-invalid:border-red-300 dark:has-aria-invalid:border-red-900 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-3 has-focus-visible:ring-brand-500 has-focus-visible:ring-offset-2 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-brand-300 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-800 dark:has-focus-visible:ring-offset-slate-950"
    >
      <input
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-labelledby={labelId}
        aria-describedby={describedBy(descriptionId, invalid && errorId)}
        aria-invalid={invalid || undefined}
        className="mt-0.5 size-4 shrink-0 accent-brand-600 focus-visible:outline-none! dark:accent-brand-300"
      />
      <span className="min-w-0">
        <span id={labelId} className="block font-medium leading-snug">
          {label}
        </span>
        <span id={descriptionId} className="mt-0.5 block text-sm text-slate-600 dark:text-slate-400">
          {help}
        </span>
      </span>
    </label>
  );
}
