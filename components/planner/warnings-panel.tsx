import { Triggers } from "@/components/shared/hiring-warnings-panel";
import type { PlanNote } from "@/lib/hiring";

/** Facts about the plan a reader should not miss, each tied to the answers behind it. */
export function PlanNotes({ notes }: { notes: readonly PlanNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section
      aria-labelledby="notes-heading"
      id="notes"
      className="mt-6 scroll-mt-4 rounded-2xl border border-sky-300 bg-sky-50 p-5 text-sky-950 sm:p-6 [print-color-adjust:exact] dark:border-sky-500/50 dark:bg-sky-950/30 dark:text-sky-50"
      data-testid="plan-notes"
    >
      <h2 id="notes-heading" className="text-xl font-bold">
        Notes on this plan
      </h2>
      <ul className="mt-3 space-y-4">
        {notes.map((note) => (
          <li key={note.code} data-note={note.code}>
            <p>{note.message}</p>
            <Triggers triggers={note.triggers} label="Because of" />
          </li>
        ))}
      </ul>
    </section>
  );
}
