"use client";

import { architectures, type Architecture } from "@/lib/decision/types";
import { defaultAssumptions, type ArchitectureCost, type AssumptionKey, type CostModel, type SalaryLevel } from "@/lib/cost";
import type { Traits } from "@/lib/decision/traits";
import { assumptionInputId, lineInputs } from "./assumption-usage";
import { shortLabels } from "./cost-tables";
import { number, usd, usdUnit } from "./format";
import { card, muted, td, th } from "./ui";

interface Row {
  id: string;
  name: string;
  value: (cost: ArchitectureCost) => string;
  from: readonly AssumptionKey[];
  /** Extra words for inputs that are not assumptions (the plan's phases, the answers). */
  also?: string;
  strong?: boolean;
}

/** Moves focus to an assumption's input, opening its group first. */
export function focusAssumption(key: AssumptionKey): void {
  const input = document.getElementById(assumptionInputId(key));
  if (!(input instanceof HTMLInputElement)) return;
  const group = input.closest("details");
  if (group) group.open = true;
  input.scrollIntoView({ block: "center", behavior: "smooth" });
  input.focus({ preventScroll: true });
}

function From({ keys, also }: { keys: readonly AssumptionKey[]; also?: string }) {
  const unique = [...new Set(keys)];
  return (
    <span className={`mt-0.5 block text-xs font-normal ${muted}`}>
      From{also ? ` ${also}${unique.length > 0 ? " and" : ""}` : ""}{" "}
      {unique.map((key, index) => (
        <span key={key}>
          {index > 0 ? ", " : ""}
          <a
            href={`#${assumptionInputId(key)}`}
            onClick={(event) => {
              event.preventDefault();
              focusAssumption(key);
            }}
            className="underline decoration-slate-400 underline-offset-2 hover:text-brand-700 dark:hover:text-brand-300"
          >
            {defaultAssumptions[key].label.toLowerCase()}
          </a>
        </span>
      ))}
      .
    </span>
  );
}

/** Where every total comes from: each line with the assumptions behind it, linked to their inputs. */
export function CostBreakdown({ model, traits, level }: { model: CostModel; traits: Traits; level: SalaryLevel }) {
  const inputs = lineInputs(traits);
  const horizon = model.horizonMonths;
  const salaryKeys = (["rag_engineer", "deep_learning_engineer", "mlops_engineer", "data_engineer", "evaluation_engineer", "ai_product_engineer"] as const).map(
    (role) => `salary.${role}.${level}` as const,
  );
  const rows: Row[] = [
    { id: "launch", name: "Launch", value: (c) => `month ${c.launchMonth} (week ${number(Math.round(c.launchWeek))})`, from: [], also: "the phase lengths of each option’s hiring plan" },
    { id: "people", name: `People, ${horizon} months`, value: (c) => usd(c.totals.people), from: [...salaryKeys, "people.employmentOverhead", "people.contractorFactor"], also: "each option’s staffing by phase" },
    { id: "build", name: "Build (one-time)", value: (c) => usd(c.totals.build), from: inputs.build },
    { id: "run", name: `Running costs, ${horizon} months`, value: (c) => usd(c.totals.run), from: inputs.run, also: "your monthly requests" },
    { id: "retraining", name: `Retraining, ${horizon} months`, value: (c) => usd(c.totals.retraining), from: inputs.retraining },
    { id: "total", name: `Total, ${horizon} months`, value: (c) => usd(c.totals.total), from: [], also: "the four lines above", strong: true },
    { id: "steady", name: "Monthly cost once scaled", value: (c) => usd(c.steadyStateMonthly.total), from: [], also: "the scale phase’s team and the running and retraining rates" },
    { id: "per-request", name: "Cost per request", value: (c) => usdUnit(c.units.costPerQuery), from: inputs.costPerQuery },
    { id: "tokens", name: "Tokens per request", value: (c) => number(c.units.tokensPerQuery), from: inputs.tokens },
    { id: "gpu-hours", name: "GPU-hours per training run", value: (c) => number(c.units.gpuHoursPerRun), from: inputs.gpuHours },
    { id: "gpu-rate", name: "GPU price per hour", value: (c) => (c.units.gpuHoursPerRun > 0 ? usdUnit(c.units.gpuHourlyUsd) : "–"), from: inputs.gpuRate },
    { id: "retrains", name: "Retraining runs per month", value: (c) => number(c.units.retrainsPerMonth), from: inputs.retrains },
    { id: "vectors", name: "Vectors in the index", value: (c) => number(Math.round(c.units.vectors)), from: inputs.vectors },
  ];
  return (
    <div className={`${card} overflow-x-auto`} role="region" aria-labelledby="breakdown-caption" tabIndex={0}>
      <table className="w-full min-w-[40rem] text-sm" data-testid="cost-breakdown">
        <caption id="breakdown-caption" className={`px-3 pt-3 text-left ${muted}`}>
          How each total is built. Follow a link to change the assumption behind it.
        </caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            <th scope="col" className={th}>
              Line
            </th>
            {architectures.map((a: Architecture) => (
              <th key={a} scope="col" className={`${th} text-right`}>
                {shortLabels[a]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id} data-line={row.id} className={row.strong ? "bg-slate-50 dark:bg-slate-900" : undefined}>
              <th scope="row" className={`${th} max-w-72 align-top ${row.strong ? "" : "font-medium"}`}>
                {row.name}
                <From keys={row.from} {...(row.also ? { also: row.also } : {})} />
              </th>
              {architectures.map((a) => (
                <td key={a} className={`${td} whitespace-nowrap text-right align-top tabular-nums ${row.strong ? "font-bold" : ""}`} data-architecture={a}>
                  {row.value(model.byArchitecture[a])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
