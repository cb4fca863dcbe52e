"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { useWizardStore, lastStepIndex } from "@/components/shared/wizard-store";
import { steps } from "@/lib/decision/trait-catalog";
import { traitsSchema } from "@/lib/decision/traits";
import { answersWithSkips } from "@/lib/decision/skipped";
import { withPlanningDefaults } from "@/lib/decision/unsure";
import { paths } from "@/lib/paths";
import { isSkippedStep, validateStep, type StepErrors } from "./step-validation";
import { useFocusRequest } from "./use-focus-request";
import { searchForStep, stepFromSearch } from "./step-url";

/** Puts the step on screen in the address bar: a new history entry (`push`) or in place of the current one. */
function showStepInUrl(index: number, mode: "push" | "replace") {
  if (stepFromSearch(window.location.search) === index) return;
  const url = `${window.location.pathname}${searchForStep(window.location.search, index)}`;
  if (mode === "push") window.history.pushState(window.history.state, "", url);
  else window.history.replaceState(window.history.state, "", url);
}

/**
 * The wizard's movement between steps: which step is on screen, its messages, Next/Back/jump/Start over,
 * and, after the last step, the way to the results.
 */
export function useStepFlow(requestToken?: string, hydrated = true) {
  const router = useRouter();
  const answers = useWizardStore((s) => s.answers);
  const stepIndex = useWizardStore((s) => s.stepIndex);
  const goToStep = useWizardStore((s) => s.goToStep);
  const reset = useWizardStore((s) => s.reset);

  const step = steps[stepIndex] ?? steps[0];
  const isLast = stepIndex === lastStepIndex;

  // Messages appear once Next is pressed on a step, then follow the answers live (they vanish when fixed).
  const [checkedStep, setCheckedStep] = useState<string | null>(null);
  const errors: StepErrors = checkedStep === step.id ? validateStep(step.id, answers).errors : {};
  const [navigating, setNavigating] = useState(false);
  const { formRef, headingRef, requestFocus } = useFocusRequest();

  // Each step has its own URL (?step=…), so the browser's Back and Forward move between steps. Once the saved answers
  // are loaded, a step named in the URL is opened if it has been reached; the URL then names the step on screen.
  useEffect(() => {
    if (!hydrated) return;
    const named = stepFromSearch(window.location.search);
    // Only a step already reached opens from a link; otherwise the furthest one reached.
    if (named !== undefined) goToStep(Math.min(named, useWizardStore.getState().furthestStep));
    showStepInUrl(useWizardStore.getState().stepIndex, "replace");
    const onPopState = () => {
      goToStep(Math.min(stepFromSearch(window.location.search) ?? 0, useWizardStore.getState().furthestStep));
      setCheckedStep(null);
      requestFocus({ kind: "heading" });
      // A step not reached yet cannot be opened: correct the address to the step shown.
      showStepInUrl(useWizardStore.getState().stepIndex, "replace");
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
    // requestFocus is stable in effect (it only sets state); run once per hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, goToStep]);

  /** Moves to step `index`, passing over steps with nothing to ask in the direction of travel. */
  function moveTo(index: number) {
    const direction = index < stepIndex ? -1 : 1;
    let target = index;
    while (target > 0 && target < lastStepIndex && isSkippedStep(steps[target]?.id ?? "problem", answers)) target += direction;
    // The store opens one step past the furthest reached at a time: walk there.
    for (let i = Math.min(stepIndex, target) + 1; i <= target; i++) goToStep(i);
    goToStep(target);
    setCheckedStep(null);
    requestFocus({ kind: "heading" });
    showStepInUrl(useWizardStore.getState().stepIndex, "push");
  }

  function startOver() {
    reset();
    setCheckedStep(null);
    requestFocus({ kind: "heading" });
    showStepInUrl(0, "push");
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
    const full = traitsSchema.safeParse(withPlanningDefaults(answersWithSkips(answers)));
    if (full.success) {
      setNavigating(true);
      // The last step has two submit buttons: see the result, or save it to the workspace (sign-in on the way).
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      const save = submitter instanceof HTMLButtonElement && submitter.value === "save";
      if (requestToken) router.push(paths.answerRequestReview(requestToken, full.data));
      else router.push(save ? paths.saveAssessment(full.data) : paths.results(full.data));
      return;
    }
    // An earlier step was changed after it was passed: take the person there.
    const broken = steps.findIndex((s) => !validateStep(s.id, answers).ok);
    const target = steps[broken];
    if (target) {
      goToStep(broken);
      showStepInUrl(useWizardStore.getState().stepIndex, "push");
      setCheckedStep(target.id);
      const first = validateStep(target.id, answers).firstInvalid;
      if (first) requestFocus({ kind: "field", key: first });
    }
  }

  return { step, stepIndex, isLast, errors, navigating, formRef, headingRef, moveTo, startOver, onSubmit };
}
