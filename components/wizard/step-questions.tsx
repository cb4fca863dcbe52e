"use client";

import { useWizardStore } from "@/components/shared/wizard-store";
import { answerLabel, type Question } from "@/lib/decision/trait-catalog";
import { traitsSchema, type TraitKey, type Traits } from "@/lib/decision/traits";
import { isUnsureTraitKey, planningDefaults } from "@/lib/decision/unsure";
import { ChoiceQuestion } from "./choice-question";
import { CorpusQuestion } from "./corpus-question";
import { NumberQuestion } from "./number-question";
import { SkillsQuestion } from "./skills-question";
import type { StepErrors } from "./step-validation";
import { TeamQuestions } from "./team-questions";

/** The questions of one step, each written straight to the wizard's store as it is answered. */
export function StepQuestions({ questions, errors }: { questions: readonly Question[]; errors: StepErrors }) {
  const answers = useWizardStore((s) => s.answers);
  const setAnswer = useWizardStore((s) => s.setAnswer);
  const clearAnswer = useWizardStore((s) => s.clearAnswer);
  const setUnsure = useWizardStore((s) => s.setUnsure);

  /** "Not sure" for the questions a person may not know; undefined for the others. */
  function unsureFor(question: Question) {
    const key = question.key;
    if (!isUnsureTraitKey(key)) return undefined;
    const checked = answers.unsure?.includes(key) ?? false;
    const assumed = answerLabel(key, planningDefaults[key] as never);
    return { checked, assumed, onSelect: () => setUnsure(key, true), onToggle: (on: boolean) => setUnsure(key, on) };
  }

  function answer(question: Question, value: Traits[TraitKey] | undefined) {
    if (value === undefined) clearAnswer(question.key);
    else setAnswer(question.key, value);
  }

  /** Radio values arrive as strings: keep only values the contract accepts. */
  function choose(question: Question, value: string | boolean) {
    const parsed = traitsSchema.shape[question.key].safeParse(value);
    if (parsed.success) setAnswer(question.key, parsed.data);
  }

  return (
    <div className="mt-6 space-y-8">
      {questions.map((question) => {
        const error = errors[question.key];
        switch (question.kind) {
          case "number":
            return (
              <NumberQuestion
                key={question.key}
                question={question}
                value={answers[question.key]}
                error={error}
                onAnswer={(value) => answer(question, value)}
                unsure={unsureFor(question)}
              />
            );
          case "multi":
            return (
              <div key={question.key} className="space-y-8">
                <SkillsQuestion question={question} value={answers.teamSkills} error={error} onAnswer={(value) => answer(question, value)} />
                {/* The optional team answers sit with the skills they qualify. */}
                <TeamQuestions />
              </div>
            );
          default:
            if (question.key === "corpusSize") {
              return (
                <CorpusQuestion
                  key={question.key}
                  question={question}
                  answers={answers}
                  error={error}
                  onSize={(value) => choose(question, value)}
                  unsure={unsureFor(question)}
                  onDocuments={(documents, pages) => {
                    if (documents === undefined) clearAnswer("corpusDocuments");
                    else setAnswer("corpusDocuments", documents);
                    if (pages === undefined) clearAnswer("documentPages");
                    else setAnswer("documentPages", pages);
                  }}
                />
              );
            }
            return (
              <ChoiceQuestion
                key={question.key}
                question={question}
                value={answers[question.key]}
                error={error}
                onAnswer={(value) => choose(question, value)}
                unsure={unsureFor(question)}
              />
            );
        }
      })}
    </div>
  );
}
