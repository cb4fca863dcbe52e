import Link from "next/link";
import { InvalidAnswersList } from "@/components/invalid-answers-list";
import type { ResultIssue } from "@/components/results/results-data";
import { paths } from "@/lib/paths";
import { muted, primaryButton } from "./ui";

/** A planner link that cannot be planned: what is missing or wrong, and the way back to the questions. */
export function InvalidPlan({ issues, anyGiven }: { issues: ResultIssue[]; anyGiven: boolean }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12" data-testid="invalid-plan">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">Team and cost plan</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{anyGiven ? "This plan link is missing some answers" : "No answers to plan from yet"}</h1>
      <p className={`mt-4 text-lg ${muted}`}>
        {anyGiven
          ? "A plan is built from the answers carried in its link. Some of this link's answers are missing or not recognised, so there is no team or budget to plan yet."
          : "A plan is built from your answers about the project. Answer the questions (about five minutes, no account needed): the result page links to its team and cost plan."}
      </p>

      <div className="mt-8 flex flex-wrap gap-3">
        <Link href={paths.assess()} className={`${primaryButton} px-5 py-3 text-base`}>
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
