import { flipCondition } from "./decision-record";
import type { Approach } from "./approaches";
import type { ConfidenceBasis, UnsureRange } from "./robustness";
import { answerLabel, architectureLabels, questionsByKey } from "./trait-catalog";
import type { Traits } from "./traits";
import type { Architecture } from "./types";

export { confidenceLevelLabels } from "./robustness";

const points = (margin: number) => `${Number(margin.toFixed(1))} point${margin === 1 ? "" : "s"}`;

/** One or two sentences on what the confidence rests on: the lead, whether a nudge overturns it, the unsure answers. */
export function confidenceExplanation(basis: ConfidenceBasis, architecture: Architecture, runnerUp: Architecture): string {
  const lead = `${architectureLabels[architecture]} leads ${architectureLabels[runnerUp]} by ${points(basis.margin)}`;
  const nudged =
    basis.hangsOn.length === 0
      ? "no one-step change of a single answer overturns it"
      : `${basis.hangsOn.length === 1 ? "one" : basis.hangsOn.length} one-step change${basis.hangsOn.length === 1 ? "" : "s"} of a single answer would overturn it, so it is never shown as more than 75% sure`;
  const unsure =
    basis.unsureCount === 0
      ? ""
      : ` You marked ${basis.unsureCount} answer${basis.unsureCount === 1 ? "" : "s"} “Not sure”; each takes 5 points off${
          basis.unsureThatMatter > 0 ? `, and ${basis.unsureThatMatter === 1 ? "one could" : `${basis.unsureThatMatter} could`} change the pick, so it stays at 70% or less` : ""
        }.`;
  return `${lead}, and ${nudged}.${unsure}`;
}

/** A person-readable "If … were …" for each answer the pick hangs on. */
export function hangsOnLines(basis: ConfidenceBasis, traits: Traits): { key: string; text: string; architecture: Architecture }[] {
  return basis.hangsOn.map((flip) => ({ key: `${flip.trait}-${String(flip.to)}`, text: flipCondition(flip, traits), architecture: flip.architecture }));
}

export interface UnsureView {
  trait: UnsureRange["trait"];
  question: string;
  assumed: string;
  changesPick: boolean;
  outcomes: { value: string; architecture: string; differs: boolean }[];
}

/** The unsure answers, ready to print: the question, the planning default and the pick under each value. */
export function unsureViews(ranges: readonly UnsureRange[], current: Architecture): UnsureView[] {
  return ranges.map((range) => ({
    trait: range.trait,
    question: questionsByKey[range.trait].question,
    assumed: answerLabel(range.trait, range.assumed as never),
    changesPick: range.changesPick,
    outcomes: range.outcomes.map((outcome) => ({
      value: answerLabel(range.trait, outcome.value as never),
      architecture: architectureLabels[outcome.architecture],
      differs: outcome.architecture !== current,
    })),
  }));
}

export type { Approach };
