import { architectureLabels } from "@/lib/decision/trait-catalog";
import { architectures, type Architecture } from "@/lib/decision/types";
import type { BreakEven, CostModel } from "@/lib/cost";
import { Swatch } from "./chart-style";
import { number } from "./format";
import { usd, usdThousands } from "@/lib/format/money";
import { card, muted, th } from "@/components/shared/ui";

const label = (architecture: Architecture) => architectureLabels[architecture];
/** Short column headings for narrow tables. */
export const shortLabels: Record<Architecture, string> = { prompt_engineering: "Prompt", rag: "RAG", fine_tuning: "Fine-tuning", hybrid: "Hybrid" };

function comparison(
  cheapest: Architecture,
  next: { architecture: Architecture; cumulative: number } | undefined,
  recommended: Architecture,
  recommendedCost: number,
  cost: number,
): string {
  const gap = next ? `${usd(next.cumulative - cost)} less than ${next.architecture === recommended ? "the recommended " : ""}${label(next.architecture)}` : "";
  if (cheapest === recommended) return `${gap}${gap ? "; " : ""}this is also the recommendation.`;
  if (next?.architecture === recommended) return `${gap}.`;
  return `${gap}${gap ? "; " : ""}the recommended ${label(recommended)} costs ${usd(recommendedCost)}.`;
}

/** The cheapest architecture at 6, 12 and 24 months, with the gap to the next one and to the recommendation. */
export function CheapestCards({ model, recommended }: { model: CostModel; recommended: Architecture }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-3" data-testid="cheapest">
      {model.cheapest.map((entry) => {
        const next = entry.ranking[entry.ranking.findIndex((r) => r.architecture === entry.architecture) + 1];
        const recommendedCost = entry.ranking.find((r) => r.architecture === recommended)?.cumulative ?? 0;
        return (
          <li key={entry.month} className={`${card} p-4`} data-month={entry.month} data-architecture={entry.architecture} data-cumulative={Math.round(entry.cumulative)}>
            <p className={`text-sm ${muted}`}>{entry.qualifies ? `Cheapest that meets your answers, after ${entry.month} months` : `Cheapest after ${entry.month} months (none meets every answer)`}</p>
            <p className="mt-1 flex items-center gap-2 text-lg font-bold">
              <Swatch architecture={entry.architecture} />
              {label(entry.architecture)}
            </p>
            <p className="text-2xl font-bold tabular-nums" data-testid={`cheapest-${entry.month}`}>
              {usd(entry.cumulative)}
            </p>
            <p className={`mt-1 text-xs ${muted}`}>{comparison(entry.architecture, next, recommended, recommendedCost, entry.cumulative)}</p>
          </li>
        );
      })}
    </ul>
  );
}

/** The options that cannot meet the answers, and why: they are never named cheapest. */
export function NotQualifying({ model }: { model: CostModel }) {
  const out = model.qualifications.filter((entry) => !entry.qualifies);
  if (out.length === 0) return null;
  return (
    <ul className="mt-3 space-y-1 text-sm" data-testid="not-qualifying">
      {out.map((entry) => (
        <li key={entry.architecture} data-architecture={entry.architecture}>
          <strong className="font-semibold">{label(entry.architecture)} cannot meet your answers:</strong> <span className={muted}>{entry.reasons.join(" ")}</span>
        </li>
      ))}
    </ul>
  );
}

