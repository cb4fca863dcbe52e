import Link from "next/link";
import { InvalidAnswersList } from "@/components/invalid-answers-list";
import { paths } from "@/lib/paths";
import type { ResultIssue } from "./results-data";

/** A friendly explanation of a results link that cannot be scored: what is missing or wrong, and the way back. */
export function InvalidResults({ issues, anyGiven }: { issues: ResultIssue[]; anyGiven: boolean }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12" data-testid="invalid-results">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">Results</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        {anyGiven ? "This link is missing some answers" : "No answers in this link yet"}
      </h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        {anyGiven
          ? "A results link carries every answer in the address itself. This one has answers that are missing or not recognised, so there is nothing to score yet."
          : "A results link carries every answer in the address itself. Answer the questions (about five minutes, no account needed) and you will get a link like that to keep and share."}
      </p>

      <div className="mt-8 flex flex-wrap gap-3">
        <Link href={paths.assess()} className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700">
          {anyGiven ? "Answer the questions" : "Start the assessment"}
        </Link>
        <Link href={paths.home()} className="rounded-lg px-5 py-3 font-semibold text-brand-700 hover:bg-brand-50 dark:text-brand-300 dark:hover:bg-slate-800">
          Back to the home page
        </Link>
      </div>

      {/* With no answer in the link at all there is nothing to list: every question is simply unanswered. */}
      {anyGiven ? <InvalidAnswersList issues={issues} /> : null}
    </div>
  );
}
