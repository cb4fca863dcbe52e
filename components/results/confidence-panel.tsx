import { architectureStyle } from "@/components/shared/architecture-style";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { confidenceExplanation, confidenceLevelLabels, hangsOnLines, unsureViews } from "@/lib/decision/confidence-copy";
import type { Traits } from "@/lib/decision/traits";
import type { Recommendation } from "@/lib/decision/types";

/** How sure the pick is, in words, and the answers it hangs on. Server-rendered: nothing here ships as client data. */
export function ConfidencePanel({ traits, result }: { traits: Traits; result: Recommendation }) {
  const basis = result.confidenceBasis;
  if (!basis) return null;
  const { architecture, runnerUp } = result.recommendation;
  const lines = hangsOnLines(basis, traits);
  return (
    <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-testid="confidence-basis" data-level={basis.level}>
      <p>
        <strong className="font-semibold" data-testid="confidence-level">
          {confidenceLevelLabels[basis.level]}.
        </strong>{" "}
        {confidenceExplanation(basis, architecture, runnerUp)}
      </p>
      {lines.length > 0 ? (
        <>
          <p className="mt-3 text-sm font-semibold">It hangs on these answers:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" data-testid="hangs-on">
            {lines.map((line) => (
              <li key={line.key}>
                {line.text}, it would be <span className={architectureStyle[line.architecture].text}>{architectureLabels[line.architecture]}</span>.
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** "Answer these to firm up": each answer marked Not sure, the value assumed, and the pick under each of its values. */
export function UnsureAnswers({ result }: { result: Recommendation }) {
  const views = unsureViews(result.unsure ?? [], result.recommendation.architecture);
  if (views.length === 0) return null;
  return (
    <ul className="grid gap-4 sm:grid-cols-2" data-testid="unsure-answers">
      {views.map((view) => (
        <li key={view.trait} className="break-inside-avoid rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-unsure={view.trait} data-changes-pick={view.changesPick}>
          <p className="font-semibold">{view.question}</p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {view.changesPick ? "This one can change the recommendation: answer it first." : "Whatever the answer, the recommendation stays the same."} Planning with “{view.assumed}”
            for now.
          </p>
          <table className="mt-3 w-full text-sm">
            <caption className="sr-only">The recommendation under each answer</caption>
            <thead>
              <tr className="text-left text-slate-600 dark:text-slate-400">
                <th scope="col" className="pb-1 font-normal">
                  If it is
                </th>
                <th scope="col" className="pb-1 font-normal">
                  Recommendation
                </th>
              </tr>
            </thead>
            <tbody>
              {view.outcomes.map((outcome) => (
                <tr key={outcome.value} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-1 pr-2">{outcome.value}</td>
                  <td className={`py-1 ${outcome.differs ? "font-semibold" : ""}`}>{outcome.architecture}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}

/** How to build it: the approaches inside the architecture these answers support, each with its reason. */
export function ApproachList({ result }: { result: Recommendation }) {
  const approaches = result.approaches ?? [];
  if (approaches.length === 0) return null;
  return (
    <ul className="space-y-3" data-testid="approaches">
      {approaches.map((approach) => (
        <li key={approach.id} className="break-inside-avoid rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-approach={approach.id}>
          <p className="font-semibold">{approach.name}</p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{approach.reason}</p>
        </li>
      ))}
    </ul>
  );
}