/** The chart's data as a table: cumulative cost of each architecture, month by month. */
export function CumulativeTable({ model, id }: { model: CostModel; id: string }) {
  const months = model.byArchitecture.rag.months.map((m) => m.month);
  return (
    <div className="overflow-x-auto" role="region" aria-label="Cumulative cost by month" tabIndex={0}>
      <table id={id} className="num-table w-full text-sm" data-testid="cumulative-table">
        <caption className={`pb-2 text-left ${muted}`}>
          Cumulative cost by month, in thousands of US dollars (k). Marked rows are the 6, 12 and 24 month checkpoints.
        </caption>
        <thead className="border-b edge">
          <tr>
            <th scope="col" className={`${th} pl-0 text-left font-semibold`}>
              Month
            </th>
            {architectures.map((a) => (
              <th key={a} scope="col" className={`${th} text-right font-semibold`}>
                <abbr title={label(a)} className="no-underline">
                  {shortLabels[a]}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-900">
          {months.map((month, index) => {
            const checkpoint = month === 6 || month === 12 || month === 24;
            return (
              <tr key={month} data-month={month} className={checkpoint ? "bg-slate-50 font-semibold dark:bg-slate-900" : undefined}>
                <th scope="row">
                  {month}
                </th>
                {architectures.map((a) => {
                  const value = model.byArchitecture[a].cumulative[index] ?? 0;
                  return (
                    <td key={a} data-architecture={a} data-value={Math.round(value)}>
                      {usdThousands(value)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function breakEvenSentence(entry: BreakEven): string {
  const a = label(entry.a);
  const b = label(entry.b);
  if (entry.month !== null && entry.cheaperFirst && entry.cheaperAtEnd) {
    const first = label(entry.cheaperFirst);
    const later = label(entry.cheaperFirst === entry.a ? entry.b : entry.a);
    return `${first} is cheaper at first; ${later} is cheaper from month ${entry.month}${entry.cheaperAtEnd === entry.cheaperFirst ? `, and ${first} again by month 24` : ""}.`;
  }
  if (entry.cheaperFirst) return `${label(entry.cheaperFirst)} stays cheaper throughout the 24 months.`;
  return `${a} and ${b} cost the same throughout.`;
}

/** When each pair of architectures swaps order, if it does within the horizon. */
export function BreakEvens({ model }: { model: CostModel }) {
  return (
    <ul className={`${card} divide-y divide-slate-200 dark:divide-slate-800`} data-testid="break-evens">
      {model.breakEvens.map((entry) => (
        <li key={`${entry.a}-${entry.b}`} className="grid grid-cols-[1fr_auto] items-baseline gap-x-4 p-3 text-sm" data-pair={`${entry.a}-${entry.b}`} data-month={entry.month ?? "none"}>
          <span>
            <span className="font-semibold">
              {label(entry.a)} vs {label(entry.b)}
            </span>
            <span className={`block ${muted}`}>{breakEvenSentence(entry)}</span>
          </span>
          <span className="whitespace-nowrap text-right font-semibold tabular-nums" data-testid="break-even-month">
            {entry.month === null ? "No break-even" : `Month ${entry.month}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

// Compact cells on phones so the table fits at 375 px; the cheapest is bold (and named for screen readers) there.
const tight = "cell-x py-2";

/** How the cheapest architecture at 24 months moves when monthly requests are scaled. */
export function SensitivityTable({ model }: { model: CostModel }) {
  return (
    <div className={`${card} overflow-x-auto`} role="region" aria-labelledby="sensitivity-caption" tabIndex={0}>
      <table className="w-full text-xs tracking-tight sm:text-sm sm:tracking-normal" data-testid="sensitivity">
        <caption id="sensitivity-caption" className={`px-3 pt-3 text-left ${muted}`}>
          Total cost over {model.horizonMonths} months by monthly requests
        </caption>
        <thead className="border-b edge">
          <tr>
            <th scope="col" className={`${tight} text-left font-semibold`}>
              Requests / month
            </th>
            {architectures.map((a) => (
              <th key={a} scope="col" className={`${tight} text-right font-semibold`}>
                {shortLabels[a]}
              </th>
            ))}
            <th scope="col" className={`${tight} hidden text-left font-semibold sm:table-cell`}>
              Cheapest
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {model.sensitivity.map((point) => (
            <tr key={point.multiplier} data-multiplier={point.multiplier} className={point.multiplier === 1 ? "bg-slate-50 dark:bg-slate-900" : undefined}>
              <th scope="row" className={`${tight} text-left font-medium tabular-nums`}>
                {number(point.monthlyQueries)} <span className={`whitespace-nowrap text-xs font-normal ${muted}`}>(× {point.multiplier})</span>
              </th>
              {architectures.map((a) => (
                <td key={a} className={`${tight} text-right tabular-nums ${a === point.cheapestAtHorizon ? "font-bold" : ""}`}>
                  {usdThousands(point.totalsAtHorizon[a])}
                  {a === point.cheapestAtHorizon ? <span className="sr-only"> (cheapest)</span> : null}
                </td>
              ))}
              <td className={`${tight} hidden font-semibold sm:table-cell`} data-testid="sensitivity-cheapest">
                {shortLabels[point.cheapestAtHorizon]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
