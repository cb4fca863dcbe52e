"use client";

import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { architectures, type Architecture } from "@/lib/decision/types";
import type { CostModel } from "@/lib/cost";
import { Swatch } from "./chart-style";
import { CumulativeTable } from "./cost-tables";
import { usd, usdCompact } from "@/lib/format/money";
import { muted } from "@/components/shared/ui";

function ChartPlaceholder() {
  return (
    <div className="flex h-[260px] items-center justify-center rounded-lg bg-slate-50 text-sm sm:h-[340px] dark:bg-slate-900" data-testid="chart-loading">
      <span className={muted}>Loading the chart… the same figures are in the table below.</span>
    </div>
  );
}

// uPlot (~50 KB) is fetched only here, after hydration, and never rendered on the server.
const UplotChart = dynamic(() => import("./uplot-chart"), { ssr: false, loading: ChartPlaceholder });

const tableId = "cumulative-cost-table";

/** Cumulative cost of the four architectures over the horizon: a uPlot chart, a legend that follows the pointer, and the same data as a table. */
export function CostChart({ model }: { model: CostModel }) {
  const [hovered, setHovered] = useState<number | null>(null);
  const curves = useMemo((): Record<Architecture, readonly number[]> => {
    const { prompt_engineering, rag, fine_tuning, hybrid } = model.byArchitecture;
    return { prompt_engineering: prompt_engineering.cumulative, rag: rag.cumulative, fine_tuning: fine_tuning.cumulative, hybrid: hybrid.cumulative };
  }, [model]);
  const last = model.horizonMonths - 1;
  const index = hovered ?? last;
  const ranked = [...architectures].sort((x, y) => (curves[x][last] ?? 0) - (curves[y][last] ?? 0));
  const summary =
    `Line chart of cumulative cost over ${model.horizonMonths} months for the four architectures. At month ${model.horizonMonths}: ` +
    ranked.map((a) => `${architectureLabels[a]} ${usdCompact(curves[a][last] ?? 0)}`).join(", ") +
    ". The table below has every month.";

  return (
    <figure className="rounded-xl border border-slate-200 p-3 sm:p-4 dark:border-slate-800" data-testid="cost-chart">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-semibold">Cumulative cost, month by month</span>
        <span className={`text-sm tabular-nums ${muted}`} data-testid="chart-month">
          Month {index + 1}
          {hovered === null ? " (point at the chart for other months)" : ""}
        </span>
      </figcaption>
      <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4" data-testid="chart-legend">
        {architectures.map((a) => (
          <li key={a} className="flex items-start gap-2" data-architecture={a} data-value={Math.round(curves[a][index] ?? 0)}>
            <span className="mt-1.5">
              <Swatch architecture={a} />
            </span>
            <span className="min-w-0">
              <span className="block leading-tight">{architectureLabels[a]}</span>
              <span className="block font-semibold tabular-nums">{usd(curves[a][index] ?? 0)}</span>
            </span>
          </li>
        ))}
      </ul>
      <div
        role="img"
        aria-label={summary}
        aria-describedby={tableId}
        className="mt-3"
        data-testid="chart"
        data-cumulative-24={JSON.stringify(Object.fromEntries(architectures.map((a) => [a, Math.round(curves[a][last] ?? 0)])))}
      >
        <UplotChart curves={curves} onHover={setHovered} />
      </div>
      <details className="mt-3" data-testid="chart-table">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">Show the chart’s data as a table</summary>
        <div className="mt-3">
          <CumulativeTable model={model} id={tableId} />
        </div>
      </details>
    </figure>
  );
}
