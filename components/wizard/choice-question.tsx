import type { OptionCopy, Question } from "@/lib/decision/trait-catalog";
import type { TraitKey, Traits } from "@/lib/decision/traits";
import { FieldError, errorId } from "./field-error";
import { OptionCard } from "./option-card";

type SingleChoice = Extract<Question, { kind: "choice" | "boolean" }>;

interface ChoiceQuestionProps {
  question: SingleChoice;
  value: Traits[TraitKey] | undefined;
  error: string | undefined;
  onAnswer: (value: string | boolean) => void;
}

/** A single-choice question as a native radio group inside a fieldset; nothing is checked until the person chooses. */
export function ChoiceQuestion({ question, value, error, onAnswer }: ChoiceQuestionProps) {
  const options = Object.entries(question.options as Record<string, OptionCopy>);
  const invalid = error !== undefined;
  const wide = options.length > 4;
  return (
    <fieldset data-question={question.key} className="min-w-0">
      <legend className="text-base font-semibold sm:text-lg">{question.question}</legend>
      <FieldError id={errorId(question.key)} message={error} />
      <div className={`mt-3 grid gap-2 ${wide ? "sm:grid-cols-2" : options.length === 4 ? "sm:grid-cols-2" : "sm:grid-cols-3"}`}>
        {options.map(([optionValue, copy]) => (
          <OptionCard
            key={optionValue}
            type="radio"
            name={question.key}
            id={`${question.key}-${optionValue}`}
            value={optionValue}
            label={copy.label}
            help={copy.help}
            checked={value !== undefined && String(value) === optionValue}
            invalid={invalid}
            errorId={errorId(question.key)}
            onChange={() => onAnswer(question.kind === "boolean" ? optionValue === "true" : optionValue)}
          />
        ))}
      </div>
    </fieldset>
  );
}
