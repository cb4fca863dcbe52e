import Link from "next/link";
import { answerLabel, architectureBlurbs, architectureLabels, questionsByKey } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import type { Recommendation } from "@/lib/decision/types";
import { paths } from "@/lib/paths";
import { HiringWarningsPanel } from "@/components/hiring-warnings-panel";
import { primaryButton, secondaryButton, Section, textLink } from "@/components/ui";
import { AnswersList } from "./answers-list";
import { architectureStyle } from "./architecture-style";
import { CopyLinkButton } from "./copy-link-button";
import { EditAnswersButton } from "./edit-answers-button";
import { FactorList, SourceList } from "./factor-list";
import { FlipList } from "./flip-list";
import { FlowchartDiagram } from "./flowchart-diagram";
import { PrintButton } from "./print-button";
import { assessmentJsonHref, decisionRecordHref, type WhatIf } from "./results-data";
import { RoleProfileView } from "./role-profile";
import { ScoreBars } from "./score-bars";

const linkButton =
  "inline-flex items-center justify-center rounded-lg px-3 py-2 text-sm font-semibold text-brand-700 underline-offset-2 hover:bg-brand-50 hover:underline dark:text-brand-300 dark:hover:bg-slate-800";

function WhatIfBanner({ whatIf }: { whatIf: WhatIf }) {
  const short = questionsByKey[whatIf.trait].short;
  return (
    <div
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-violet-300 bg-violet-50 p-4 dark:border-violet-500/50 dark:bg-violet-950/30"
      data-testid="what-if"
    >
      <p>
        <strong className="font-semibold">What-if:</strong> {short} “{answerLabel(whatIf.trait, whatIf.to)}” instead of your “
        {answerLabel(whatIf.trait, whatIf.from)}”. Everything else is as you answered.
      </p>
      <Link href={paths.results(whatIf.original)} prefetch={false} className={`no-print ${secondaryButton}`}>
        ← Back to your result
      </Link>
    </div>
  );
}

export interface ResultsViewProps {
  traits: Traits;
  result: Recommendation;
  whatIf?: WhatIf;
  /** Absolute link to this result, printed on paper where buttons cannot be clicked. */
  shareUrl: string;
}

