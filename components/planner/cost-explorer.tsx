"use client";

import { useMemo, useState } from "react";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import type { Recommendation } from "@/lib/decision/types";
import { computeCostModel, type SalaryLevel } from "@/lib/cost";
import { AssumptionsPanel } from "./assumptions-panel";
import { usedAssumptions } from "./assumption-usage";
import { CostBreakdown } from "./cost-breakdown";
import { CostChart } from "./cost-chart";
import { BreakEvens, CheapestCards, SensitivityTable } from "./cost-tables";
import { muted } from "@/components/shared/ui";
import { useAssumptionEdits } from "./use-assumption-edits";

function Sub({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 first:mt-0">
      <h3 id={id} className="text-lg font-bold">
        {title}
      </h3>
      {intro ? <p className={`mt-1 text-sm ${muted}`}>{intro}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/**
 * The cost section: the model runs here in the browser (pure, well under a millisecond) so the chart, break-evens and
 * cheapest follow each edit. On the server the same component renders the defaults, so the page works before and
 * without JavaScript.
 */
export function CostExplorer({ traits, recommendation }: { traits: Traits; recommendation: Recommendation }) {
  const edits = useAssumptionEdits();
  const [level, setLevel] = useState<SalaryLevel>("mid");
  const model = useMemo(() => computeCostModel(traits, { assumptions: edits.values, salaryLevel: level, recommendation }), [traits, edits.values, level, recommendation]);
  const used = useMemo(() => usedAssumptions(traits, level, recommendation, model), [traits, level, recommendation, model]);
  const recommended = recommendation.recommendation.architecture;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]" data-testid="cost-explorer" data-salary-level={level} data-edits={edits.changed.size}>
      <div className="min-w-0">
        <Sub id="cheapest-heading" title="Cheapest at 6, 12 and 24 months">
          <CheapestCards model={model} recommended={recommended} />
        </Sub>
        <Sub
          id="chart-heading"
          title="Cumulative cost over 24 months"
          intro="People dominate early; running and retraining costs start at each option’s launch. Lines that cross mark a break-even."
        >
          <CostChart model={model} />
        </Sub>
        <Sub id="break-even-heading" title="Break-even months" intro="For each pair: the first month in which the one that was dearer becomes the cheaper.">
          <BreakEvens model={model} />
        </Sub>
        <Sub
          id="sensitivity-heading"
          title="If requests differ from your estimate"
          intro={`You expect ${new Intl.NumberFormat("en-US").format(traits.monthlyQueries)} requests a month (× 1). Total cost over ${model.horizonMonths} months at other volumes, cheapest in bold: per-request costs take over as volume grows.`}
        >
          <SensitivityTable model={model} />
        </Sub>
        <Sub id="breakdown-heading" title="Where the figures come from" intro="Each total and unit figure, for the four options, with the assumptions behind it. Follow a link to change one.">
          <CostBreakdown model={model} traits={traits} level={level} />
        </Sub>
        {model.notes.length > 0 ? (
          <Sub id="cost-notes-heading" title="Worth knowing">
            <ul className="space-y-2 text-sm" data-testid="cost-notes">
              {model.notes.map((note) => (
                <li key={`${note.code}-${note.architecture}`} className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/30 dark:text-amber-50">
                  {note.message}
                </li>
              ))}
            </ul>
          </Sub>
        ) : null}
        <p className={`mt-6 text-xs ${muted}`}>
          The recommended {architectureLabels[recommended]} uses exactly the team in the plan above; the other three use their own phase plans. Salaries:{" "}
          {level === "mid" ? "middle" : level === "low" ? "low end" : "high end"} of each range.
        </p>
      </div>
      <AssumptionsPanel
        edits={edits}
        level={level}
        onLevel={setLevel}
        used={used}
        model={model}
        onResetAll={() => {
          edits.reset();
          setLevel("mid");
        }}
      />
    </div>
  );
}
