import Link from "next/link";
import { card, muted } from "@/components/shared/ui";
import { paths } from "@/lib/paths";
import type { ActivityEntry } from "@/lib/server/workspace/activity";
import type { ActivityAction } from "@/lib/workspace/activity";
import { formatDate } from "./labels";

const groupLabels: Record<string, string> = {
  assessment: "Assessment",
  status: "Status",
  review: "Review",
  comment: "Comment",
  calibration: "Calibration",
  "share-link": "Share link",
  member: "Members",
  team: "Team",
};

const groupOf = (action: ActivityAction) => groupLabels[action.split(".")[0] ?? ""] ?? "Activity";

/** The team's audit log, newest first: who did what, when, with a link to the assessment it concerns. */
export function ActivityFeed({ entries, teamSlug, nextHref }: { entries: readonly ActivityEntry[]; teamSlug: string; nextHref: string | null }) {
  if (entries.length === 0) return <p className={muted}>Nothing has happened in this team yet.</p>;
  return (
    <>
      <ol aria-label="Activity" className={`${card} divide-y divide-slate-200 dark:divide-slate-800`}>
        {entries.map((entry) => (
          <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 text-sm" data-testid="activity-entry">
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-200">{groupOf(entry.action)}</span>
            <span className="min-w-0 flex-1 break-words">
              <strong>{entry.actorName}</strong> {entry.summary}
              {entry.assessmentId ? (
                <>
                  {" · "}
                  <Link href={paths.assessment(teamSlug, entry.assessmentId)} className="text-brand-700 underline dark:text-brand-300">
                    open
                  </Link>
                </>
              ) : null}
            </span>
            <time dateTime={entry.createdAt.toISOString()} className={`text-xs ${muted}`}>
              {formatDate(entry.createdAt)}
            </time>
          </li>
        ))}
      </ol>
      {nextHref ? (
        <p className="mt-4">
          <Link href={nextHref} className="font-semibold text-brand-700 underline dark:text-brand-300">
            Older activity
          </Link>
        </p>
      ) : null}
    </>
  );
}
