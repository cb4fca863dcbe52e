import Link from "next/link";
import { HiringWarningsPanel } from "@/components/shared/hiring-warnings-panel";
import { Section, muted, textLink } from "@/components/shared/ui";
import type { Traits } from "@/lib/decision/traits";
import type { Recommendation } from "@/lib/decision/types";
import type { HiringPlan } from "@/lib/hiring";
import { paths } from "@/lib/paths";
import type { RoleKit } from "@/lib/server/answers-loader";
import { CostExplorer } from "./cost-explorer";
import { HiringKits } from "./hiring-kits";
import { HeadcountTable, PhaseTimeline } from "./phase-timeline";
import { PlanHero } from "./plan-hero";
import { PlanSectionNav } from "./plan-section-nav";
import { RoleCards } from "./role-cards";
import { PlanNotes } from "./warnings-panel";

export interface PlanViewProps {
  traits: Traits;
  result: Recommendation;
  plan: HiringPlan;
  kits: RoleKit[];
  /** Absolute link to this plan, printed on paper. */
  shareUrl: string;
}

/** The planner page, server-rendered; the cost explorer and the copy/download buttons are the only client islands. */
export function PlanView({ traits, result, plan, kits, shareUrl }: PlanViewProps) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-12" data-testid="plan" data-architecture={plan.architecture}>
      <p className="mb-4 hidden text-sm print:block">Retrieval or training? · Team and cost plan</p>
      <p className="no-print mb-4">
        <Link href={paths.results(traits)} prefetch={false} className={textLink}>
          ← Back to the results
        </Link>
      </p>

      <PlanHero traits={traits} plan={plan} shareUrl={shareUrl} />
      <PlanSectionNav plan={plan} />

      <HiringWarningsPanel warnings={plan.warnings} />
      <PlanNotes notes={plan.notes} />

      <Section id="team" title="Roles" intro="Lead role first. For each role: its seniority, whether to hire, train someone you have or contract, and what to screen for.">
        <RoleCards plan={plan} />
      </Section>

      <Section id="timeline" title="Timeline" intro="Three phases, each with its goal, length and team. Lengths follow your deadline and the work the architecture needs; each phase starts only when its people can (hiring, notice and ramp-up), which the budget and deadline section below counts.">
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
        <CostExplorer traits={traits} recommendation={{ scores: result.scores, recommendation: { architecture: result.recommendation.architecture } }} />
      </Section>

      <p className={`mt-10 text-xs ${muted}`}>
        Decision engine {result.engineVersion}. The same answers always give the same plan; cost figures are planning estimates, not quotes.
      </p>
    </div>
  );
}
