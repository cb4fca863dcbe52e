import { architectureLabels } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import type { BudgetFit, PlanOption } from "@/lib/cost";
import { usd } from "@/lib/format/money";
import type { FasterPath } from "@/lib/staffing/lean";
import { sourcingModeLabels, workloadLabel } from "@/lib/staffing/labels";
import { card, muted } from "@/components/shared/ui";
import { weekLabel } from "./format";

const timeToShipWords: Record<Traits["timeToShip"], string> = { days: "within days", weeks: "within weeks", months: "within months" };

/** The budget headline: fits with room to spare, or over by how much. */
function BudgetHeadline({ fit }: { fit: BudgetFit }) {
  const { full, lean } = fit;
  if (full.fits) {
    return (
      <p data-testid="budget-headline">
        The full plan’s first year needs <strong>{usd(full.firstYear.newSpend)}</strong> of new money, within your <strong>{usd(fit.budgetUsd)}</strong> budget.
      </p>
    );
  }
  return (
    <p data-testid="budget-headline">
      The full plan’s first year needs <strong>{usd(full.firstYear.newSpend)}</strong> of new money: <strong>{usd(fit.fullOverBy)} over</strong> your{" "}
      {usd(fit.budgetUsd)} budget.{" "}
      {lean?.fits
        ? `A lean plan that fits is set beside it: ${usd(lean.firstYear.newSpend)} in its first year.`
        : `Even the leanest plan needs ${usd(lean?.firstYear.newSpend ?? 0)}, ${usd(fit.leanOverBy)} over: raise the budget, pick a region with lower pay, or narrow the first version.`}
    </p>
  );
}

/** When the first version reaches users against the "time to ship" answer. */
function CalendarHeadline({ fit, traits }: { fit: BudgetFit; traits: Traits }) {
  const calendar = fit.full.cost.calendar;
  return (
    <p className="mt-2" data-testid="calendar-headline" data-meets-deadline={calendar.meetsDeadline}>
      With the full plan, a first version is in users’ hands in <strong data-testid="first-version-week">{weekLabel(calendar.firstVersionWeek)}</strong> and launch
      follows in {weekLabel(calendar.launchWeek)}. You answered “{timeToShipWords[traits.timeToShip]}” (by {weekLabel(calendar.deadlineWeek)}).{" "}
      {calendar.meetsDeadline
        ? "The plan meets it."
        : `Hiring makes that impossible: the last person the first version needs is productive only in ${weekLabel(calendar.phaseStart.prototype)}. The faster paths below show what meets it.`}
    </p>
  );
}

/** "half-time", or "full-time until launch, part-time (about 25%) after" when the load changes at launch. */
function workloadText(fte: Record<"prototype" | "production" | "scale", number>): string {
  const building = fte.production || fte.prototype;
  if (fte.scale === building) return workloadLabel(building);
  if (fte.scale === 0) return `${workloadLabel(building)} until launch`;
  if (building === 0) return `${workloadLabel(fte.scale)} from launch`;
  return `${workloadLabel(building)} until launch, ${workloadLabel(fte.scale)} after`;
}

function OptionCard({ option, title }: { option: PlanOption; title: string }) {
  const calendar = option.cost.calendar;
  return (
    <li className={`${card} p-4`} data-testid="plan-option" data-kind={option.kind} data-fits={option.fits}>
      <h4 className="flex flex-wrap items-baseline justify-between gap-2 font-bold">
        {title}
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${option.fits ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100" : "bg-rose-100 text-rose-900 dark:bg-rose-900/40 dark:text-rose-100"}`}>
          {option.fits ? "fits the budget" : "over budget"}
        </span>
      </h4>
      <ul className="mt-2 space-y-1 text-sm" data-testid="option-team">
        {option.staffing.roles.map((role) => (
          <li key={role.role} data-role={role.role}>
            <strong className="font-semibold">{sourcingModeLabels[role.sourcing.mode]}</strong> {role.title}, {role.seniority}: {workloadText(role.fteByPhase)}
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className={muted}>First year, new money</dt>
          <dd className="font-bold tabular-nums" data-testid="first-year-new-spend">
            {usd(option.firstYear.newSpend)}
          </dd>
        </div>
        <div>
          <dt className={muted}>Time of people you employ</dt>
          <dd className="tabular-nums">{usd(option.firstYear.existingStaffTime)}</dd>
        </div>
        <div>
          <dt className={muted}>Build starts</dt>
          <dd className="tabular-nums" data-testid="work-starts">
            {weekLabel(calendar.phaseStart.prototype)}
          </dd>
        </div>
        <div>
          <dt className={muted}>First version</dt>
          <dd className="tabular-nums">{weekLabel(calendar.firstVersionWeek)}</dd>
        </div>
      </dl>
      {option.givesUp.length > 0 ? (
        <>
          <p className="mt-3 text-sm font-semibold">What it gives up</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" data-testid="gives-up">
            {option.givesUp.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

function FasterPaths({ paths, deadlineWeek }: { paths: readonly FasterPath[]; deadlineWeek: number }) {
  if (paths.length === 0) return null;
  return (
    <div className="mt-4">
      <h4 className="font-bold">Faster paths</h4>
      <ul className="mt-2 grid gap-3 sm:grid-cols-3" data-testid="faster-paths">
        {paths.map((path) => (
          <li key={path.kind} className={`${card} p-3 text-sm`} data-path={path.kind} data-meets-deadline={path.calendar.firstVersionWeek <= deadlineWeek}>
            <p className="font-semibold">{path.title}</p>
            <p className={`mt-1 ${muted}`}>{path.summary}</p>
            <p className="mt-2">
              First version: <strong>{weekLabel(path.calendar.firstVersionWeek)}</strong>
              {path.calendar.firstVersionWeek <= deadlineWeek ? " — meets your deadline." : " — still late."}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Does the plan fit the upfront budget and the deadline? The full plan and, when needed, a lean one side by side. */
export function BudgetPlans({ fit, traits }: { fit: BudgetFit; traits: Traits }) {
  const architecture = architectureLabels[fit.full.staffing.architecture];
  return (
    <div data-testid="budget-fit" data-full-fits={fit.full.fits} data-lean-fits={fit.lean?.fits ?? null}>
      <BudgetHeadline fit={fit} />
      <CalendarHeadline fit={fit} traits={traits} />
      <ul className={`mt-4 grid gap-3 ${fit.lean ? "md:grid-cols-2" : ""}`}>
        <OptionCard option={fit.full} title={`Full plan: ${architecture}`} />
        {fit.lean ? <OptionCard option={fit.lean} title={`Lean plan: ${architecture} with managed services`} /> : null}
      </ul>
      <FasterPaths paths={fit.fasterPaths} deadlineWeek={fit.full.cost.calendar.deadlineWeek} />
      <p className={`mt-3 text-xs ${muted}`}>
        New money counts hires, contractors, recruiting fees, course budgets, build, running and retraining. People you already employ are counted apart,
        at their pay for the time they give. Each person is recruited (or trained) just in time to be productive when their first phase starts, and
        is paid from the week they start.
      </p>
    </div>
  );
}
