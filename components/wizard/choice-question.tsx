import type { OptionCopy, Question } from "@/lib/decision/trait-catalog";
import type { TraitKey, Traits } from "@/lib/decision/traits";
import { FieldError, errorId } from "./field-error";
import { OptionCard } from "./option-card";

type SingleChoice = Extract<Question, { kind: "choice" | "boolean" }>;

/** A "Not sure" answer for a question a person may not know: checked, what the engine assumes, and how to choose it. */
export interface UnsureChoice {
  checked: boolean;
  /** The planning default in words. */
  assumed: string;
  onSelect: () => void;
}

interface ChoiceQuestionProps {
  question: SingleChoice;
  value: Traits[TraitKey] | undefined;
  error: string | undefined;
  onAnswer: (value: string | boolean) => void;
  unsure?: UnsureChoice;
}

export const notSureValue = "not_sure";

/** The "Not sure" card of a radio group: the results then show what each answer would change. */
export function NotSureCard({ name, unsure, invalid }: { name: string; unsure: UnsureChoice; invalid: boolean }) {
  return (
    <OptionCard
      type="radio"
      name={name}
      id={`${name}-${notSureValue}`}
      value={notSureValue}
      label="Not sure"
      help={`We plan with “${unsure.assumed}” and show what each answer would change.`}
      checked={unsure.checked}
      invalid={invalid}
      errorId={errorId(name)}
      onChange={unsure.onSelect}
    />
  );
}

/** A single-choice question as a native radio group inside a fieldset; nothing is checked until the person chooses. */
export function ChoiceQuestion({ question, value, error, onAnswer, unsure }: ChoiceQuestionProps) {
  const options = Object.entries(question.options as Record<string, OptionCopy>);
  const invalid = error !== undefined;
  const count = options.length + (unsure ? 1 : 0);
  const wide = count > 4;
  return (
    <fieldset data-question={question.key} className="min-w-0">
      <legend className="text-base font-semibold sm:text-lg">{question.question}</legend>
      <FieldError id={errorId(question.key)} message={error} />
      <div className={`mt-3 grid gap-2 ${wide ? "sm:grid-cols-2" : count === 4 ? "sm:grid-cols-2" : "sm:grid-cols-3"}`}>
        {options.map(([optionValue, copy]) => (
          <OptionCard
            key={optionValue}
            type="radio"
            name={question.key}
            id={`${question.key}-${optionValue}`}
            value={optionValue}
            label={copy.label}
            help={copy.help}
            checked={!unsure?.checked && value !== undefined && String(value) === optionValue}
            invalid={invalid}
            errorId={errorId(question.key)}
            onChange={() => onAnswer(question.kind === "boolean" ? optionValue === "true" : optionValue)}
          />
        ))}
        {unsure ? <NotSureCard name={question.key} unsure={unsure} invalid={invalid} /> : null}
      </div>
    </fieldset>
  );
}
