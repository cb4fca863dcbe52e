import { card, muted, td, th } from "@/components/shared/ui";
import { effectsText } from "@/lib/decision/decision-record";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { isIdentical, shiftText, type Comparison } from "@/lib/workspace/compare";

const percent = (value: number) => `${Math.round(value * 100)}%`;
const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "±0");

/** Two sides of a comparison, as the page names them ("Revision 3", an assessment's title). */
export interface CompareLabels {
  left: string;
  right: string;
}

/** Everything that differs between two saved results: the outcome, the answers, and the answers that moved it. */
export function ComparisonView({ comparison, labels }: { comparison: Comparison; labels: CompareLabels }) {
  if (isIdentical(comparison)) {
    return (
      <p className={`${card} p-5`} data-testid="compare-identical">
        {labels.left} and {labels.right} have the same answers and the same result.
      </p>
    );
  }
  return (
    <div className="space-y-10" data-testid="comparison">
      <RecomputedNote comparison={comparison} labels={labels} />
      <ResultDifferences comparison={comparison} labels={labels} />
      <AnswerDifferences comparison={comparison} labels={labels} />
      <FactorDifferences comparison={comparison} labels={labels} />
    </div>
  );
}

function RecomputedNote({ comparison, labels }: { comparison: Comparison; labels: CompareLabels }) {
  const notes = [
    comparison.recomputed.left ? `${labels.left} was saved without per-answer detail; it is shown as engine ${comparison.recomputed.left} scores it today.` : null,
    comparison.recomputed.right ? `${labels.right} was saved without per-answer detail; it is shown as engine ${comparison.recomputed.right} scores it today.` : null,
    comparison.result.engineVersion.changed
      ? `The two were scored by different engine versions (${comparison.result.engineVersion.left} and ${comparison.result.engineVersion.right}): part of the difference may come from the engine, not the answers.`
      : null,
  ].filter((note): note is string => note !== null);
  if (notes.length === 0) return null;
  return (
    <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

function ResultDifferences({ comparison, labels }: { comparison: Comparison; labels: CompareLabels }) {
  const { result } = comparison;
  return (
    <section aria-labelledby="compare-result-heading">
      <h3 id="compare-result-heading" className="text-xl font-bold">Result</h3>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {(["left", "right"] as const).map((side) => (
          <div key={side} className={`${card} p-4`} data-testid={`compare-${side}-outcome`}>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{labels[side]}</p>
            <p className="mt-1 text-lg font-bold">{architectureLabels[result.architecture[side]]}</p>
            <p className={`text-sm ${muted}`}>
              Confidence {percent(result.confidence[side])} · runner-up {architectureLabels[result.runnerUp[side]]} · engine {result.engineVersion[side]}
            </p>
          </div>
        ))}
      </div>
      <p className="mt-3 font-semibold" data-testid="compare-verdict">
        {result.architecture.changed
          ? `The recommendation changed from ${architectureLabels[result.architecture.left]} to ${architectureLabels[result.architecture.right]}.`
          : `Both recommend ${architectureLabels[result.architecture.right]}${result.confidence.changed ? `, with confidence ${percent(result.confidence.left)} → ${percent(result.confidence.right)}` : ""}.`}
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Scores on each side, out of 100</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className={`${th} text-left`}>Option</th>
              <th scope="col" className={`${th} text-right`}>{labels.left}</th>
              <th scope="col" className={`${th} text-right`}>{labels.right}</th>
              <th scope="col" className={`${th} text-right`}>Change</th>
            </tr>
          </thead>
          <tbody>
            {result.scores.map((score) => (
              <tr key={score.architecture} className="border-b border-slate-100 dark:border-slate-900">
                <th scope="row" className={`${td} text-left font-medium`}>{architectureLabels[score.architecture]}</th>
                <td className={`${td} text-right tabular-nums`}>{score.left}</td>
                <td className={`${td} text-right tabular-nums`}>{score.right}</td>
                <td className={`${td} text-right tabular-nums ${score.delta === 0 ? muted : "font-semibold"}`}>{signed(score.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AnswerDifferences({ comparison, labels }: { comparison: Comparison; labels: CompareLabels }) {
  return (
    <section aria-labelledby="compare-answers-heading">
      <h3 id="compare-answers-heading" className="text-xl font-bold">Answers that differ</h3>
      {comparison.answers.length === 0 ? (
        <p className={`mt-2 ${muted}`}>Every answer is the same on both sides.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="compare-answers">
            <caption className="sr-only">Answers that differ between {labels.left} and {labels.right}</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th scope="col" className={`${th} text-left`}>Question</th>
                <th scope="col" className={`${th} text-left`}>{labels.left}</th>
                <th scope="col" className={`${th} text-left`}>{labels.right}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.answers.map((answer) => (
                <tr key={answer.trait} className="border-b border-slate-100 dark:border-slate-900" data-testid="compare-answer">
                  <th scope="row" className={`${td} text-left font-medium`}>{answer.label}</th>
                  <td className={td}>{answer.left}</td>
                  <td className={td}>{answer.right}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function FactorDifferences({ comparison, labels }: { comparison: Comparison; labels: CompareLabels }) {
  const { gap } = comparison;
  return (
    <section aria-labelledby="compare-factors-heading">
      <h3 id="compare-factors-heading" className="text-xl font-bold">What made the difference</h3>
      <p className={`mt-2 max-w-3xl ${muted}`}>
        Each answer adds or takes points from the options. These are the answers whose points changed, ranked by how far they moved{" "}
        {gap.towards === gap.against ? "the scores" : `the gap between ${architectureLabels[gap.towards]} and ${architectureLabels[gap.against]}`}.
      </p>
      {comparison.factors.length === 0 ? (
        <p className={`mt-3 ${muted}`}>No answer&apos;s points changed: any difference in the scores comes from the engine version.</p>
      ) : (
        <ol className="mt-4 space-y-3" data-testid="compare-factors">
          {comparison.factors.map((factor) => (
            <li key={factor.trait} className={`${card} p-4`} data-testid="compare-factor">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold">{factor.label}</p>
                <p className={`text-sm font-semibold ${factor.shift === 0 ? muted : "text-brand-800 dark:text-brand-200"}`}>{shiftText(factor.shift, gap)}</p>
              </div>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                <div>
                  <dt className="font-medium">{labels.left}: {factor.leftAnswer}</dt>
                  <dd className={muted}>{effectsText(factor.left) || "No effect on the scores"}</dd>
                </div>
                <div>
                  <dt className="font-medium">{labels.right}: {factor.rightAnswer}</dt>
                  <dd className={muted}>{effectsText(factor.right) || "No effect on the scores"}</dd>
                </div>
              </dl>
              {factor.rationale ? <p className={`mt-2 text-sm ${muted}`}>{factor.rationale}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
