import { type Question } from "@/lib/decision/trait-catalog";
import { canonicalTeamSkills } from "@/lib/decision/traits-url";
import type { TeamSkill, Traits } from "@/lib/decision/traits";
import { FieldError, describedBy, errorId, helpId } from "./field-error";
import { OptionCard } from "./option-card";

type MultiQuestionCopy = Extract<Question, { kind: "multi" }>;

interface SkillsQuestionProps {
  question: MultiQuestionCopy;
  value: Traits["teamSkills"] | undefined;
  error: string | undefined;
  /** The chosen skills ([] only after "None of these yet"), or undefined when nothing is chosen at all. */
  onAnswer: (value: Traits["teamSkills"] | undefined) => void;
}

export const noSkillsLabel = "None of these yet";

/**
 * Checkboxes for the team's skills plus an explicit "None of these yet", so an empty list is only ever
 * a deliberate answer: unticking the last skill leaves the question unanswered again.
 */
export function SkillsQuestion({ question, value, error, onAnswer }: SkillsQuestionProps) {
  const invalid = error !== undefined;
  const chosen = value ?? [];
  const noneChosen = value !== undefined && value.length === 0;

  function toggle(skill: TeamSkill, on: boolean) {
    const next = on ? [...chosen, skill] : chosen.filter((s) => s !== skill);
    onAnswer(next.length === 0 ? undefined : canonicalTeamSkills(next));
  }

  return (
    <fieldset data-question={question.key} className="min-w-0" aria-describedby={describedBy(helpId(question.key))}>
      <legend className="text-base font-semibold sm:text-lg">{question.question}</legend>
      <p id={helpId(question.key)} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {question.help}
      </p>
      <FieldError id={errorId(question.key)} message={error} />
      <div className="mt-3 grid gap-2 sm:grid-cols-2">
        {(Object.entries(question.options) as [TeamSkill, { label: string; help: string }][]).map(([skill, copy]) => (
          <OptionCard
            key={skill}
            type="checkbox"
            name={question.key}
            id={`${question.key}-${skill}`}
            value={skill}
            label={copy.label}
            help={copy.help}
            checked={chosen.includes(skill)}
            invalid={invalid}
            errorId={errorId(question.key)}
            onChange={(event) => toggle(skill, event.target.checked)}
          />
        ))}
      </div>
      <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800">
        <OptionCard
          type="checkbox"
          name={`${question.key}-none`}
          id={`${question.key}-none`}
          value="none"
          label={noSkillsLabel}
          help="We would be starting from scratch, and that is fine."
          checked={noneChosen}
          invalid={invalid}
          errorId={errorId(question.key)}
          onChange={(event) => onAnswer(event.target.checked ? [] : undefined)}
        />
      </div>
    </fieldset>
  );
}
