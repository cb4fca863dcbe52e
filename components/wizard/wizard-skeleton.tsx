/** Shown until the saved answers are read from this browser, so server and client markup always agree. */
export function WizardSkeleton() {
  return (
    <div aria-busy="true" className="animate-pulse motion-reduce:animate-none">
      <p className="sr-only" role="status">
        Loading your answers…
      </p>
      <div aria-hidden="true">
        <div className="mt-4 h-4 w-24 rounded bg-slate-200 dark:bg-slate-800" />
        <div className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-6">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="h-6 rounded bg-slate-200 dark:bg-slate-800" />
          ))}
        </div>
        <div className="mt-8 h-7 w-48 rounded bg-slate-200 dark:bg-slate-800" />
        <div className="mt-3 h-4 w-full max-w-md rounded bg-slate-200 dark:bg-slate-800" />
        <div className="mt-8 grid gap-2 sm:grid-cols-3">
          {Array.from({ length: 3 }, (_, i) => (
            <div key={i} className="h-20 rounded-lg bg-slate-200 dark:bg-slate-800" />
          ))}
        </div>
        <div className="mt-8 grid gap-2 sm:grid-cols-2">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="h-20 rounded-lg bg-slate-200 dark:bg-slate-800" />
          ))}
        </div>
      </div>
    </div>
  );
}
