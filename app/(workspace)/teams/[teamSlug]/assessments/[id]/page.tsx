import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Section } from "@/components/shared/ui";
import { AnswersFields } from "@/components/workspace/answers-fields";
import { ReviseForm, ShareLinkForm } from "@/components/workspace/assessment-forms";
import { AssessmentTabs } from "@/components/workspace/assessment-tabs";
import { AssessmentHeader, RescoreComparison, RevisionList } from "@/components/workspace/assessment-view";
import { RequestReviewForm, StatusMoveForm, SuccessorForm, VoteForm } from "@/components/workspace/review-forms";
import { ReviewTally, SupersedesNote } from "@/components/workspace/review-panel";
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
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { getReview } from "@/lib/server/workspace/review";
import { listShareLinks } from "@/lib/server/workspace/share-links";
import { listMembers } from "@/lib/server/workspace/teams";
import { can, type Actor } from "@/lib/workspace/policies";
import type { Traits } from "@/lib/decision/traits";
import { checkEdit, checkSupersede, nextStatuses } from "@/lib/workspace/review-workflow";
import { createShareLinkAction, reviseAssessmentAction, revokeShareLinkAction } from "../../../assessment-actions";
import { changeStatusAction, requestReviewAction, saveSuccessorAction, voteAction } from "../../../review-actions";

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
  const canEdit = can(actor, "assessment:edit", resource) && checkEdit(assessment.status).ok;
  const canMove = can(actor, "review:change-status", resource);
  const canShare = can(actor, "share-link:manage", resource);
  const canSucceed = can(actor, "assessment:edit", resource) && checkSupersede(assessment.status).ok;
  const [revisions, rescore, links, review, members] = await Promise.all([
    listRevisions(actor, id),
    rescorePreview(actor, id),
    canShare ? listShareLinks(actor, id) : Promise.resolve([]),
    getReview(actor, id),
    canMove && assessment.status === "draft" ? listMembers(actor, team.id) : Promise.resolve([]),
  ]);
  const target = { assessmentId: id, teamSlug, version: assessment.version };
  const successorTitle = assessment.supersededById ? (await getAssessment(actor, assessment.supersededById).catch(() => null))?.assessment.title : undefined;
  const hiddenAnswers = [...traitsToSearchParams(latest.answers).entries()];
  const myVote = review.votes.find((vote) => vote.userId === actor.userId && vote.current);
  const moves = assessment.status === "draft" ? [] : nextStatuses(assessment.status);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <AssessmentHeader assessment={assessment} latest={latest} teamSlug={teamSlug} successorTitle={successorTitle} />
      <SupersedesNote review={review} teamSlug={teamSlug} />
      <AssessmentTabs teamSlug={teamSlug} assessmentId={id} current="overview" />
      <Section id="review" title="Review" intro="Members vote on the current revision; owners and editors move the decision from draft to proposed to accepted or rejected.">
        <ReviewTally review={review} />
        {assessment.status === "proposed" && can(actor, "review:vote", resource) ? (
          <div className="mt-6">
            <VoteForm action={voteAction} target={target} current={myVote ? { verdict: myVote.verdict, note: myVote.note } : undefined} />
          </div>
        ) : null}
        {canMove && assessment.status === "draft" ? (
          <div className="mt-6">
            <RequestReviewForm
              action={requestReviewAction}
              target={target}
              defaultApprovals={assessment.requiredApprovals}
              members={members.filter((m) => m.userId !== actor.userId).map((m) => ({ userId: m.userId, name: m.name }))}
            />
          </div>
        ) : null}
        {canMove && moves.length > 0 ? (
          <div className="mt-6">
            <StatusMoveForm action={changeStatusAction} target={target} moves={moves} />
          </div>
        ) : null}
      </Section>
      <AssessmentComments actor={actor} assessmentId={id} teamSlug={teamSlug} answers={latest.answers} answer={answer} canWrite={can(actor, "comment:write", resource)} />
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
      {canEdit ? (
        <Section id="edit" title="Edit the answers" intro="Saving makes a new revision; the earlier ones and their results stay. Votes on earlier revisions stop counting.">
          <ReviseForm action={reviseAssessmentAction} target={target} submitLabel="Save as a new revision">
            <AnswersFields answers={latest.answers} />
          </ReviseForm>
        </Section>
      ) : null}
      {canSucceed ? (
        <Section id="change" title="Change this decision" intro="An accepted decision is locked. Your changes become a new draft assessment that supersedes this one; both stay linked.">
          <SuccessorForm action={saveSuccessorAction} target={target} title={assessment.title}>
            <AnswersFields answers={latest.answers} />
          </SuccessorForm>
        </Section>
      ) : null}
      {canShare ? (
        <Section id="share" title="Share with a hiring lead" intro="A view-only link to the result and the hiring plan; no account needed. Revoke it at any time.">
          <ShareLinkForm action={createShareLinkAction} assessmentId={id} teamSlug={teamSlug} />
          <ShareLinkList links={links} assessmentId={id} teamSlug={teamSlug} revoke={revokeShareLinkAction} />
        </Section>
      ) : null}
      <RevisionList revisions={revisions} />
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
