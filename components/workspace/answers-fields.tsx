import { questions, type Question } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import { encodeAnswer } from "@/lib/decision/traits-query-string";
import { inputClass } from "@/components/shared/form";

/** Every answer as an editable field, prefilled; posted in the results link's encoding (lib/workspace/answers-form.ts). */
export function AnswersFields({ answers, idPrefix = "answer" }: { answers: Traits; idPrefix?: string }) {
  return (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      <input type="hidden" name="teamSkills-present" value="1" />
      {questions.map((question) => (
        <AnswerField key={question.key} question={question} value={answers[question.key]} id={`${idPrefix}-${question.key}`} />
      ))}
    </div>
  );
}

function AnswerField({ question, value, id }: { question: Question; value: Traits[Question["key"]]; id: string }) {
  if (question.kind === "multi") {
    const chosen = new Set(Array.isArray(value) ? value : []);
    return (
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-semibold">{question.short}</legend>
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
        <input id={id} name={question.key} type="number" min={0} defaultValue={Number(value)} className={inputClass} />
      </label>
    );
  }
  const options = Object.entries(question.options as Record<string, { label: string }>);
  return (
    <label htmlFor={id} className="text-sm font-semibold">
      {question.short}
      <select id={id} name={question.key} defaultValue={encodeAnswer(value)} className={inputClass}>
        {options.map(([option, copy]) => (
          <option key={option} value={option}>
            {copy.label}
          </option>
        ))}
      </select>
    </label>
  );
}
