import { HeadcountTable, PhaseTimeline } from "@/components/planner/phase-timeline";
import { RoleCards } from "@/components/planner/role-cards";
import { ResultsView } from "@/components/results/results-view";
import { Section } from "@/components/shared/ui";
import { GuestComments } from "@/components/workspace/guest-comments";
import { SharedBanner } from "@/components/workspace/shared-banner";
import { buildHiringPlan } from "@/lib/hiring";
import type { SharedAssessment } from "@/lib/server/workspace/share-links";

/** What a share link shows: the saved result and the hiring plan built from it, read-only; the comments when the link may comment. */
export function SharedView({ shared }: { shared: SharedAssessment }) {
  const { assessment, latest, teamName } = shared;
  const plan = buildHiringPlan(latest.answers, latest.result);
  return (
    <div data-testid="shared-assessment">
      <SharedBanner title={assessment.title} teamName={teamName} savedAt={latest.createdAt} engineVersion={latest.engineVersion} revision={latest.number} />
      <ResultsView traits={latest.answers} result={latest.result} shareUrl="" readOnly />
      <div className="mx-auto max-w-5xl px-4 pb-12">
        <Section id="hiring-plan" title="Hiring plan" intro="The roles, phases and headcount for this recommendation.">
          <RoleCards plan={plan} />
          <div className="mt-8">
            <PhaseTimeline plan={plan} />
          </div>
          <div className="mt-8">
            <HeadcountTable plan={plan} />
          </div>
        </Section>
        <GuestComments />
      </div>
    </div>
  );
}

export const sharedMetadata = { title: "Shared assessment", robots: { index: false, follow: false }, referrer: "no-referrer" } as const;
