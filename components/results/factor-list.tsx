import { effectsText } from "@/lib/decision/decision-record";
import { answerLabel, architectureLabels, questionsByKey } from "@/lib/decision/trait-catalog";
import { architectures, type Architecture, type Factor } from "@/lib/decision/types";
import { isSourceId, sourceArticles } from "@/lib/decision/source-articles";

const shortArchitecture: Record<Architecture, string> = {
  prompt_engineering: "Prompt",
  rag: "RAG",
  fine_tuning: "Fine-tuning",
  hybrid: "Hybrid",
};

function formatEffect(value: number): string {
  const magnitude = Number.isInteger(Math.abs(value)) ? String(Math.abs(value)) : Math.abs(value).toFixed(1);
  return value > 0 ? `+${magnitude}` : `−${magnitude}`;
}

/** The articles the factors cite, in one order, numbered from 1: the factors' reference marks and the list agree. */
function citedSources(factors: Factor[]): string[] {
  return [...new Set(factors.flatMap((factor) => factor.sources))].sort();
}

/** Every answer that moved a score, largest effect first, gates marked. */
export function FactorList({ factors, chosen }: { factors: Factor[]; chosen: Architecture }) {
  const cited = citedSources(factors);
  return (
    <ol className="space-y-2.5" data-testid="factors">
      {factors.map((factor, index) => {
        const effects = architectures.filter((a) => (factor.effects[a] ?? 0) !== 0);
        return (
          <li
            key={`${factor.trait}-${index}`}
            data-gate={factor.gate === true ? "true" : undefined}
            className={`factor ${
              factor.gate === true
                ? "border-amber-400 bg-amber-50 dark:border-amber-500/60 dark:bg-amber-950/30"
                : "edge"
            }`}
          >
            <div className="row-split">
              <p className="font-medium">
                <span className="faint">{questionsByKey[factor.trait].short}:</span>{" "}
                {answerLabel(factor.trait, factor.answer)}
                {factor.gate === true ? (
                  <span className="ml-2 inline-block rounded-full bg-amber-200 px-2 py-0.5 align-middle text-xs font-semibold text-amber-950 [print-color-adjust:exact] dark:bg-amber-400/20 dark:text-amber-200">
                    Feasibility limit
                  </span>
                ) : null}
              </p>
              <ul className="flex flex-wrap gap-1.5" aria-label={`Effect on scores: ${effectsText(factor.effects)}`}>
                {effects.map((architecture) => {
                  const value = factor.effects[architecture] ?? 0;
                  const positive = value > 0;
                  return (
                    <li
                      key={architecture}
                      title={architectureLabels[architecture]}
                      className={`effect ${
                        positive
                          ? "effect-up"
                          : "effect-down"
                      } ${architecture === chosen ? "ring-1 ring-current" : ""}`}
                    >
                      {shortArchitecture[architecture]} {formatEffect(value)}
                    </li>
                  );
                })}
              </ul>
            </div>
            <p className="mt-2 text-sm muted">{factor.rationale}</p>
            {factor.sources.length > 0 ? (
              <p className="source-marks mt-1.5 text-xs faint">
                Sources:{" "}
                {factor.sources.map((source) => (
                  <a key={source} href={`#source-${source}`}>{`[${cited.indexOf(source) + 1}]`}</a>
                ))}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The articles the rules cite, as the targets of the factors' source links. */
export function SourceList({ factors }: { factors: Factor[] }) {
  const used = citedSources(factors);
  if (used.length === 0) return null;
  return (
    <div className="mt-4 text-xs faint">
      <p className="font-semibold">Sources</p>
      <ol className="mt-1 space-y-0.5">
        {used.map((source, index) => (
          <li key={source} id={`source-${source}`}>
            <span className="tabular-nums">[{index + 1}]</span>{" "}
            {isSourceId(source) ? (
              <>
                <cite>{sourceArticles[source].title}</cite>, {sourceArticles[source].publisher}
              </>
            ) : (
              "Unlisted source"
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
