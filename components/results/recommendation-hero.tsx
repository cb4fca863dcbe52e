import Link from "next/link";
import { architectureStyle } from "@/components/shared/architecture-style";
import { secondaryButton, textLink } from "@/components/shared/ui";
import { confidenceLevelLabels } from "@/lib/decision/confidence-copy";
import { architectureBlurbs, architectureLabels } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import type { Recommendation } from "@/lib/decision/types";
import { paths } from "@/lib/paths";
import { CopyLinkButton } from "./copy-link-button";
import { EditAnswersButton } from "./edit-answers-button";

export interface RecommendationHeroProps {
  traits: Traits;
  result: Recommendation;
  /** True on a result opened from "What would change this". */
  isWhatIf: boolean;
  /** Absolute link to this result, printed on paper where buttons cannot be clicked. */
  shareUrl: string;
  /** A shared snapshot (a team's share link): no edit, save or share actions. */
  readOnly?: boolean;
}

/** The top of the results page: the recommended architecture, its confidence and runner-up, and the share actions. */
export function RecommendationHero({ traits, result, isWhatIf, shareUrl, readOnly = false }: RecommendationHeroProps) {
  const { architecture, confidence, runnerUp, summary } = result.recommendation;
  const style = architectureStyle[architecture];
  return (
    <section
      aria-labelledby="recommendation-heading"
      className={`break-inside-avoid rounded-2xl border border-slate-200 p-6 sm:p-8 dark:border-slate-800 ${style.soft} [print-color-adjust:exact]`}
    >
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide muted">
            {isWhatIf ? "Recommendation for this what-if" : "Our recommendation"}
          </p>
          <h1 id="recommendation-heading" className={`mt-1 text-4xl font-bold tracking-tight sm:text-5xl ${style.text}`} data-testid="architecture">
            {architectureLabels[architecture]}
          </h1>
          <p className="mt-3 text-lg text-slate-800 dark:text-slate-200">{architectureBlurbs[architecture]}</p>
          <p className="mt-3 muted" data-testid="summary">
            {summary}
          </p>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-4 self-start lg:grid-cols-1">
          <div className="rounded-xl bg-white/80 p-4 dark:bg-slate-900/70">
            <dt className="text-sm muted">Confidence</dt>
            <dd className="text-3xl font-bold tabular-nums" data-testid="confidence">
              {Math.round(confidence * 100)}%
            </dd>
            {result.confidenceBasis ? (
              <dd className="text-sm font-semibold text-slate-700 dark:text-slate-300">
                <a href="#confidence" className="underline decoration-slate-400 underline-offset-2">
                  {confidenceLevelLabels[result.confidenceBasis.level]}
                </a>
              </dd>
            ) : null}
          </div>
          <div className="rounded-xl bg-white/80 p-4 dark:bg-slate-900/70">
            <dt className="text-sm muted">Runner-up</dt>
            <dd className="text-lg font-semibold" data-testid="runner-up">
              {architectureLabels[runnerUp]}
            </dd>
          </div>
        </dl>
      </div>

      {readOnly ? null : <ShareActions traits={traits} shareUrl={shareUrl} />}
    </section>
  );
}

/** Copy, edit, plan and download, with the link itself for print-outs. */
function ShareActions({ traits, shareUrl }: { traits: Traits; shareUrl: string }) {
  return (
    <>
      <div className="no-print mt-6 flex flex-wrap items-center gap-3" data-testid="actions">
        <CopyLinkButton path={paths.results(traits)} />
        <EditAnswersButton traits={traits} className={secondaryButton} />
        <Link href={paths.plan(traits)} prefetch={false} className={secondaryButton}>
          Plan the team and costs →
        </Link>
        <Link href={paths.saveAssessment(traits)} prefetch={false} className={secondaryButton} data-testid="save-to-workspace">
          Save to workspace
        </Link>
      </div>
      <p className="no-print mt-3 text-sm muted">
        The link is the share: anyone who opens it sees this result. No account, nothing stored.
      </p>
      <p className="no-print mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <a href={paths.decisionRecord(traits)} download className={textLink}>
          Download the decision record (.md)
        </a>
        <a href={paths.assessmentJson(traits)} download className={textLink}>
          Download the data (.json)
        </a>
        <a href="#export" className={textLink}>
          More export options
        </a>
      </p>
      <p className="hidden print:block mt-4 text-sm">
        Shareable link: <span className="break-all">{shareUrl}</span>
      </p>
    </>
  );
}
