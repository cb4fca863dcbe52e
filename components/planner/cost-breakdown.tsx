"use client";

import { architectures, type Architecture } from "@/lib/decision/types";
import { defaultAssumptions, type ArchitectureCost, type AssumptionKey, type CostModel, type PeopleSettings } from "@/lib/cost";
import type { Traits } from "@/lib/decision/traits";
import { assumptionInputId, lineInputs } from "./assumption-usage";
import { shortLabels } from "./cost-tables";
import { number } from "./format";
import { usd, usdUnit } from "@/lib/format/money";
import { card, muted } from "@/components/shared/ui";

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
  for (let group = input.closest("details"); group; group = group.parentElement?.closest("details") ?? null) group.open = true;
  input.scrollIntoView({ block: "center", behavior: "smooth" });
  input.focus({ preventScroll: true });
}

/** An assumption's name without its parenthetical detail, for the compact links under each line. */
function shortName(key: AssumptionKey): string {
  return defaultAssumptions[key].label.replace(/ \(.*\)$/, "");
}

function From({ keys, also }: { keys: readonly AssumptionKey[]; also?: string }) {
  const unique = [...new Set(keys)];
  return (
    <p className={`text-xs ${muted}`}>
      <span className="font-semibold">From </span>
      {also ? `${also}${unique.length > 0 ? "; " : "."}` : ""}
      {unique.map((key, index) => (
        <span key={key}>
          {index > 0 ? " · " : ""}
          <a
            href={`#${assumptionInputId(key)}`}
            onClick={(event) => {
              event.preventDefault();
              focusAssumption(key);
            }}
            className="from-link"
          >
            {shortName(key)}
          </a>
        </span>
      ))}
    </p>
  );
}

/** Where every total comes from: each line with the assumptions behind it, linked to their inputs. */
export function CostBreakdown({ model, traits, people }: { model: CostModel; traits: Traits; people: PeopleSettings }) {
  const inputs = lineInputs(traits);
  const horizon = model.horizonMonths;
  const rows: Row[] = [
    {
      id: "launch",
      name: "Launch",
      value: (c) => `month ${c.launchMonth}`,
      from: ["hiring.timeToFillWeeks.senior", `hiring.noticeWeeks.${people.region}`, "hiring.rampUpWeeks"],
      also: "when each option’s people can start, and the phase lengths of its plan (the middle of each range)",
    },
    {
      id: "people",
      name: `People, ${horizon} months`,
      value: (c) => usd(c.totals.people),
      from: [`pay.${people.region}.senior`, `overhead.${people.region}`, "people.contractorFactor", people.recruiting === "agency" ? "recruiting.agencyFeeShare" : "recruiting.inHouseCostUsd"],
      also: "each option’s staffing by phase and seniority, from the day each person starts",
    },
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
    <ul className={`${card} divide-y divide-slate-200 dark:divide-slate-800`} data-testid="cost-breakdown">
      {rows.map((row) => (
        <li key={row.id} data-line={row.id} className={`p-3 ${row.strong ? "bg-slate-50 dark:bg-slate-900" : ""}`}>
          <p className="text-sm font-semibold">{row.name}</p>
          <dl className="cost-cells">
            {architectures.map((a: Architecture) => (
              <div key={a} data-architecture={a}>
                <dt>{shortLabels[a]}</dt>
                <dd className={row.strong ? "font-bold" : undefined}>{row.value(model.byArchitecture[a])}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-1.5">
            <From keys={row.from} {...(row.also ? { also: row.also } : {})} />
          </div>
        </li>
      ))}
    </ul>
  );
}
