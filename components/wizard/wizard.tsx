"use client";

// First: zod must know it may not compile before any schema is built (ADR 0020).
import "@/components/shared/zod-jitless";
import dynamic from "next/dynamic";
import { useDeferredValue, type KeyboardEvent } from "react";
import { useWizardStore } from "@/components/shared/wizard-store";
import { steps } from "@/lib/decision/trait-catalog";
import { skipsKnowledgeQuestions } from "@/lib/decision/skipped";
import { LeaningEmpty } from "./leaning-frame";
import { SetAsideBanner } from "./set-aside-banner";
import { StartOver } from "./start-over-dialog";
import { StepButtons } from "./step-buttons";
import { StepQuestions } from "./step-questions";
import { SkippedNote } from "./skipped-note";
import { askedQuestions, isSkippedStep, validateStep } from "./step-validation";
import { useStepFlow } from "./use-step-flow";
import { useWizardHydrated } from "./use-wizard-hydrated";
import { WizardProgress } from "./wizard-progress";

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
/** `requestToken`: answering a team's answer request; the last step leads to its review page instead of the results. */
export function Wizard({ requestToken }: { requestToken?: string } = {}) {
  const hydrated = useWizardHydrated();
  return <WizardForm requestToken={requestToken} hydrated={hydrated} />;
}

// Enter on a radio or checkbox submits the step (the same as Next) instead of depending on the browser.
function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target;
  if (
    event.key === "Enter" &&
    !event.nativeEvent.isComposing &&
    target instanceof HTMLInputElement &&
    (target.type === "radio" || target.type === "checkbox")
  ) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}

function WizardForm({ requestToken, hydrated }: { requestToken?: string; hydrated: boolean }) {
  const answers = useWizardStore((s) => s.answers);
  const furthestStep = useWizardStore((s) => s.furthestStep);
  const { step, stepIndex, isLast, errors, navigating, formRef, headingRef, moveTo, startOver, onSubmit } = useStepFlow(requestToken, hydrated);
  const complete = steps.map((s) => validateStep(s.id, answers).ok);
  const skipped = steps.map((s) => isSkippedStep(s.id, answers));
  const skipping = skipsKnowledgeQuestions(answers);
  const answeredCount = Object.keys(answers).length;
  const deferredAnswers = useDeferredValue(answers);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-10">
      <div className="min-w-0">
        {requestToken === undefined ? <SetAsideBanner hydrated={hydrated} /> : null}
        <WizardProgress stepIndex={stepIndex} furthestStep={furthestStep} complete={complete} skipped={skipped} onJump={moveTo} />
        {skipping ? <SkippedNote /> : null}

        <form ref={formRef} noValidate onSubmit={onSubmit} onKeyDown={submitOnEnter} aria-labelledby="step-title" className="mt-8">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 id="step-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight focus-visible:outline-offset-4">
              {step.title}
            </h2>
            <StartOver answeredCount={answeredCount} onConfirm={startOver} />
          </div>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{step.intro}</p>

          <StepQuestions questions={askedQuestions(step.id, answers)} errors={errors} />
          <StepButtons stepIndex={stepIndex} isLast={isLast} navigating={navigating} onBack={() => moveTo(stepIndex - 1)} forRequest={requestToken !== undefined} />
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
