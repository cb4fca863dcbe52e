import Link from "next/link";
import { card, muted, textLink } from "@/components/shared/ui";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { paths } from "@/lib/paths";
import type { TimelineEntry } from "@/lib/workspace/compare";
import { formatDate } from "./labels";

const eventLabels: Record<string, string> = {
  "status.changed": "Status",
  "assessment.superseded": "Superseded",
  "review.requested": "Review requested",
  "review.voted": "Vote",
  "calibration.started": "Calibration",
  "calibration.settled": "Calibration settled",
};

/** Revisions and review events, newest first; each revision links to a comparison with the one before it. */
export function RevisionTimeline({ entries, teamSlug, assessmentId }: { entries: readonly TimelineEntry[]; teamSlug: string; assessmentId: string }) {
  const history = paths.assessmentHistory(teamSlug, assessmentId);
  return (
    <ol aria-label="Timeline" className={`${card} divide-y divide-slate-200 text-sm dark:divide-slate-800`}>
      {entries.map((entry) => (
        <li key={entry.kind === "revision" ? `revision-${entry.number}` : entry.id} className="flex flex-wrap items-start gap-x-4 gap-y-1 px-4 py-3" data-testid="timeline-entry">
          <time dateTime={entry.at.toISOString()} className={`w-full tabular-nums sm:w-44 sm:shrink-0 ${muted}`}>{formatDate(entry.at)}</time>
          {entry.kind === "revision" ? (
            <div className="min-w-0 flex-1">
              <p>
                <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-800 dark:bg-slate-800 dark:text-brand-200">Revision {entry.number}</span>{" "}
                <strong>{architectureLabels[entry.architecture]}</strong> · saved by {entry.actorName} · engine {entry.engineVersion}
              </p>
              {entry.number > 1 ? (
                <Link className={`${textLink} mt-1 inline-block`} href={`${history}?${new URLSearchParams({ left: String(entry.number - 1), right: String(entry.number) }).toString()}#compare`}>
                  Compare with revision {entry.number - 1}
                </Link>
              ) : null}
            </div>
          ) : (
            <p className="min-w-0 flex-1">
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-200">{eventLabels[entry.action] ?? "Review"}</span>{" "}
              {entry.summary} <span className={muted}>— {entry.actorName}</span>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
