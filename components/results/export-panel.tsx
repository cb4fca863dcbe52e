import { PrintButton } from "@/components/shared/print-button";
import { secondaryButton } from "@/components/shared/ui";
import type { Traits } from "@/lib/decision/traits";
import { paths } from "@/lib/paths";

/** "Share and export": the decision record, the raw data and a PDF (hidden in print). */
export function ExportPanel({ traits }: { traits: Traits }) {
  return (
    <section
      aria-labelledby="export-heading"
      id="export"
      className="no-print mt-12 rounded-2xl border border-slate-200 p-6 dark:border-slate-800"
      data-testid="export"
    >
      <h2 id="export-heading" className="text-lg font-bold">
        Share and export
      </h2>
      <p className="mt-1 text-sm muted">
        Keep the decision with your project: a Markdown decision record for your repository, the raw data as JSON, or a PDF.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <a href={paths.decisionRecord(traits)} download className={secondaryButton}>
          Decision record (.md)
        </a>
        <a href={paths.assessmentJson(traits)} download className={secondaryButton}>
          Data (.json)
        </a>
        <PrintButton className={secondaryButton} />
      </div>
    </section>
  );
}
