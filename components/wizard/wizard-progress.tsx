import { steps } from "@/lib/decision/trait-catalog";

interface WizardProgressProps {
  stepIndex: number;
  furthestStep: number;
  /** Steps whose answers are all valid, by index. */
  complete: readonly boolean[];
  /** Steps with no question to ask for the answers so far (a behaviour-only need skips Knowledge), by index. */
  skipped: readonly boolean[];
  onJump: (index: number) => void;
}

/** "Step n of 6" and the named steps; every step already reached is a button that jumps to it. */
export function WizardProgress({ stepIndex, furthestStep, complete, skipped, onJump }: WizardProgressProps) {
  const current = steps[stepIndex];
  return (
    <nav aria-label="Assessment steps" className="mt-4">
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
        Step {stepIndex + 1} of {steps.length}
        {current && <span className="sr-only">: {current.title}</span>}
      </p>
      <ol className="mt-2 grid grid-cols-3 gap-x-2 gap-y-3 sm:grid-cols-6">
        {steps.map((step, index) => {
          const isCurrent = index === stepIndex;
          const reached = index <= furthestStep;
          const isSkipped = skipped[index] === true;
          const done = complete[index] === true && !isCurrent && !isSkipped;
          const bar = isCurrent
            ? "bg-brand-600 dark:bg-brand-300"
            : done
              ? "bg-brand-500/60 dark:bg-brand-300/60"
              : "bg-slate-200 dark:bg-slate-700";
          const content = (
            <>
              <span aria-hidden="true" className={`block h-1.5 rounded-full ${bar}`} />
              <span className="mt-1.5 flex items-start gap-1 text-xs leading-tight sm:text-sm">
                <span aria-hidden="true" className="tabular-nums">
                  {done ? "✓" : isSkipped ? "–" : `${index + 1}.`}
                </span>
                <span>
                  {step.title}
                  {isSkipped ? <span className="block text-xs font-normal" data-skipped-step={step.id}>skipped</span> : null}
                </span>
                <span className="sr-only">{done ? " (answered)" : reached && !isCurrent ? " (not finished)" : ""}</span>
              </span>
            </>
          );
          return (
            <li key={step.id} className="min-w-0">
              {reached && !isSkipped ? (
                <button
                  type="button"
                  onClick={() => onJump(index)}
                  aria-current={isCurrent ? "step" : undefined}
                  className={`block w-full rounded text-left hover:text-brand-700 dark:hover:text-brand-300 ${
                    isCurrent ? "font-semibold text-slate-900 dark:text-white" : "text-slate-700 dark:text-slate-300"
                  }`}
                >
                  {content}
                </button>
              ) : (
                <span className="block text-slate-500 dark:text-slate-400">
                  {content}
                  <span className="sr-only">{isSkipped ? " (not asked for this need)" : " (not reached yet)"}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
