import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HeadcountTable, PhaseTimeline } from "@/components/planner/phase-timeline";
import { RoleCards } from "@/components/planner/role-cards";
import { ResultsView } from "@/components/results/results-view";
import { Section } from "@/components/shared/ui";
import { SharedBanner } from "@/components/workspace/shared-banner";
import { buildHiringPlan } from "@/lib/hiring";
import { openShareLink } from "@/lib/server/workspace/share-links";

// Never cached, never indexed, and the token never leaks through a Referer header.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Shared assessment", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** A share link: the saved result and hiring plan, read-only, no account. Unknown, revoked or expired: the same 404. */
export default async function SharedPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shared = await openShareLink(token);
  if (!shared) notFound();
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
      </div>
    </div>
  );
}
