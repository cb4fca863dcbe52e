import { questionsByKey } from "@/lib/decision/trait-catalog";
import { isTraitKey } from "@/lib/decision/trait-keys";
import type { Trigger, Warning } from "@/lib/decision/types";
import { citeSource } from "@/lib/decision/source-articles";

const triggerNames: Record<"architecture" | "scores", string> = { architecture: "Recommended architecture", scores: "Engine scores" };

/** "Team skills", "Recommended architecture" … for the answer a warning points at. */
export function triggerName(trigger: Trigger): string {
  if (trigger.key === "architecture" || trigger.key === "scores") return triggerNames[trigger.key];
  return isTraitKey(trigger.key) ? questionsByKey[trigger.key].short : String(trigger.key);
}

export function Triggers({ triggers, label }: { triggers: readonly Trigger[]; label: string }) {
  return (
    <div className="mt-3">
      <p className="text-xs font-semibold uppercase tracking-wide">{label}</p>
      <ul className="mt-1 flex flex-wrap gap-1.5" data-testid="triggers">
        {triggers.map((trigger) => (
          <li
            key={`${trigger.key}-${trigger.label}`}
            data-trigger={trigger.key}
            className="rounded-md border border-current/30 bg-white/70 px-2 py-0.5 text-xs dark:bg-slate-950/40"
          >
            <span className="font-semibold">{triggerName(trigger)}:</span> {trigger.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The hiring mistakes these answers risk, shown where they cannot be missed (results and planner alike). */
export function HiringWarningsPanel({ warnings }: { warnings: readonly Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section
      aria-labelledby="warnings-heading"
      id="warnings"
      className="mt-8 scroll-mt-4 rounded-2xl border-2 border-amber-400 bg-amber-50 p-5 text-amber-950 sm:p-6 [print-color-adjust:exact] dark:border-amber-500/70 dark:bg-amber-950/30 dark:text-amber-50"
      data-testid="warnings"
    >
      <h2 id="warnings-heading" className="flex items-center gap-2 text-xl font-bold">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0 fill-current">
          <path d="M10 2 1 18h18L10 2Zm0 4.5 5.6 9.5H4.4L10 6.5ZM9 9v3.5h2V9H9Zm0 4.5v2h2v-2H9Z" />
        </svg>
        Before you hire: {warnings.length === 1 ? "one mistake" : `${warnings.length} mistakes`} to avoid
      </h2>
      <p className="mt-1 text-sm">These answers make each of these common hiring mistakes likely. Each says what to do instead.</p>
      <ul className="mt-4 grid gap-4 lg:grid-cols-2">
        {warnings.map((warning) => (
          <li
            key={warning.code}
            data-warning={warning.code}
            className="break-inside-avoid rounded-xl border border-amber-300 bg-white/60 p-4 dark:border-amber-500/40 dark:bg-slate-950/30"
          >
            <h3 className="font-bold">{warning.title}</h3>
            <p className="mt-1">{warning.message}</p>
            <p className="mt-2 text-sm">
              <strong className="font-semibold">Why it matters: </strong>
              {warning.whyItMatters}
            </p>
            <Triggers triggers={warning.triggers} label="Triggered by your answers" />
            <p className="mt-2 text-xs">
              Source: {citeSource(warning.source)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
