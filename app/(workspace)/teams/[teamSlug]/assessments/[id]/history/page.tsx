import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Section, muted, textLink } from "@/components/shared/ui";
import { AssessmentTabs } from "@/components/workspace/assessment-tabs";
import { AssessmentHeader } from "@/components/workspace/assessment-view";
import { ComparePicker } from "@/components/workspace/compare-pickers";
import { RevisionTimeline } from "@/components/workspace/compare-timeline";
import { ComparisonView } from "@/components/workspace/compare-view";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { loadHistory } from "@/lib/server/workspace/records";

export const metadata: Metadata = { title: "History and compare", robots: { index: false } };

type Query = { left?: string | string[]; right?: string | string[] };

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ teamSlug: string; id: string }>; searchParams: Promise<Query> }) {
  const [{ teamSlug, id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor(paths.assessmentHistory(teamSlug, id));
  const history = await loadHistory(actor, teamSlug, id, query).catch((error: unknown) => {
    if (error instanceof WorkspaceError) notFound();
    throw error;
  });
  const { assessment, latest, revisions, timeline, picked, comparison } = history;
  const options = revisions.map((revision) => ({ value: String(revision.number), label: `Revision ${revision.number} · ${architectureLabels[revision.architecture]}` }));
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <AssessmentHeader assessment={assessment} latest={latest} teamSlug={teamSlug} />
      <AssessmentTabs teamSlug={teamSlug} assessmentId={id} current="history" />
      <Section id="timeline" title="Timeline" intro="Every saved revision, with the review's status changes, votes and calibration rounds, newest first.">
        <RevisionTimeline entries={timeline} teamSlug={teamSlug} assessmentId={id} />
      </Section>
      <Section id="compare" title="Compare two revisions" intro="Pick any two revisions: the answers that differ, how the result moved, and which answers moved it.">
        {revisions.length < 2 ? (
          <p className={muted}>There is only one revision so far. Editing the answers on the Review tab saves a new one to compare with.</p>
        ) : (
          <>
            <ComparePicker action={paths.assessmentHistory(teamSlug, id)} options={options} left={String(picked.left)} right={String(picked.right)} noun="revision" />
            {picked.adjusted ? <p className={`mt-3 text-sm ${muted}`} role="status">One of the revisions asked for does not exist; showing the nearest sensible pair instead.</p> : null}
            {comparison ? (
              <div className="mt-6">
                <ComparisonView comparison={comparison.comparison} labels={{ left: `Revision ${comparison.left.number}`, right: `Revision ${comparison.right.number}` }} />
              </div>
            ) : null}
          </>
        )}
      </Section>
      <p className="mt-12">
        <Link className={textLink} href={paths.compare(teamSlug, id, "")}>
          Compare this assessment with another one of the team
        </Link>
      </p>
    </div>
  );
}
