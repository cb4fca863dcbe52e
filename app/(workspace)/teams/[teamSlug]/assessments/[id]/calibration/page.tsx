import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Section } from "@/components/shared/ui";
import { AnswersFields } from "@/components/workspace/answers-fields";
import { AssessmentTabs } from "@/components/workspace/assessment-tabs";
import { AssessmentHeader } from "@/components/workspace/assessment-view";
import { CalibrationAnswersForm, CancelCalibrationForm, SettleCalibrationForm, StartCalibrationForm, type Dispute } from "@/components/workspace/calibration-forms";
import { ComparisonTable, Disagreements, MemberOutcomes, Participants, RoundHistory, SettledRecord, roundStatusLabels } from "@/components/workspace/calibration-view";
import { formatDate } from "@/components/workspace/labels";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { getAssessment } from "@/lib/server/workspace/assessments";
import { getCalibration, listCalibrations, type CalibrationView } from "@/lib/server/workspace/calibration";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { listMembers } from "@/lib/server/workspace/teams";
import type { CalibrationAnalysis } from "@/lib/workspace/calibration";
import { can } from "@/lib/workspace/policies";
import { checkEdit } from "@/lib/workspace/review-workflow";
import { cancelCalibrationAction, settleCalibrationAction, startCalibrationAction, submitCalibrationAnswersAction } from "../../../../calibration-actions";

export const metadata: Metadata = { title: "Calibration", robots: { index: false } };

const callout = "rounded-xl border border-brand-100 bg-brand-50 p-4 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

/** The settle form's questions: each answer given, who gave it and where it leads. */
function disputesOf(analysis: CalibrationAnalysis): Dispute[] {
  return analysis.traits
    .filter((comparison) => comparison.disagreement !== "none")
    .map((comparison) => ({
      trait: comparison.trait,
      label: comparison.label,
      changesRecommendation: comparison.changesRecommendation,
      options: comparison.alternatives.map((alternative) => ({
        key: alternative.key,
        label: alternative.label,
        saved: alternative.saved,
        who: alternative.members.map((member) => member.name).join(", "),
        architecture: architectureLabels[alternative.architecture],
      })),
    }));
}

