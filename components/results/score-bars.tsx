import { architectureLabels } from "@/lib/decision/trait-catalog";
import { architectures, type Architecture, type Scores } from "@/lib/decision/types";
import { architectureStyle } from "@/components/shared/architecture-style";

const formatScore = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The four scores as labelled meters with their values in text, highest first. */
export function ScoreBars({ scores, chosen }: { scores: Scores; chosen: Architecture }) {
  const ranked = [...architectures].sort((a, b) => scores[b] - scores[a]);
  return (
    <ul className="space-y-4" data-testid="scores">
      {ranked.map((architecture) => {
        const id = `score-${architecture}`;
        const value = scores[architecture];
        const isChosen = architecture === chosen;
        return (
          <li key={architecture} data-architecture={architecture}>
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span id={id} className={isChosen ? "font-semibold" : "font-medium"}>
                {architectureLabels[architecture]}
                {isChosen ? <span className="ml-2 text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">recommended</span> : null}
              </span>
              <span className="tabular-nums muted" data-testid={`score-value-${architecture}`}>
                {formatScore(value)}
                <span className="faint"> / 100</span>
              </span>
            </div>
            <div
              role="meter"
              aria-labelledby={id}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={value}
              aria-valuetext={`${formatScore(value)} out of 100`}
              className="mt-1.5 h-3 overflow-hidden rounded-full bg-slate-200 [print-color-adjust:exact] dark:bg-slate-800"
            >
              <div
                className={`h-full rounded-full ${architectureStyle[architecture].bar} ${isChosen ? "" : "opacity-70"}`}
                style={{ width: `${Math.max(1, Math.min(100, value))}%` }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
