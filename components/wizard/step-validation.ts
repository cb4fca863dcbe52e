import * as z from "zod/mini";
import { questionsForStep, type Question, type StepId } from "@/lib/decision/trait-catalog";
import { traitsSchema, type TraitKey, type Traits } from "@/lib/decision/traits";
import { isSkippedQuestion } from "@/lib/decision/skipped";
import { answersWithPlanningDefaults } from "@/lib/decision/unsure";

/** The questions of a step that are asked for these answers (a behaviour-only need skips the knowledge side). */
export function askedQuestions(step: StepId, answers: Partial<Traits>): Question[] {
  return questionsForStep(step).filter((question) => !isSkippedQuestion(question.key, answers));
}

/** True when every question of the step is skipped for these answers. */
export function isSkippedStep(step: StepId, answers: Partial<Traits>): boolean {
  return askedQuestions(step, answers).length === 0;
}

export type StepErrors = Partial<Record<TraitKey, string>>;

export interface StepValidation {
  ok: boolean;
  /** One message per field, in question order. */
  errors: StepErrors;
  /** The first invalid field in the order the questions appear, for focus. */
  firstInvalid: TraitKey | undefined;
}

/** What to say when a question has no answer yet: plain words, not the schema's list of codes. */
export function missingAnswerMessage(question: Question): string {
  switch (question.kind) {
    case "number":
      return question.key === "upfrontBudgetUsd"
        ? "Enter a budget in US dollars (0 is a fine answer)."
        : "Enter the expected requests per month (a rough figure is fine).";
    case "multi":
      return "Choose your team's skills, or “None of these yet”.";
    case "boolean":
      return "Choose Yes or No.";
    default:
      return "Choose one answer.";
  }
}

/**
 * Validates one wizard step's answers with the contract's own schema (`traitsSchema.pick`) and returns
 * a message per field. Missing answers get a plain prompt; anything else keeps the schema's message
 * (e.g. "The one-time budget cannot be negative.").
 */
export function validateStep(step: StepId, given: Partial<Traits>): StepValidation {
  // "Not sure" is an answer: the engine plans with the default.
  const answers = answersWithPlanningDefaults(given);
  const questions = askedQuestions(step, given);
  const mask = Object.fromEntries(questions.map((q) => [q.key, true])) as Partial<Record<TraitKey, true>>;
  const subset = Object.fromEntries(questions.map((q) => [q.key, answers[q.key]]));
  if (questions.length === 0) return { ok: true, errors: {}, firstInvalid: undefined };
  const result = z.pick(traitsSchema, mask).safeParse(subset);
  const errors: StepErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      const question = questions.find((q) => q.key === key);
      if (!question || errors[question.key] !== undefined) continue;
      errors[question.key] = answers[question.key] === undefined ? missingAnswerMessage(question) : issue.message;
    }
  }
  const firstInvalid = questions.find((q) => errors[q.key] !== undefined)?.key;
  return { ok: firstInvalid === undefined, errors, firstInvalid };
}

/** How many of the given questions still lack a valid answer. */
export function countUnanswered(answers: Partial<Traits>, keys: readonly TraitKey[]): number {
  return keys.filter((key) => !traitsSchema.shape[key].safeParse(answers[key]).success).length;
}