export default async function CalibrationPage({ params, searchParams }: { params: Promise<{ teamSlug: string; id: string }>; searchParams: Promise<{ round?: string | string[] }> }) {
  const [{ teamSlug, id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor(paths.assessmentCalibration(teamSlug, id));
  const loaded = await getAssessment(actor, id).catch((error: unknown) => {
    if (error instanceof WorkspaceError) notFound();
    throw error;
  });
  const { assessment, latest, team, role } = loaded;
  if (team.slug !== teamSlug) notFound();
  const resource = { personal: team.personal, role };
  const rounds = await listCalibrations(actor, id);
  const open = rounds.find((round) => round.status === "open");
  const asked = typeof query.round === "string" ? rounds.find((round) => round.id === query.round) : undefined;
  const shown = asked ?? open ?? rounds[0];
  const editable = checkEdit(assessment.status);
  const canStart = !open && editable.ok && can(actor, "calibration:start", resource);
  const [view, members] = await Promise.all([shown ? getCalibration(actor, shown.id) : Promise.resolve(null), canStart ? listMembers(actor, team.id) : Promise.resolve([])]);
  const target = { assessmentId: id, teamSlug };
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <AssessmentHeader assessment={assessment} latest={latest} teamSlug={teamSlug} />
      <AssessmentTabs teamSlug={teamSlug} assessmentId={id} current="calibration" />
      <Section
        id="calibration"
        title="Calibrate the answers"
        intro="Ask teammates to answer the same questions on their own. No one sees anyone else's answers until they have sent theirs; then the team sees where it disagrees, and which disagreements would change the recommendation."
      >
        {canStart ? (
          <StartCalibrationForm action={startCalibrationAction} target={target} members={members.map((member) => ({ ...member, isMe: member.userId === actor.userId }))} />
        ) : null}
        {!open && !editable.ok ? <p className={callout}>{editable.message} Calibration saves a new revision, so it is closed too.</p> : null}
        {!open && editable.ok && !canStart ? <p className={callout}>No round is open. Owners and editors can start one.</p> : null}
      </Section>
      {view ? <RoundSection view={view} me={actor.userId} target={target} version={assessment.version} /> : null}
      {rounds.length > 1 ? (
        <Section id="rounds" title="All rounds" intro="Every round stays on record with who answered what.">
          <RoundHistory rounds={rounds} current={shown?.id} teamSlug={teamSlug} assessmentId={id} />
        </Section>
      ) : null}
    </div>
  );
}

function RoundSection({ view, me, target, version }: { view: CalibrationView; me: string; target: { assessmentId: string; teamSlug: string }; version: number }) {
  const { round } = view;
  return (
    <>
      <Section id="round" title={round.status === "open" ? "The open round" : `${roundStatusLabels[round.status]} round`}>
        <p data-testid="round-status">
          Started by {round.createdByName} on {formatDate(round.createdAt)} · {round.answered} of {round.invited} answered · {roundStatusLabels[round.status]}
        </p>
        <Participants view={view} me={me} />
        {view.can.cancel ? (
          <div className="mt-4">
            <CancelCalibrationForm action={cancelCalibrationAction} target={target} roundId={round.id} />
          </div>
        ) : null}
      </Section>
      {!view.revealed ? (
        <p className={`${callout} mt-8`} data-testid="answers-hidden">
          {view.mine.invited ? "Everyone's answers appear here once you have sent yours (below)." : "The answers stay hidden from you while the round is open; they appear once it is settled."}
        </p>
      ) : null}
      {view.analysis ? <Comparison analysis={view.analysis} /> : null}
      {view.can.settle && view.analysis ? (
        <Section id="settle" title="Settle the round" intro="Choose the answer to keep for each disputed question. The answers kept are saved as the assessment's next revision; the round keeps who answered what.">
          <SettleCalibrationForm action={settleCalibrationAction} target={target} roundId={round.id} version={version} disputes={disputesOf(view.analysis)} />
        </Section>
      ) : null}
      {view.can.answer ? (
        <Section
          id="my-answers"
          title="Your answers"
          intro={
            view.mine.submittedAt
              ? `You sent these on ${formatDate(view.mine.submittedAt)}. Change anything you see differently until the round is settled.`
              : "Answer as you see the project, without looking at the saved answers or asking the others first. Every question starts empty on purpose: a prefilled answer nudges you towards it."
          }
        >
          <CalibrationAnswersForm action={submitCalibrationAnswersAction} target={target} roundId={round.id} sent={view.mine.submittedAt !== null}>
            {/* Keyed by the last submission: the fields remount with the answers just sent (empty fields keep no stale choice). */}
            <AnswersFields key={view.mine.submittedAt?.toISOString() ?? "empty"} answers={view.mine.answers} idPrefix="calibration" />
          </CalibrationAnswersForm>
        </Section>
      ) : null}
      {view.settlement ? (
        <Section id="settled" title="What was settled">
          <SettledRecord settlement={view.settlement} round={round} teamSlug={target.teamSlug} />
        </Section>
      ) : null}
      {round.status === "cancelled" ? <p className={`${callout} mt-8`}>This round was cancelled; the assessment was not changed. The answers sent stay on record.</p> : null}
    </>
  );
}

function Comparison({ analysis }: { analysis: CalibrationAnalysis }) {
  const decisive = analysis.decisive.length;
  return (
    <>
      <Section
        id="disagreements"
        title="Where you disagree"
        intro={
          decisive > 0
            ? `${decisive === 1 ? "One disagreement changes" : `${decisive} disagreements change`} the recommendation; ${decisive === 1 ? "it comes" : "they come"} first. Each answer shows where it leads with every other answer as saved.`
            : "None of the disagreements changes the recommendation on its own. Each answer shows where it leads with every other answer as saved."
        }
      >
        <Disagreements analysis={analysis} />
      </Section>
      <Section id="outcomes" title="Under each person's answers" intro="The recommendation each person's full set of answers leads to.">
        <MemberOutcomes analysis={analysis} />
      </Section>
      <Section id="side-by-side" title="Every answer side by side" intro="Answers that differ from the saved ones are highlighted.">
        <ComparisonTable analysis={analysis} />
      </Section>
    </>
  );
}
