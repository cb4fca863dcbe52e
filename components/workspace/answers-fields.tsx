import { questions, type Question } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import { encodeAnswer } from "@/lib/decision/traits-query-string";
import { inputClass } from "@/components/shared/form";

/**
 * Every answer as an editable field, prefilled; posted in the results link's encoding (lib/workspace/answers-form.ts).
 * With no answers, every field starts empty and must be filled (an independent answer, not a nudge from someone else's).
 */
export function AnswersFields({ answers, idPrefix = "answer" }: { answers: Traits | null; idPrefix?: string }) {
  return (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      <input type="hidden" name="teamSkills-present" value="1" />
      {questions.map((question) => (
        <AnswerField key={question.key} question={question} value={answers ? answers[question.key] : undefined} id={`${idPrefix}-${question.key}`} />
      ))}
    </div>
  );
}

function AnswerField({ question, value, id }: { question: Question; value: Traits[Question["key"]] | undefined; id: string }) {
  const blank = value === undefined;
  if (question.kind === "multi") {
    const chosen = new Set(Array.isArray(value) ? value : []);
    return (
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-semibold">{question.short}</legend>
        {blank ? <Asked question={question} /> : null}
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {Object.entries(question.options).map(([skill, copy]) => (
            <label key={skill} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="teamSkills" value={skill} defaultChecked={chosen.has(skill as Traits["teamSkills"][number])} />
              {copy.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (question.kind === "number") {
    return (
      <label htmlFor={id} className="text-sm font-semibold">
        {question.short} ({question.unit})
        {blank ? <Asked question={question} /> : null}
        <input id={id} name={question.key} type="number" min={0} defaultValue={blank ? undefined : Number(value)} required={blank} className={inputClass} />
      </label>
    );
  }
  const options = Object.entries(question.options as Record<string, { label: string }>);
  return (
    <label htmlFor={id} className="text-sm font-semibold">
      {question.short}
      {blank ? <Asked question={question} /> : null}
      <select id={id} name={question.key} defaultValue={blank ? "" : encodeAnswer(value)} required={blank} className={inputClass}>
        {blank ? <option value="">Choose an answer</option> : null}
        {options.map(([option, copy]) => (
          <option key={option} value={option}>
            {copy.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The full question, under its short name, when the field starts empty. */
function Asked({ question }: { question: Question }) {
  return <span className="block text-sm font-normal text-slate-700 dark:text-slate-300">{question.question}</span>;
}
