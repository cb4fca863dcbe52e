import Link from "next/link";
import { architectureStyle } from "@/components/results/architecture-style";
import { PrintButton } from "@/components/results/print-button";
import { architectureBlurbs, architectureLabels, roleLabels } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import type { Recommendation } from "@/lib/decision/types";
import type { HiringPlan } from "@/lib/hiring";
import { paths } from "@/lib/paths";
import { CostExplorer } from "./cost-explorer";
import { fte } from "./format";
import { HiringKits } from "./hiring-kits";
import { HeadcountTable, PhaseTimeline } from "./phase-timeline";
import type { RoleKit } from "./plan-data";
import { RoleCards } from "./role-cards";
import { Section, muted, secondaryButton, textLink } from "@/components/ui";
import { HiringWarningsPanel } from "@/components/hiring-warnings-panel";
import { PlanNotes } from "./warnings-panel";

export interface PlanViewProps {
  traits: Traits;
  result: Recommendation;
  plan: HiringPlan;
  kits: RoleKit[];
  /** Absolute link to this plan, printed on paper. */
  shareUrl: string;
}

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

/** The planner page, server-rendered; the cost explorer and the copy/download buttons are the only client islands. */
export function PlanView({ traits, result, plan, kits, shareUrl }: PlanViewProps) {
  const architecture = plan.architecture;
  const style = architectureStyle[architecture];
  const launch = plan.phases.filter((p) => !p.duration.ongoing);
  const launchMin = launch.reduce((sum, p) => sum + p.duration.minWeeks, 0);
  const launchMax = launch.reduce((sum, p) => sum + p.duration.maxWeeks, 0);
  const sections = [
    ...(plan.warnings.length > 0 ? [["warnings", "Warnings"]] : []),
    ["team", "Roles"],
    ["timeline", "Timeline"],
    ["headcount", "Headcount"],
    ["hiring-kits", "Job descriptions"],
    ["costs", "Costs"],
    ["assumptions", "Assumptions"],
  ] as const;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-12" data-testid="plan" data-architecture={architecture}>
      <p className="mb-4 hidden text-sm print:block">Retrieval or training? · Team and cost plan</p>
      <p className="no-print mb-4">
        <Link href={paths.results(traits)} prefetch={false} className={textLink}>
          ← Back to the results
        </Link>
      </p>

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
          <Stat label="Lead hire" value={<span className="block text-base leading-snug">{plan.roles.find((role) => role.isPrimary)?.title ?? roleLabels[plan.primaryRole]}</span>} />
          <Stat label="Roles to hire" value={plan.summary.toHire} testId="to-hire" />
          <Stat label="Filled by training" value={plan.summary.toTrain} testId="to-train" />
          <Stat label="On contract" value={plan.summary.contractors} testId="contractors" />
          <Stat label="Peak team" value={`${fte(plan.summary.peakFte)} FTE`} testId="peak-fte" />
          <Stat label="Launch after" value={`${launchMin === launchMax ? launchMin : `${launchMin}–${launchMax}`} wk`} />
        </dl>
        <div className="no-print mt-6 flex flex-wrap items-center gap-3">
          <PrintButton className={secondaryButton} />
        </div>
        <p className="mt-4 hidden text-sm print:block">
          Link to this plan: <span className="break-all">{shareUrl}</span>
        </p>
      </section>

      <nav aria-label="On this page" className="no-print mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`} className="inline-block rounded-full border border-slate-300 px-3 py-1 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900">
                {title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <HiringWarningsPanel warnings={plan.warnings} />
      <PlanNotes notes={plan.notes} />

      <Section id="team" title="Roles" intro="Lead hire first. For each role: the level to hire at, whether to hire or train someone you have, and what to screen for.">
        <RoleCards plan={plan} />
      </Section>

      <Section id="timeline" title="Timeline" intro="Three phases, each with its goal, length and team. Lengths follow your deadline and the work the architecture needs.">
        <PhaseTimeline plan={plan} />
      </Section>

      <Section id="headcount" title="Headcount by phase">
        <HeadcountTable plan={plan} />
      </Section>

      <Section
        id="hiring-kits"
        title="Job descriptions and interview scorecards"
        intro="Written from your answers, ready to post or hand to interviewers. Open a role to read, copy or download them as Markdown."
      >
        <HiringKits plan={plan} kits={kits} />
      </Section>

      <Section
        id="costs"
        title="What it costs: 24 months, four options"
        intro="Salaries, build, running and retraining costs of each architecture for your answers. Every figure comes from an assumption you can see and change; the results update as you type."
      >
        <CostExplorer traits={traits} recommendation={result} />
      </Section>

      <p className={`mt-10 text-xs ${muted}`}>
        Decision engine {result.engineVersion}. The same answers always give the same plan; cost figures are planning estimates, not quotes.
      </p>
    </div>
  );
}
