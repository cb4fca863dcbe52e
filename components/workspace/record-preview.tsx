import { card, muted, primaryButton } from "@/components/shared/ui";

/** The Markdown record as text (never rendered as HTML), with a button that downloads the same file. */
export function RecordPreview({ markdown, downloadHref, filename }: { markdown: string; downloadHref: string; filename: string }) {
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <a href={downloadHref} download={filename} className={primaryButton} data-testid="record-download">
          Download {filename}
        </a>
        <p className={`text-sm ${muted}`}>MADR 4 Markdown: paste it into your repository&apos;s decisions folder.</p>
      </div>
      <pre
        tabIndex={0}
        aria-label="Decision record preview"
        className={`${card} mt-4 max-h-[36rem] overflow-auto whitespace-pre-wrap break-words bg-slate-50 p-4 font-mono text-xs leading-relaxed text-slate-900 dark:bg-slate-900 dark:text-slate-100`}
        data-testid="record-preview"
      >
        {markdown}
      </pre>
    </div>
  );
}
