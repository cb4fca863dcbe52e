import Link from "next/link";
import { card, muted } from "@/components/shared/ui";
import { paths } from "@/lib/paths";
import type { ReviewSummary } from "@/lib/server/workspace/review";
import { verdictLabels, type Verdict } from "@/lib/workspace/review-workflow";
import { formatDate } from "./labels";

const verdictStyles: Record<Verdict, string> = {
  approve: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  request_changes: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  abstain: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
};

/** The tally against the approvals needed, then who said what (votes on earlier revisions marked as such). */
export function ReviewTally({ review }: { review: ReviewSummary }) {
  const { tally, requiredApprovals } = review;
  const missing = Math.max(0, requiredApprovals - tally.approve);
  return (
    <div className={`${card} p-4`}>
      <p className="text-lg font-semibold" data-testid="review-tally">
        {tally.approve} of {requiredApprovals} approval{requiredApprovals === 1 ? "" : "s"}
        {tally.request_changes > 0 ? ` · ${tally.request_changes} requesting changes` : ""}
        {tally.abstain > 0 ? ` · ${tally.abstain} abstaining` : ""}
      </p>
      <p className={`text-sm ${muted}`}>
        {review.status === "proposed"
          ? tally.request_changes > 0
            ? "Changes were requested: settle them (edit the answers or talk it through) before accepting."
            : missing > 0
              ? `${missing} more approval${missing === 1 ? "" : "s"} of revision ${review.revision} needed before it can be accepted.`
              : "Enough approvals: an owner or editor can accept it."
          : `Votes are counted on the current revision (${review.revision}).`}
      </p>
      {review.votes.length > 0 ? (
        <ul aria-label="Votes" className="mt-3 divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {review.votes.map((vote) => (
            <li key={vote.userId} className="py-2" data-testid="vote">
              <span className="font-semibold">{vote.userName}</span>{" "}
              <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-semibold ${verdictStyles[vote.verdict]}`}>{verdictLabels[vote.verdict]}</span>
              {vote.current ? null : <span className={`ml-2 text-xs ${muted}`}>on revision {vote.revisionNumber}, not counted</span>}
              <span className={`ml-2 text-xs ${muted}`}>{formatDate(vote.updatedAt)}</span>
              {vote.note ? <p className="mt-1 whitespace-pre-line break-words">{vote.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className={`mt-3 text-sm ${muted}`}>No votes yet.</p>
      )}
    </div>
  );
}

/** Links to the assessments this one replaced. */
export function SupersedesNote({ review, teamSlug }: { review: ReviewSummary; teamSlug: string }) {
  if (review.supersedes.length === 0) return null;
  return (
    <p className="mt-2">
      Supersedes{" "}
      {review.supersedes.map((previous, i) => (
        <span key={previous.id}>
          {i > 0 ? ", " : ""}
          <Link className="font-semibold text-brand-700 underline dark:text-brand-300" href={paths.assessment(teamSlug, previous.id)}>
            {previous.title}
          </Link>
        </span>
      ))}
    </p>
  );
}
