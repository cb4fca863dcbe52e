import Link from "next/link";
import { questionsByKey, type Question } from "@/lib/decision/trait-catalog";
import { isTraitKey } from "@/lib/decision/trait-keys";
import { paths } from "@/lib/paths";
import type { AnswerIssue } from "@/lib/server/answers-loader";
import { muted, primaryButton } from "./ui";

/** The values a choice question accepts, as "value (label)" pairs; none for a number. */
function expected(question: Question): string | undefined {
  switch (question.kind) {
    case "choice":
    case "boolean":
    case "multi":
      return Object.entries(question.options as Record<string, { label: string }>)
        .map(([value, option]) => `${value} (${option.label})`)
        .join(", ");
    case "number":
      return undefined;
  }
}

/**
 * The answers a results or planner link lacks or gets wrong: one section for the values it does not
 * recognise (with what it said and what is expected), one for the questions it leaves unanswered.
 */
export function InvalidAnswersList({ issues }: { issues: AnswerIssue[] }) {
  const rows = issues.map((issue, index) => {
    const key = issue.path.split(".")[0] ?? "";
    const question: Question | undefined = isTraitKey(key) ? questionsByKey[key] : undefined;
    return { issue, index, question };
  });
  const missing = rows.filter((row) => row.issue.given === undefined);
  const invalid = rows.filter((row) => row.issue.given !== undefined);

  return (
    <>
      {invalid.length > 0 ? (
        <section aria-labelledby="invalid-heading" className="mt-10">
          <h2 id="invalid-heading" className="text-xl font-semibold">
            Not recognised ({invalid.length})
          </h2>
          <ul className="mt-3 space-y-3" data-testid="invalid-answers">
            {invalid.map(({ issue, index, question }) => {
              const options = question ? expected(question) : undefined;
              return (
                <li key={index} className="rounded-xl border border-rose-300 bg-rose-50 p-4 dark:border-rose-500/50 dark:bg-rose-950/30" data-trait={issue.path}>
                  <p className="font-semibold">{question ? `${question.short} (${issue.path})` : issue.path}</p>
                  {question ? <p className={`text-sm ${muted}`}>{question.question}</p> : null}
                  <p className="mt-2 text-sm">
                    The link says <code className="break-all rounded bg-white px-1 py-0.5 font-mono text-rose-900 dark:bg-slate-900 dark:text-rose-200">{issue.given}</code>.{" "}
                    {issue.message}
                  </p>
                  {options ? <p className={`mt-1 text-xs ${muted}`}>Expected: {options}.</p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {missing.length > 0 ? (
        <section aria-labelledby="missing-heading" className="mt-10">
          <h2 id="missing-heading" className="text-xl font-semibold">
            Not answered ({missing.length})
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="missing-answers">
            {missing.map(({ issue, index, question }) => (
              <li key={index} className="p-4" data-trait={issue.path}>
                <p className="font-semibold">{question ? question.short : issue.path}</p>
                <p className={`text-sm ${muted}`}>{question ? question.question : issue.message}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** A results or planner link that cannot be scored: what is missing or wrong, and the way back to the questions. */
export function InvalidLinkPage({
  eyebrow,
  testId,
  title,
  explanation,
  issues,
  anyGiven,
}: {
  eyebrow: string;
  testId: string;
  title: string;
  explanation: string;
  issues: AnswerIssue[];
  anyGiven: boolean;
}) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12" data-testid={testId}>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">{eyebrow}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className={`mt-4 text-lg ${muted}`}>{explanation}</p>

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
