import { flipCondition } from "@/lib/decision/decision-record";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import { architectures, type Architecture, type Flip } from "@/lib/decision/types";
import { compactAnswers } from "@/lib/compact-answers";
import { paths } from "@/lib/paths";
import { architectureStyle } from "@/components/shared/architecture-style";

/** The single-answer changes that would change the recommendation, grouped by where they lead; each opens that result. */
export function FlipList({ flips, traits, current }: { flips: Flip[]; traits: Traits; current: Architecture }) {
  if (flips.length === 0) {
    return (
      <p className="rounded-xl border border-slate-200 p-4 text-slate-700 dark:border-slate-800 dark:text-slate-300" data-testid="no-flips">
        No single different answer would change this recommendation: {architectureLabels[current]} holds whichever one answer you
        change. Changing several at once still might — edit your answers to try.
      </p>
    );
  }
  // One short form of the answers for every link (plain links: each is a full page load through a redirect).
  const compact = compactAnswers(traits);
  const href = (flip: Flip) => (compact === undefined ? paths.whatIf(traits, flip) : paths.whatIfShort(compact, flip));
  const groups = architectures
    .map((architecture) => ({ architecture, flips: flips.filter((flip) => flip.architecture === architecture) }))
    .filter((group) => group.flips.length > 0);
  return (
    <div className="grid items-start gap-4 sm:grid-cols-2" data-testid="flips">
      {groups.map((group) => (
        <div
          key={group.architecture}
          className={`break-inside-avoid rounded-xl border border-slate-200 p-4 dark:border-slate-800 ${architectureStyle[group.architecture].soft}`}
        >
          <h3 className={`font-semibold ${architectureStyle[group.architecture].text}`}>
            Would become {architectureLabels[group.architecture]}
          </h3>
          <ul className="flip-links mt-2 space-y-1.5">
            {group.flips.map((flip) => (
              <li key={`${flip.trait}-${String(flip.to)}`}>
                <a href={href(flip)}>{`${flipCondition(flip, traits)} → ${architectureLabels[flip.architecture]}`}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
