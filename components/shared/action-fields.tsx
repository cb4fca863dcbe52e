"use client";

import { useFormStatus } from "react-dom";
import { useFieldError } from "./action-form";
import { describedBy, Field, inputClass } from "./form";
import { primaryButton } from "./ui";

/** A text or number input inside an ActionForm, with its server-side message beside it. */
export function ActionInput({
  name,
  label,
  id = name,
  type = "text",
  defaultValue,
  hint,
  min,
  max,
}: {
  name: string;
  label: string;
  id?: string;
  type?: "text" | "number";
  defaultValue?: string | number;
  hint?: string;
  min?: number;
  max?: number;
}) {
  const error = useFieldError(name);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} name={name} type={type} defaultValue={defaultValue} min={min} max={max} className={inputClass} {...describedBy(id, error, hint)} />
    </Field>
  );
}

export function ActionSelect({ name, label, id = name, options, defaultValue }: { name: string; label: string; id?: string; options: readonly { value: string; label: string }[]; defaultValue?: string }) {
  const error = useFieldError(name);
  return (
    <Field id={id} label={label} error={error}>
      <select id={id} name={name} defaultValue={defaultValue} className={inputClass} {...describedBy(id, error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Submit button that says it is working while the action runs. */
export function SubmitButton({ children, className = primaryButton }: { children: React.ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={className}>
      {pending ? "Working…" : children}
    </button>
  );
}
