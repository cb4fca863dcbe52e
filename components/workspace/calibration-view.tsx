import Link from "next/link";
import { architectureStyle } from "@/components/shared/architecture-style";
import { card } from "@/components/shared/ui";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import type { Architecture } from "@/lib/decision/types";
import { paths } from "@/lib/paths";
import type { CalibrationView, RoundSummary, StoredSettlement } from "@/lib/server/workspace/calibration";
import type { CalibrationAnalysis, TraitComparison } from "@/lib/workspace/calibration";
import { formatDate } from "./labels";

const pill = "inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold";
const decisiveBadge = `${pill} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100`;
const disputedBadge = `${pill} bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100`;

export const roundStatusLabels: Record<RoundSummary["status"], string> = { open: "Open", settled: "Settled", cancelled: "Cancelled" };

/** An architecture in its colour. */
export function ArchitectureName({ architecture }: { architecture: Architecture }) {
  return <span className={`font-semibold ${architectureStyle[architecture].text}`}>{architectureLabels[architecture]}</span>;
}

/** Everyone asked, and whether they have answered: names only. */
export function Participants({ view, me }: { view: CalibrationView; me: string }) {
  return (
    <ul aria-label="Who was asked" className="mt-3 flex flex-wrap gap-2">
      {view.participants.map((person) => (
        <li key={person.userId} data-testid="participant" className="flex items-center gap-2 rounded-full border border-slate-200 py-1 pl-3 pr-1 text-sm dark:border-slate-800">
          <span className="font-medium">{person.userId === me ? `${person.name} (you)` : person.name}</span>
          {person.submittedAt ? (
            <span className={`${pill} bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100`}>Answered</span>
          ) : (
            <span className={`${pill} bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200`}>Not yet</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The recommendation under the saved answers and under each member's own full set. */
export function MemberOutcomes({ analysis }: { analysis: CalibrationAnalysis }) {
  return (
    <ul aria-label="Recommendation under each person's answers" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <li className={`${card} p-4`}>
        <p className="text-sm text-slate-700 dark:text-slate-300">Saved answers</p>
        <p className="mt-1 text-lg">
          <ArchitectureName architecture={analysis.saved.architecture} />
        </p>
      </li>
      {analysis.members.map((member) => (
        <li key={member.userId} className={`${card} p-4`} data-testid="member-outcome">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {member.name}&rsquo;s answers · {member.differences === 0 ? "same as saved" : `${member.differences} differ from saved`}
          </p>
          <p className="mt-1 text-lg">
            <ArchitectureName architecture={member.architecture} />
            {member.architecture !== analysis.saved.architecture ? <span className="ml-2 text-sm font-normal">(differs from the saved recommendation)</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Badge({ comparison }: { comparison: TraitComparison }) {
  if (comparison.changesRecommendation) return <span className={decisiveBadge}>Changes the recommendation</span>;
  if (comparison.disagreement === "members") return <span className={disputedBadge}>Members disagree</span>;
  if (comparison.disagreement === "saved") return <span className={disputedBadge}>Differs from saved</span>;
  return null;
}

/** Per disputed question: each answer given, who gave it, and the recommendation with only that answer changed. */
export function Disagreements({ analysis }: { analysis: CalibrationAnalysis }) {
  const disputed = analysis.traits.filter((comparison) => comparison.disagreement !== "none");
  if (disputed.length === 0) return <p className={`${card} p-4`}>Everyone answered every question the way the saved answers do.</p>;
  return (
    <ol aria-label="Disagreements" className="grid gap-4 md:grid-cols-2">
      {disputed.map((comparison) => (
        <li key={comparison.trait} data-testid="disagreement" data-trait={comparison.trait} className={`${card} p-4 ${comparison.changesRecommendation ? "border-amber-300 bg-amber-50/60 dark:border-amber-800 dark:bg-amber-950/30" : ""}`}>
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{comparison.label}</h3>
            <Badge comparison={comparison} />
          </div>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{comparison.question}</p>
          <ul className="mt-3 grid gap-2 text-sm">
            {comparison.alternatives.map((alternative) => (
              <li key={alternative.key} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-t border-slate-200 pt-2 dark:border-slate-800">
                <span>
                  <strong>{alternative.label}</strong>
                  <span className="text-slate-700 dark:text-slate-300">
                    {alternative.saved ? " · saved" : ""}
                    {alternative.members.length > 0 ? ` · ${alternative.members.map((member) => member.name).join(", ")}` : ""}
                  </span>
                </span>
                <span>
                  → <ArchitectureName architecture={alternative.architecture} />
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** Every question × every member, the saved answer beside; disagreements marked, those that change the recommendation first. */
export function ComparisonTable({ analysis }: { analysis: CalibrationAnalysis }) {
  return (
    // Focusable, so a keyboard can scroll it sideways on a narrow screen.
    <div className={`${card} overflow-x-auto`} tabIndex={0} role="region" aria-label="Every answer side by side">
      <table className="min-w-full text-sm" data-testid="comparison-table">
        <caption className="sr-only">Every answer side by side: the saved answer and each member&rsquo;s</caption>
        <thead className="bg-slate-50 text-left dark:bg-slate-900">
          <tr>
            <th scope="col" className="px-3 py-2">Question</th>
            <th scope="col" className="px-3 py-2">Saved</th>
            {analysis.members.map((member) => (
              <th key={member.userId} scope="col" className="px-3 py-2">{member.name}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {analysis.traits.map((comparison) => (
            <tr key={comparison.trait} data-trait={comparison.trait} className={comparison.changesRecommendation ? "bg-amber-50/70 dark:bg-amber-950/30" : ""}>
              <th scope="row" className="px-3 py-2 text-left align-top font-semibold">
                {comparison.label}
                <span className="mt-1 block">
                  <Badge comparison={comparison} />
                </span>
              </th>
              <td className="px-3 py-2 align-top">{comparison.saved.label}</td>
              {comparison.answers.map((answer) => (
                <td key={answer.userId} className="px-3 py-2 align-top">
                  {answer.differsFromSaved ? (
                    <span className="rounded bg-amber-100 px-1 font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">
                      {answer.label}
                      <span className="sr-only"> (differs from saved)</span>
                    </span>
                  ) : (
                    answer.label
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The closed round's record: per disputed question, everyone's answer and the one kept. */
export function SettledRecord({ settlement, round, teamSlug }: { settlement: StoredSettlement; round: RoundSummary; teamSlug: string }) {
  return (
    <div data-testid="settled-record">
      <p>
        Settled by <strong>{settlement.settledBy}</strong>
        {round.settledAt ? ` on ${formatDate(round.settledAt)}` : ""}, compared with revision {settlement.savedRevision} and saved as{" "}
        <Link className="font-semibold text-brand-700 underline dark:text-brand-300" href={paths.assessment(teamSlug, round.assessmentId)}>
          revision {round.settledRevision}
        </Link>
        . The recommendation went from <ArchitectureName architecture={settlement.before} /> to <ArchitectureName architecture={settlement.after} />.
      </p>
      {settlement.traits.length === 0 ? (
        <p className="mt-3">No one disagreed with the saved answers.</p>
      ) : (
        <div className={`${card} mt-4 overflow-x-auto`} tabIndex={0} role="region" aria-label="Who answered what">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Who answered what, and the answer kept</caption>
            <thead className="bg-slate-50 text-left dark:bg-slate-900">
              <tr>
                <th scope="col" className="px-3 py-2">Question</th>
                <th scope="col" className="px-3 py-2">Saved</th>
                {settlement.members.map((member) => (
                  <th key={member.userId} scope="col" className="px-3 py-2">{member.name}</th>
                ))}
                <th scope="col" className="px-3 py-2">Kept</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {settlement.traits.map((trait) => (
                <tr key={trait.trait} data-trait={trait.trait}>
                  <th scope="row" className="px-3 py-2 text-left font-semibold">{trait.label}</th>
                  <td className="px-3 py-2">{trait.saved.label}</td>
                  {trait.answers.map((answer) => (
                    <td key={answer.userId} className="px-3 py-2">{answer.label}</td>
                  ))}
                  <td className="px-3 py-2 font-semibold" data-testid="kept">
                    {trait.kept.label}
                    <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">
                      {trait.kept.saved ? "the saved answer" : `as ${trait.kept.members.map((member) => member.name).join(", ")}`}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        Under their own full answers:{" "}
        {settlement.members.map((member, index) => (
          <span key={member.userId}>
            {index > 0 ? ", " : ""}
            {member.name} → <ArchitectureName architecture={member.architecture} />
          </span>
        ))}
        .
      </p>
    </div>
  );
}

/** Every round of the assessment, newest first; the one shown is marked. */
export function RoundHistory({ rounds, current, teamSlug, assessmentId }: { rounds: readonly RoundSummary[]; current: string | undefined; teamSlug: string; assessmentId: string }) {
  return (
    <ol aria-label="Calibration rounds" className={`${card} divide-y divide-slate-200 text-sm dark:divide-slate-800`}>
      {rounds.map((round) => (
        <li key={round.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
          <span>
            <strong>{roundStatusLabels[round.status]}</strong> · started by {round.createdByName} on {formatDate(round.createdAt)} · {round.answered} of {round.invited} answered
            {round.settledRevision ? ` · saved as revision ${round.settledRevision}` : ""}
          </span>
          {round.id === current ? (
            <span className="text-slate-700 dark:text-slate-300" aria-current="true">Shown above</span>
          ) : (
            <Link className="text-brand-700 underline dark:text-brand-300" href={paths.assessmentCalibration(teamSlug, assessmentId, round.id)}>
              View this round
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