/** The whole results page, server-rendered; only copy, print and edit are client islands. */
export function ResultsView({ traits, result, whatIf, shareUrl }: ResultsViewProps) {
  const { architecture, confidence, runnerUp, summary } = result.recommendation;
  const style = architectureStyle[architecture];
  const sharePath = paths.results(traits);

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:py-12" data-testid="results" data-architecture={architecture}>
      <p className="mb-4 hidden text-sm text-slate-700 print:block">
        Retrieval or training? · Architecture and hiring assessment
      </p>
      {whatIf ? <WhatIfBanner whatIf={whatIf} /> : null}

      <section
        aria-labelledby="recommendation-heading"
        className={`break-inside-avoid rounded-2xl border border-slate-200 p-6 sm:p-8 dark:border-slate-800 ${style.soft} [print-color-adjust:exact]`}
      >
        <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
              {whatIf ? "Recommendation for this what-if" : "Our recommendation"}
            </p>
            <h1 id="recommendation-heading" className={`mt-1 text-4xl font-bold tracking-tight sm:text-5xl ${style.text}`} data-testid="architecture">
              {architectureLabels[architecture]}
            </h1>
            <p className="mt-3 text-lg text-slate-800 dark:text-slate-200">{architectureBlurbs[architecture]}</p>
            <p className="mt-3 text-slate-700 dark:text-slate-300" data-testid="summary">
              {summary}
            </p>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-4 self-start lg:grid-cols-1">
            <div className="rounded-xl bg-white/80 p-4 dark:bg-slate-900/70">
              <dt className="text-sm text-slate-700 dark:text-slate-300">Confidence</dt>
              <dd className="text-3xl font-bold tabular-nums" data-testid="confidence">
                {Math.round(confidence * 100)}%
              </dd>
            </div>
            <div className="rounded-xl bg-white/80 p-4 dark:bg-slate-900/70">
              <dt className="text-sm text-slate-700 dark:text-slate-300">Runner-up</dt>
              <dd className="text-lg font-semibold" data-testid="runner-up">
                {architectureLabels[runnerUp]}
              </dd>
            </div>
          </dl>
        </div>

        <div className="no-print mt-6 flex flex-wrap items-center gap-3" data-testid="actions">
          <CopyLinkButton path={sharePath} />
          <EditAnswersButton traits={traits} className={secondaryButton} />
          <Link href={paths.plan(traits)} prefetch={false} className={secondaryButton}>
            Plan the team and costs →
          </Link>
        </div>
        <p className="no-print mt-3 text-sm text-slate-700 dark:text-slate-300">
          The link is the share: anyone who opens it sees this result. No account, nothing stored.
        </p>
        <p className="no-print mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <a href={decisionRecordHref(traits)} download className={textLink}>
            Download the decision record (.md)
          </a>
          <a href={assessmentJsonHref(traits)} download className={textLink}>
            Download the data (.json)
          </a>
          <a href="#export" className={textLink}>
            More export options
          </a>
        </p>
        <p className="hidden print:block mt-4 text-sm">
          Shareable link: <span className="break-all">{shareUrl}</span>
        </p>
      </section>

      <HiringWarningsPanel warnings={result.roleProfile.warnings} />

      <Section id="scores" title="How the four options score" intro="Each option's fit for this project, out of 100. Higher is a better fit.">
        <ScoreBars scores={result.scores} chosen={architecture} />
      </Section>

      <Section
        id="why"
        title="Why"
        intro={
          <>
            Every answer that moved a score, largest effect first. Signed numbers are points added to or taken from each option;
            feasibility limits are marked.
          </>
        }
      >
        <FactorList factors={result.factors} chosen={architecture} />
        <SourceList factors={result.factors} />
      </Section>

      <Section
        id="flowchart"
        title="The whiteboard flowchart"
        intro="The quick whiteboard rule from source 004, “RAG vs Fine-Tuning – How to Actually Decide”, with your path through it highlighted."
      >
        <FlowchartDiagram traits={traits} recommended={architecture} />
      </Section>

      <Section
        id="what-would-change"
        title="What would change this"
        intro={
          result.flips.length > 0
            ? "Each of these single changes gives a different recommendation. Open one to see that result."
            : undefined
        }
      >
        <FlipList flips={result.flips} traits={traits} current={architecture} />
      </Section>

      <Section id="team" title="Team to hire" intro="Who builds and runs this, with skills to screen for and the tools they will use.">
        <RoleProfileView profile={result.roleProfile} />
        <p className="no-print mt-5">
          <Link href={paths.plan(traits)} prefetch={false} className={primaryButton}>
            Plan the team and costs →
          </Link>
        </p>
      </Section>

      <Section id="answers" title="Your answers">
        <AnswersList traits={traits} />
        <p className="no-print mt-4">
          <EditAnswersButton traits={traits} className={secondaryButton} />
        </p>
      </Section>

      <section
        aria-labelledby="export-heading"
        id="export"
        className="no-print mt-12 rounded-2xl border border-slate-200 p-6 dark:border-slate-800"
        data-testid="export"
      >
        <h2 id="export-heading" className="text-lg font-bold">
          Share and export
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Keep the decision with your project: a Markdown decision record for your repository, the raw data as JSON, or a PDF.
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <a href={decisionRecordHref(traits)} download className={secondaryButton}>
            Decision record (.md)
          </a>
          <a href={assessmentJsonHref(traits)} download className={secondaryButton}>
            Data (.json)
          </a>
          <PrintButton className={secondaryButton} />
        </div>
      </section>

      <p className="mt-8 text-xs text-slate-600 dark:text-slate-400">
        Decision engine {result.engineVersion} (recommend-v1). The same answers always give the same result.
        <Link href={paths.home()} className={`no-print ml-2 ${linkButton} px-1 py-0`}>
          About this tool
        </Link>
      </p>
    </div>
  );
}
