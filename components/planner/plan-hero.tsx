import Link from "next/link";
import { architectureStyle } from "@/components/shared/architecture-style";
import { PrintButton } from "@/components/shared/print-button";
import { muted, secondaryButton, textLink } from "@/components/shared/ui";
import { architectureBlurbs, architectureLabels, roleLabels } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import type { HiringPlan } from "@/lib/hiring";
import { paths } from "@/lib/paths";
import { fte } from "./format";

function Stat({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div className="rounded-xl bg-white/80 p-3 dark:bg-slate-900/70">
      <dt className={`text-xs ${muted}`}>{label}</dt>
      <dd className="text-xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** Weeks to launch over the phases before "ongoing": "6" or "6–10". */
function launchWeeks(plan: HiringPlan): string {
  const launch = plan.phases.filter((p) => !p.duration.ongoing);
  const launchMin = launch.reduce((sum, p) => sum + p.duration.minWeeks, 0);
  const launchMax = launch.reduce((sum, p) => sum + p.duration.maxWeeks, 0);
  return launchMin === launchMax ? String(launchMin) : `${launchMin}–${launchMax}`;
}

/** The top of the planner page: the architecture, the team in numbers, and print. */
export function PlanHero({ traits, plan, shareUrl }: { traits: Traits; plan: HiringPlan; shareUrl: string }) {
  const architecture = plan.architecture;
  const style = architectureStyle[architecture];
  return (
    <section aria-labelledby="plan-heading" className={`break-inside-avoid rounded-2xl border border-slate-200 p-6 sm:p-8 dark:border-slate-800 ${style.soft} [print-color-adjust:exact]`}>
      <p className={`text-sm font-semibold uppercase tracking-wide ${muted}`}>Team and cost plan</p>
      <h1 id="plan-heading" className={`mt-1 text-4xl font-bold tracking-tight sm:text-5xl ${style.text}`} data-testid="architecture">
        {architectureLabels[architecture]}
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800 dark:text-slate-200">{architectureBlurbs[architecture]}</p>
      <p className={`mt-2 max-w-3xl ${muted}`}>
        Who to hire or train, in which phase, and what the next 24 months cost, for the answers behind this{" "}
        <Link href={paths.results(traits)} prefetch={false} className={textLink}>
          recommendation
        </Link>
        .
      </p>
      <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="plan-summary">
        <Stat label="Lead role" value={<span className="block text-base leading-snug">{plan.roles.find((role) => role.isPrimary)?.title ?? roleLabels[plan.primaryRole]}</span>} />
        <Stat label="Roles to hire" value={plan.summary.toHire} testId="to-hire" />
        <Stat label="Filled by training" value={plan.summary.toTrain} testId="to-train" />
        <Stat label="On contract" value={plan.summary.contractors} testId="contractors" />
        <Stat label="Peak team" value={`${fte(plan.summary.peakFte)} FTE`} testId="peak-fte" />
        <Stat label="Build time once staffed" value={`${launchWeeks(plan)} wk`} />
      </dl>
      <div className="no-print mt-6 flex flex-wrap items-center gap-3">
        <PrintButton className={secondaryButton} />
      </div>
      <p className="mt-4 hidden text-sm print:block">
        Link to this plan: <span className="break-all">{shareUrl}</span>
      </p>
    </section>
  );
}
