"use client";

// First: zod must know it may not compile before any schema is built (ADR 0020).
import "@/components/shared/zod-jitless";
import { useMemo, useState } from "react";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import { budgetFit, computeCostModel, defaultPeopleSettings, regionLabels, type CostRecommendation, type PeopleSettings } from "@/lib/cost";
import { AssumptionsPanel } from "./assumptions-panel";
import { usedAssumptions } from "./assumption-usage";
import { CostBreakdown } from "./cost-breakdown";
import { CostChart } from "./cost-chart";
import { BudgetPlans } from "./budget-plans";
import { BreakEvens, CheapestCards, NotQualifying, SensitivityTable } from "./cost-tables";
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
export function CostExplorer({ traits, recommendation }: { traits: Traits; recommendation: CostRecommendation }) {
  const edits = useAssumptionEdits();
  const [people, setPeople] = useState<PeopleSettings>(defaultPeopleSettings);
  const model = useMemo(() => computeCostModel(traits, { assumptions: edits.values, people, recommendation }), [traits, edits.values, people, recommendation]);
  const fit = useMemo(() => budgetFit({ traits, recommendation, assumptions: edits.values, people }), [traits, recommendation, edits.values, people]);
  const used = useMemo(() => usedAssumptions(traits, people, model), [traits, people, model]);
  const recommended = recommendation.recommendation.architecture;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]" data-testid="cost-explorer" data-region={people.region} data-recruiting={people.recruiting} data-edits={edits.changed.size}>
      <div className="min-w-0">
        <Sub
          id="budget-heading"
          title="Does it fit your budget and your deadline?"
          intro={`The first year of the ${architectureLabels[recommended]} plan against your upfront budget, and when a first version reaches users once hiring is counted.`}
        >
          <BudgetPlans fit={fit} traits={traits} />
        </Sub>
        <Sub id="cheapest-heading" title="Cheapest at 6, 12 and 24 months" intro="Only options that can meet your answers are candidates for cheapest.">
          <CheapestCards model={model} recommended={recommended} />
          <NotQualifying model={model} />
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
          <CostBreakdown model={model} traits={traits} people={people} />
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
          Every option’s people cost comes from the same staffing model as the team above (the recommended {architectureLabels[recommended]} is exactly that team),
          paid at {regionLabels[people.region]} rates for each role’s seniority, from the week each person can start.
        </p>
      </div>
      <AssumptionsPanel
        edits={edits}
        people={people}
        onPeople={setPeople}
        used={used}
        model={model}
        onResetAll={() => {
          edits.reset();
          setPeople(defaultPeopleSettings);
        }}
      />
    </div>
  );
}
