import type { ReactNode } from "react";

/** The "Leaning" panel's box and heading; no engine code, so the empty state costs no JavaScript chunk. */
export function LeaningFrame({ badge, children }: { badge?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby="leaning-title" className="rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h2 id="leaning-title" className="text-base font-semibold">
          Leaning
        </h2>
        {badge}
      </div>
      {children}
    </section>
  );
}

/** Before the first answer: says what the panel will do. The scoring panel loads with the first answer. */
export function LeaningEmpty() {
  return (
    <LeaningFrame>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Answer a question and this panel shows which way your project leans, updating as you go.
      </p>
    </LeaningFrame>
  );
}
