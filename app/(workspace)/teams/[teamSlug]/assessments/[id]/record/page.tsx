import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Section } from "@/components/shared/ui";
import { AssessmentTabs } from "@/components/workspace/assessment-tabs";
import { AssessmentHeader } from "@/components/workspace/assessment-view";
import { RecordPreview } from "@/components/workspace/record-preview";
import { paths } from "@/lib/paths";
import { publicOrigin } from "@/lib/server/public-origin";
import { requireActor } from "@/lib/server/session";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { decisionRecord } from "@/lib/server/workspace/records";

export const metadata: Metadata = { title: "Decision record", robots: { index: false } };

export default async function RecordPage({ params }: { params: Promise<{ teamSlug: string; id: string }> }) {
  const { teamSlug, id } = await params;
  const actor = await requireActor(paths.assessmentRecord(teamSlug, id));
  const origin = publicOrigin();
  const record = await decisionRecord(actor, teamSlug, id, origin).catch((error: unknown) => {
    if (error instanceof WorkspaceError) notFound();
    throw error;
  });
  const { assessment, latest } = record.loaded;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <AssessmentHeader assessment={assessment} latest={latest} teamSlug={teamSlug} />
      <AssessmentTabs teamSlug={teamSlug} assessmentId={id} current="record" />
      <Section
        id="record"
        title="Decision record"
        intro="An architecture decision record in MADR 4 format, filled from the review: who decided, who was consulted, the approvals and the comments that mattered."
      >
        <RecordPreview markdown={record.markdown} downloadHref={paths.assessmentRecordMarkdown(id)} filename={record.filename} />
      </Section>
    </div>
  );
}
