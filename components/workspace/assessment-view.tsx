import Link from "next/link";
import { Section, card, secondaryButton } from "@/components/shared/ui";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { architectures, type Architecture, type Scores } from "@/lib/decision/types";
import { paths } from "@/lib/paths";
import type { AssessmentSummary, Revision } from "@/lib/server/workspace/assessment-records";
import { formatDate, StatusBadge } from "./labels";

/** Title, status, recommendation and provenance of a saved assessment. */
export function AssessmentHeader({ assessment, latest, teamSlug, successorTitle }: { assessment: AssessmentSummary; latest: Revision; teamSlug: string; successorTitle?: string }) {
  const { recommendation } = latest.result;
  return (
    <div>
      <p className="text-sm">
        <Link href={paths.team(teamSlug)} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          ← All assessments
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight" data-testid="assessment-title">{assessment.title}</h1>
        <StatusBadge status={assessment.status} testId="assessment-status" />
      </div>
      {assessment.status === "superseded" && assessment.supersededById ? (
        <p className="mt-2">
          Superseded by{" "}
          <Link className="font-semibold text-brand-700 underline dark:text-brand-300" href={paths.assessment(teamSlug, assessment.supersededById)}>
            {successorTitle ?? "its successor"}
          </Link>
        </p>
      ) : null}
      <div className={`${card} mt-4 p-5`}>
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">Recommendation</p>
        <p className="mt-1 text-2xl font-bold" data-testid="saved-architecture">{architectureLabels[recommendation.architecture]}</p>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{recommendation.summary}</p>
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          Revision {latest.number} by {latest.authorName}, saved {formatDate(latest.createdAt)} under engine {latest.engineVersion} · version {assessment.version}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href={paths.results(latest.answers)} prefetch={false} className={secondaryButton}>Full results</Link>
          <Link href={paths.plan(latest.answers)} prefetch={false} className={secondaryButton}>Hiring plan and costs</Link>
        </div>
      </div>
    </div>
  );
}

function ScoreRow({ label, scores, winner }: { label: string; scores: Scores; winner: Architecture }) {
  return (
    <tr>
      <th scope="row" className="px-3 py-2 text-left font-semibold">{label}</th>
      {architectures.map((a) => (
        <td key={a} className={`px-3 py-2 text-right tabular-nums ${a === winner ? "font-bold" : ""}`}>{scores[a]}</td>
      ))}
    </tr>
  );
}

/** What a re-score under the current engine changes: the winner and every score, before and after. */
export function RescoreComparison({ before, after }: { before: { engineVersion: string; architecture: Architecture; scores: Scores }; after: { engineVersion: string; architecture: Architecture; scores: Scores } }) {
  return (
    <div className="overflow-x-auto">
      <p className="mb-2">
        Engine {before.engineVersion} recommended <strong>{architectureLabels[before.architecture]}</strong>; engine {after.engineVersion} recommends{" "}
        <strong>{architectureLabels[after.architecture]}</strong>.
      </p>
      <table className="min-w-full text-sm">
        <caption className="sr-only">Scores before and after re-scoring</caption>
        <thead>
          <tr>
            <th scope="col" className="px-3 py-2 text-left">Engine</th>
            {architectures.map((a) => (
              <th key={a} scope="col" className="px-3 py-2 text-right">{architectureLabels[a]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <ScoreRow label={`Saved (${before.engineVersion})`} scores={before.scores} winner={before.architecture} />
          <ScoreRow label={`Now (${after.engineVersion})`} scores={after.scores} winner={after.architecture} />
        </tbody>
      </table>
    </div>
  );
}

export function RevisionList({ revisions }: { revisions: readonly Revision[] }) {
  return (
    <Section id="revisions" title="Revisions" intro="Each edit of the answers is kept with the result it gave.">
      <ol aria-label="Revisions" className={`${card} divide-y divide-slate-200 text-sm dark:divide-slate-800`}>
        {revisions.map((revision) => (
          <li key={revision.number} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2" data-testid="revision">
            <span>
              <strong>Revision {revision.number}</strong> · {architectureLabels[revision.architecture]} · engine {revision.engineVersion} · {revision.authorName} · {formatDate(revision.createdAt)}
            </span>
            <Link href={paths.results(revision.answers)} prefetch={false} className="text-brand-700 underline dark:text-brand-300">
              Results of revision {revision.number}
            </Link>
          </li>
        ))}
      </ol>
    </Section>
  );
}
