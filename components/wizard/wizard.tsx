"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useDeferredValue, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { questionsForStep, steps, type Question } from "@/lib/decision/trait-catalog";
import { traitsSchema, type TraitKey, type Traits } from "@/lib/decision/traits";
import { paths } from "@/lib/paths";
import { ChoiceQuestion } from "./choice-question";
import { NumberQuestion } from "./number-question";
import { SkillsQuestion } from "./skills-question";
import { StartOver } from "./start-over-dialog";
import { validateStep, type StepErrors } from "./step-validation";
import { useWizardHydrated } from "./use-wizard-hydrated";
import { WizardProgress } from "./wizard-progress";
import { LeaningEmpty } from "./leaning-frame";
import { lastStepIndex, useWizardStore } from "./wizard-store";

const LeaningPanel = dynamic(() => import("./leaning-panel").then((m) => m.LeaningPanel), {
  ssr: false,
  loading: () => (
    <div aria-hidden="true" className="h-64 rounded-xl border border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900" />
  ),
});

/**
 * The assessment wizard. The server renders the first step, empty, so the questions paint before any
 * JavaScript runs; saved answers are loaded right after mount and the form follows them.
 */
export function Wizard() {
  useWizardHydrated();
  return <WizardForm />;
}

type FocusRequest = { kind: "heading" } | { kind: "field"; key: TraitKey };

function WizardForm() {
  const router = useRouter();
  const answers = useWizardStore((s) => s.answers);
  const stepIndex = useWizardStore((s) => s.stepIndex);
  const furthestStep = useWizardStore((s) => s.furthestStep);
  const setAnswer = useWizardStore((s) => s.setAnswer);
  const clearAnswer = useWizardStore((s) => s.clearAnswer);
  const goToStep = useWizardStore((s) => s.goToStep);
  const reset = useWizardStore((s) => s.reset);

  const step = steps[stepIndex] ?? steps[0];
  const questions = questionsForStep(step.id);
  const isLast = stepIndex === lastStepIndex;

  // Messages appear once Next is pressed on a step, then follow the answers live (they vanish when fixed).
  const [checkedStep, setCheckedStep] = useState<string | null>(null);
  const errors: StepErrors = checkedStep === step.id ? validateStep(step.id, answers).errors : {};
  const complete = steps.map((s) => validateStep(s.id, answers).ok);
  const answeredCount = Object.keys(answers).length;
  const [navigating, setNavigating] = useState(false);

  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusRequest; id: number } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const { target } = focusRequest;
    if (target.kind === "heading") {
      headingRef.current?.focus();
      return;
    }
    const container = formRef.current?.querySelector(`[data-question="${target.key}"]`);
    const field =
      container?.querySelector<HTMLInputElement>("input:checked") ?? container?.querySelector<HTMLInputElement>("input");
    field?.focus();
  }, [focusRequest]);
  const requestFocus = (target: FocusRequest) => setFocusRequest((prev) => ({ target, id: (prev?.id ?? 0) + 1 }));

  const deferredAnswers = useDeferredValue(answers);

  function moveTo(index: number) {
    goToStep(index);
    setCheckedStep(null);
    requestFocus({ kind: "heading" });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validateStep(step.id, answers);
    if (!result.ok) {
      setCheckedStep(step.id);
      if (result.firstInvalid) requestFocus({ kind: "field", key: result.firstInvalid });
      return;
    }
    if (!isLast) {
      moveTo(stepIndex + 1);
      return;
    }
    const full = traitsSchema.safeParse(answers);
    if (full.success) {
      setNavigating(true);
      router.push(paths.results(full.data));
      return;
    }
    // An earlier step was changed after it was passed: take the person there.
    const broken = steps.findIndex((s) => !validateStep(s.id, answers).ok);
    const target = steps[broken];
    if (target) {
      goToStep(broken);
      setCheckedStep(target.id);
      const first = validateStep(target.id, answers).firstInvalid;
      if (first) requestFocus({ kind: "field", key: first });
    }
  }

  // Enter on a radio or checkbox submits the step (the same as Next) instead of depending on the browser.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target;
    if (
      event.key === "Enter" &&
      !event.nativeEvent.isComposing &&
      target instanceof HTMLInputElement &&
      (target.type === "radio" || target.type === "checkbox")
    ) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
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
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-10">
      <div className="min-w-0">
        <WizardProgress stepIndex={stepIndex} furthestStep={furthestStep} complete={complete} onJump={moveTo} />

        <form ref={formRef} noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} aria-labelledby="step-title" className="mt-8">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 id="step-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight focus-visible:outline-offset-4">
              {step.title}
            </h2>
            <StartOver
              answeredCount={answeredCount}
              onConfirm={() => {
                reset();
                setCheckedStep(null);
                requestFocus({ kind: "heading" });
              }}
            />
          </div>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{step.intro}</p>

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
                    />
                  );
                case "multi":
                  return (
                    <SkillsQuestion
                      key={question.key}
                      question={question}
                      value={answers.teamSkills}
                      error={error}
                      onAnswer={(value) => answer(question, value)}
                    />
                  );
                default:
                  return (
                    <ChoiceQuestion
                      key={question.key}
                      question={question}
                      value={answers[question.key]}
                      error={error}
                      onAnswer={(value) => choose(question, value)}
                    />
                  );
              }
            })}
          </div>

          <div className="mt-10 flex flex-wrap-reverse items-center justify-between gap-3 border-t border-slate-200 pt-6 dark:border-slate-800">
            {stepIndex > 0 ? (
              <button
                type="button"
                onClick={() => moveTo(stepIndex - 1)}
                className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
              >
                <span aria-hidden="true">← </span>Back
              </button>
            ) : (
              <span />
            )}
            <button
              type="submit"
              disabled={navigating}
              className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-70 max-sm:w-full"
            >
              {isLast ? "See my recommendation" : "Next"}
              {!isLast && <span className="sr-only">: {steps[stepIndex + 1]?.title}</span>}
              <span aria-hidden="true"> →</span>
            </button>
          </div>
        </form>
      </div>

      <aside aria-label="Leaning so far" className="mt-10 lg:mt-0">
        <div className="lg:sticky lg:top-6">
          {answeredCount > 0 ? <LeaningPanel answers={deferredAnswers} /> : <LeaningEmpty />}
        </div>
      </aside>
    </div>
  );
}
