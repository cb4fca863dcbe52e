import type { Role } from "@/lib/decision/types";
import type { HiringPlan, PhasePlan } from "@/lib/hiring";
import { fte } from "./format";
import { card, muted } from "@/components/shared/ui";

const phaseColour = {
  prototype: "bg-sky-500 dark:bg-sky-400",
  production: "bg-brand-500 dark:bg-brand-300",
  scale: "bg-emerald-500 dark:bg-emerald-400",
} as const;

function midWeeks(phase: PhasePlan): number {
  return (phase.duration.minWeeks + phase.duration.maxWeeks) / 2;
}

/** Prototype → production → scale, with how long each takes and who works in it. */
export function PhaseTimeline({ plan }: { plan: HiringPlan }) {
  const titles = Object.fromEntries(plan.roles.map((role) => [role.role, role.title])) as Partial<Record<Role, string>>;
  const build = plan.phases.filter((phase) => !phase.duration.ongoing);
  const buildWeeks = build.reduce((sum, phase) => sum + midWeeks(phase), 0);
  const launchMin = build.reduce((sum, phase) => sum + phase.duration.minWeeks, 0);
  const launchMax = build.reduce((sum, phase) => sum + phase.duration.maxWeeks, 0);

  return (
    <div data-testid="timeline">
      <div aria-hidden="true" className="flex h-3 overflow-hidden rounded-full [print-color-adjust:exact]">
        {plan.phases.map((phase) => (
          <div
            key={phase.phase}
            className={phaseColour[phase.phase]}
            style={{ flexGrow: phase.duration.ongoing ? Math.max(buildWeeks * 0.6, 1) : midWeeks(phase) }}
          />
        ))}
      </div>
      <p className={`mt-2 text-sm ${muted}`}>
        Launch about {launchMin === launchMax ? launchMin : `${launchMin}–${launchMax}`} weeks after the team is in place; the scale phase runs on from there.
      </p>
      <ol className="mt-4 grid gap-4 md:grid-cols-3">
        {plan.phases.map((phase, index) => (
          <li key={phase.phase} data-phase={phase.phase} className={`${card} break-inside-avoid p-4`}>
            <div className="flex items-center gap-2">
              <span aria-hidden="true" className={`size-3 rounded-full [print-color-adjust:exact] ${phaseColour[phase.phase]}`} />
              <h3 className="font-semibold">
                <span className="sr-only">Phase {index + 1}: </span>
                {phase.title}
              </h3>
            </div>
            <p className="mt-1 text-sm font-semibold tabular-nums" data-testid="phase-duration">
              {phase.durationLabel}
            </p>
            <p className={`mt-2 text-sm ${muted}`}>{phase.goal}</p>
            <ul className="mt-3 space-y-0.5 text-sm">
              {Object.entries(phase.staffing)
                .filter(([, value]) => (value ?? 0) > 0)
                .map(([role, value]) => (
                  <li key={role} className="flex justify-between gap-2">
                    <span>{titles[role as Role] ?? role}</span>
                    <span className="tabular-nums">{fte(value ?? 0)}</span>
                  </li>
                ))}
            </ul>
            <p className="mt-2 flex justify-between border-t border-slate-200 pt-2 text-sm font-semibold dark:border-slate-800">
              <span>Team</span>
              <span className="tabular-nums">{fte(phase.totalFte)} FTE</span>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}

// Tighter cells on phones so the five columns fit at 375 px without scrolling.
const cellX = "cell-x";
const thY = "py-2 text-left";
const tdY = "py-2";

/** FTE by role and phase, as a real table. */
export function HeadcountTable({ plan }: { plan: HiringPlan }) {
  return (
    <>
      <p className={`mb-3 text-sm ${muted}`}>One FTE is one person’s full working time; 0.5 is half of it. Peak is the most a role needs in any phase.</p>
      <div className={`${card} overflow-x-auto`} role="region" aria-labelledby="headcount-caption" tabIndex={0}>
        <table className="w-full text-xs tracking-tight sm:text-sm sm:tracking-normal" data-testid="headcount">
          <caption id="headcount-caption" className={`px-3 pt-3 text-left ${muted}`}>
            Full-time equivalents (FTE) by role and phase
          </caption>
          <thead className="border-b edge">
            <tr>
              <th scope="col" className={`${cellX} ${thY} font-semibold`}>
                Role
              </th>
              {plan.phases.map((phase) => (
                <th key={phase.phase} scope="col" className={`${cellX} py-2 text-right font-semibold`}>
                  {phase.title}
                  <span className={`hidden text-xs font-normal sm:block ${muted}`}>{phase.durationLabel}</span>
                </th>
              ))}
              <th scope="col" className={`${cellX} py-2 text-right font-semibold`}>
                Peak
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {plan.roles.map((role) => (
              <tr key={role.role} data-role={role.role}>
                <th scope="row" className={`${cellX} ${thY} font-medium`}>
                  {role.title}
                </th>
                {plan.phases.map((phase) => (
                  <td key={phase.phase} className={`${cellX} ${tdY} text-right tabular-nums`} data-phase={phase.phase}>
                    {role.fteByPhase[phase.phase] > 0 ? fte(role.fteByPhase[phase.phase]) : <span className={muted}>–</span>}
                  </td>
                ))}
                <td className={`${cellX} ${tdY} text-right font-semibold tabular-nums`}>{fte(role.peakFte)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 dark:border-slate-700">
            <tr>
              <th scope="row" className={`${cellX} ${thY} font-semibold`}>
                Total
              </th>
              {plan.phases.map((phase) => (
                <td key={phase.phase} className={`${cellX} ${tdY} text-right font-semibold tabular-nums`} data-testid={`total-${phase.phase}`}>
                  {fte(phase.totalFte)}
                </td>
              ))}
              <td className={`${cellX} ${tdY} text-right font-semibold tabular-nums`}>{fte(plan.summary.peakFte)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {plan.teamEffect ? (
        <p className={`mt-3 text-sm ${muted}`} data-testid="team-effect">
          <span className="font-semibold text-slate-900 dark:text-slate-100">Your team answers: </span>
          {plan.teamEffect.summary}
        </p>
      ) : null}
    </>
  );
}
