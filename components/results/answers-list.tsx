import { answerLabel, questionsForStep, steps } from "@/lib/decision/trait-catalog";
import { engineeringStrengthQuestion, teamSizeQuestion } from "@/lib/decision/trait-catalog";
import { showsAsSkipped } from "@/lib/decision/skipped";
import type { Traits } from "@/lib/decision/traits";

const documents = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Every answer behind the result, grouped as the wizard asks them. */
export function AnswersList({ traits }: { traits: Traits }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="answers">
      {steps.map((step) => (
        <div key={step.id} className="break-inside-avoid rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <h3 className="text-sm font-semibold">{step.title}</h3>
          <dl className="mt-2 space-y-2 text-sm plain-dl">
            {questionsForStep(step.id).map((question) => (
              <div key={question.key}>
                <dt>{question.short}</dt>
                <dd data-answer={question.key}>
                  {showsAsSkipped(question.key, traits) ? (
                    <span data-skipped-answer={question.key}>Skipped (assumed {answerLabel(question.key, traits[question.key])})</span>
                  ) : traits.unsure?.some((key) => key === question.key) ? (
                    <span data-unsure-answer={question.key}>Not sure (planning with {answerLabel(question.key, traits[question.key])})</span>
                  ) : (
                    answerLabel(question.key, traits[question.key])
                  )}
                  {question.key === "corpusSize" && traits.corpusDocuments !== undefined ? (
                    <span className="block font-normal" data-answer="corpusDocuments">
                      about {documents.format(traits.corpusDocuments)} documents
                      {traits.documentPages !== undefined ? `, ${documents.format(traits.documentPages)} pages each on average` : ""}
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
            {step.id === "team" && traits.teamSize !== undefined ? (
              <div>
                <dt>{teamSizeQuestion.short}</dt>
                <dd data-answer="teamSize">{traits.teamSize}</dd>
              </div>
            ) : null}
            {step.id === "team" && traits.engineeringStrength !== undefined ? (
              <div>
                <dt>{engineeringStrengthQuestion.short}</dt>
                <dd data-answer="engineeringStrength">{engineeringStrengthQuestion.options[traits.engineeringStrength].label}</dd>
              </div>
            ) : null}
          </dl>
        </div>
      ))}
    </div>
  );
}
