"use client";

/** Opens the browser's print dialog; the print stylesheet makes the page a clean PDF. */
export function PrintButton({ className }: { className?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      Print or save as PDF
    </button>
  );
}
