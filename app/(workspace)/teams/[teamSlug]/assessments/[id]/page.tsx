import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Section } from "@/components/shared/ui";
import { AnswersFields } from "@/components/workspace/answers-fields";
import { ReviseForm, ShareLinkForm, StatusForm } from "@/components/workspace/assessment-forms";
import { AssessmentHeader, RescoreComparison, RevisionList } from "@/components/workspace/assessment-view";
import { ShareLinkList } from "@/components/workspace/share-links-panel";
import { CommentsPanel } from "@/components/workspace/comments-panel";
import { answerLabel, questionsByKey } from "@/lib/decision/trait-catalog";
import { isTraitKey, traitKeys } from "@/lib/decision/trait-keys";
import { listComments, listMentionable } from "@/lib/server/workspace/comments";
import { addCommentAction, deleteCommentAction, editCommentAction } from "../../../comment-actions";
import { traitsToSearchParams } from "@/lib/decision/traits-query-string";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { getAssessment, listRevisions, rescorePreview } from "@/lib/server/workspace/assessments";
import { listAssessments } from "@/lib/server/workspace/dashboard";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { listShareLinks } from "@/lib/server/workspace/share-links";
import { can, type Actor } from "@/lib/workspace/policies";
import type { Traits } from "@/lib/decision/traits";
import { changeStatusAction, createShareLinkAction, reviseAssessmentAction, revokeShareLinkAction } from "../../../assessment-actions";

export const metadata: Metadata = { title: "Assessment", robots: { index: false } };

export default async function AssessmentPage({ params, searchParams }: { params: Promise<{ teamSlug: string; id: string }>; searchParams: Promise<{ answer?: string | string[] }> }) {
  const { teamSlug, id } = await params;
  const { answer } = await searchParams;
  const actor = await requireActor(paths.assessment(teamSlug, id));
  const loaded = await getAssessment(actor, id).catch((error: unknown) => {
    if (error instanceof WorkspaceError) notFound();
    throw error;
  });
  const { assessment, latest, team } = loaded;
  // The URL's team must be the assessment's team: no reaching another team's assessment through your own slug.
  if (team.slug !== teamSlug) notFound();
  const resource = { personal: team.personal, role: loaded.role };
  const canEdit = can(actor, "assessment:edit", resource);
  const canShare = can(actor, "share-link:manage", resource);
  const [revisions, rescore, links, others] = await Promise.all([
    listRevisions(actor, id),
    rescorePreview(actor, id),
    canShare ? listShareLinks(actor, id) : Promise.resolve([]),
    canEdit ? listAssessments(actor, team.id, { sort: "updated", limit: 100 }) : Promise.resolve(null),
  ]);
  const target = { assessmentId: id, teamSlug, version: assessment.version };
  const successors = (others?.items ?? []).filter((item) => item.id !== id).map((item) => ({ id: item.id, title: item.title }));
  const hiddenAnswers = [...traitsToSearchParams(latest.answers).entries()];
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <AssessmentHeader assessment={assessment} latest={latest} teamSlug={teamSlug} successorTitle={successors.find((s) => s.id === assessment.supersededById)?.title} />
      {rescore.outdated && canEdit ? (
        <Section id="rescore" title="The engine has moved on" intro="Re-scoring keeps these answers and saves the current engine's result as a new revision.">
          <RescoreComparison before={rescore.before} after={rescore.after} />
          <ReviseForm action={reviseAssessmentAction} target={target} submitLabel="Save the re-score">
            {hiddenAnswers.map(([key, value]) => (
              <input key={key} type="hidden" name={key} value={value} />
            ))}
            <input type="hidden" name="teamSkills-present" value="1" />
          </ReviseForm>
        </Section>
      ) : null}
      {canShare ? (
        <Section id="share" title="Share with a hiring lead" intro="A view-only link to the result and the hiring plan; no account needed. Revoke it at any time.">
          <ShareLinkForm action={createShareLinkAction} assessmentId={id} teamSlug={teamSlug} />
          <ShareLinkList links={links} assessmentId={id} teamSlug={teamSlug} revoke={revokeShareLinkAction} />
        </Section>
      ) : null}
      {canEdit ? (
        <>
          <Section id="status" title="Status">
            <StatusForm action={changeStatusAction} target={target} status={assessment.status} successors={successors} />
          </Section>
          <Section id="edit" title="Edit the answers" intro="Saving makes a new revision; the earlier ones and their results stay.">
            <ReviseForm action={reviseAssessmentAction} target={target} submitLabel="Save as a new revision">
              <AnswersFields answers={latest.answers} />
            </ReviseForm>
          </Section>
        </>
      ) : null}
      <RevisionList revisions={revisions} />
      <AssessmentComments actor={actor} assessmentId={id} teamSlug={teamSlug} answers={latest.answers} answer={answer} canWrite={can(actor, "comment:write", resource)} />
    </div>
  );
}

/** The discussion at the foot of the Review page; `answer` (a query parameter) narrows it to one answer. */
async function AssessmentComments({ actor, assessmentId, teamSlug, answers, answer, canWrite }: { actor: Actor; assessmentId: string; teamSlug: string; answers: Traits; answer: string | string[] | undefined; canWrite: boolean }) {
  const selected = typeof answer === "string" && isTraitKey(answer) ? answer : null;
  const [comments, members] = await Promise.all([listComments(actor, assessmentId), canWrite ? listMentionable(actor, assessmentId) : Promise.resolve([])]);
  const entries = traitKeys.map((key) => ({ key, question: questionsByKey[key].short, answer: answerLabel(key, answers[key]) }));
  return (
    <CommentsPanel
      comments={comments}
      answers={entries}
      selected={selected}
      assessmentId={assessmentId}
      teamSlug={teamSlug}
      canWrite={canWrite}
      members={members}
      actions={{ add: addCommentAction, edit: editCommentAction, remove: deleteCommentAction }}
    />
  );
}
