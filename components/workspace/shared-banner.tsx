import { formatDate } from "./labels";

/** The top of a shared page: whose assessment, that it is read-only, when it was saved and under which engine. */
export function SharedBanner({ title, teamName, savedAt, engineVersion, revision }: { title: string; teamName: string; savedAt: Date; engineVersion: string; revision: number }) {
  return (
    <div className="mx-auto max-w-5xl px-4 pt-6">
      <div role="note" aria-label="About this shared assessment" className="rounded-xl border border-brand-100 bg-brand-50 px-4 py-3 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <p className="font-semibold" data-testid="shared-title">
          {title} <span className="font-normal">· shared by {teamName} · read-only</span>
        </p>
        <p className="mt-1 text-sm" data-testid="shared-provenance">
          Saved {formatDate(savedAt)} (revision {revision}) under decision engine {engineVersion}. This is that snapshot, not a re-computation.
        </p>
      </div>
    </div>
  );
}
