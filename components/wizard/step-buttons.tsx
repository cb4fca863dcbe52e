import { steps } from "@/lib/decision/trait-catalog";

interface StepButtonsProps {
  stepIndex: number;
  isLast: boolean;
  /** The last step was submitted and the results are loading. */
  navigating: boolean;
  onBack: () => void;
  /** Answering a team's request: no saving of one's own, and the last button leads to the review. */
  forRequest?: boolean;
}

/** Back (from the second step on) and Next, which on the last step becomes "See my recommendation". */
export function StepButtons({ stepIndex, isLast, navigating, onBack, forRequest = false }: StepButtonsProps) {
  return (
    <div className="mt-10 flex flex-wrap-reverse items-center justify-between gap-3 border-t border-slate-200 pt-6 dark:border-slate-800">
      {stepIndex > 0 ? (
        <button
          type="button"
          onClick={onBack}
          className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          <span aria-hidden="true">← </span>Back
        </button>
      ) : (
        <span />
      )}
      <div className="flex flex-wrap-reverse items-center gap-3 max-sm:w-full">
      {isLast && !forRequest ? (
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={navigating}
          className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50 disabled:opacity-70 max-sm:w-full dark:border-slate-700 dark:hover:bg-slate-900"
        >
          Save to workspace
        </button>
      ) : null}
      <button
        type="submit"
        disabled={navigating}
        className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-70 max-sm:w-full"
      >
        {isLast ? (forRequest ? "Review and send" : "See my recommendation") : "Next"}
        {!isLast && <span className="sr-only">: {steps[stepIndex + 1]?.title}</span>}
        <span aria-hidden="true"> →</span>
      </button>
      </div>
    </div>
  );
}
