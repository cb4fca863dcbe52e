import Link from "next/link";
import { HiringWarningsPanel } from "@/components/shared/hiring-warnings-panel";
import { primaryButton, secondaryButton, Section } from "@/components/shared/ui";
import type { Traits } from "@/lib/decision/traits";
import type { Recommendation } from "@/lib/decision/types";
import { citeSource } from "@/lib/decision/source-articles";
import { paths } from "@/lib/paths";
import type { WhatIf } from "@/lib/server/answers-loader";
import { AnswersList } from "./answers-list";
import { ApproachList, ConfidencePanel, UnsureAnswers } from "./confidence-panel";
import { EditAnswersButton } from "./edit-answers-button";
import { ExportPanel } from "./export-panel";
import { FactorList, SourceList } from "./factor-list";
import { FlipList } from "./flip-list";
import { FlowchartDiagram } from "./flowchart-diagram";
import { RecommendationHero } from "./recommendation-hero";
import { RoleProfileView } from "./role-profile";
import { ScoreBars } from "./score-bars";
import { WhatIfBanner } from "./what-if-banner";

const linkButton =
  "inline-flex items-center justify-center rounded-lg px-3 py-2 text-sm font-semibold text-brand-700 underline-offset-2 hover:bg-brand-50 hover:underline dark:text-brand-300 dark:hover:bg-slate-800";

export interface ResultsViewProps {
  traits: Traits;
  result: Recommendation;
  whatIf?: WhatIf;
  /** Absolute link to this result, printed on paper where buttons cannot be clicked. */
  shareUrl: string;
  /** A shared snapshot: no edit, save, share or export actions (the shared page adds its own header). */
  readOnly?: boolean;
}

/** The whole results page, server-rendered; only copy, print and edit are client islands. */
export function ResultsView({ traits, result, whatIf, shareUrl, readOnly = false }: ResultsViewProps) {
  const { architecture } = result.recommendation;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:py-12" data-testid="results" data-architecture={architecture}>
      <p className="mb-4 hidden text-sm text-slate-700 print:block">
        Retrieval or training? · Architecture and hiring assessment
      </p>
      {whatIf ? <WhatIfBanner whatIf={whatIf} /> : null}
      <RecommendationHero traits={traits} result={result} isWhatIf={whatIf !== undefined} shareUrl={shareUrl} readOnly={readOnly} />
      <HiringWarningsPanel warnings={result.roleProfile.warnings} />
      <ResultSections traits={traits} result={result} />
      {readOnly ? null : <ExportPanel traits={traits} />}

      <p className="mt-8 text-xs faint">
        Decision engine {result.engineVersion} (recommend-v1). The same answers always give the same result.
        <Link href={paths.home()} className={`no-print ml-2 ${linkButton} px-1 py-0`}>
          About this tool
        </Link>
      </p>
    </div>
  );
}

/** Scores, reasons, the whiteboard flowchart, what would change it, the team and the answers, in reading order. */
function ResultSections({ traits, result }: { traits: Traits; result: Recommendation }) {
  const { architecture } = result.recommendation;
  const unsure = result.unsure ?? [];
  return (
    <>
      {unsure.length > 0 ? (
        <Section
          id="firm-up"
          title="Answer these to firm up"
          intro="You marked these answers “Not sure”. The recommendation plans with a middle value for each; here is what each possible answer would give, those that can change it first."
        >
          <UnsureAnswers result={result} />
        </Section>
      ) : null}

      <Section id="confidence" title="How sure this is" intro="Confidence counts the lead over the runner-up, whether one small change of an answer would overturn it, and the answers you were not sure of.">
        <ConfidencePanel traits={traits} result={result} />
      </Section>

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

      {(result.approaches ?? []).length > 0 ? (
        <Section id="approaches" title="How to build it" intro="Approaches inside the recommended architecture that your answers support, in the order to try them.">
          <ApproachList result={result} />
        </Section>
      ) : null}

      <Section
        id="flowchart"
        title="The whiteboard flowchart"
        intro={`The quick whiteboard rule from ${citeSource("004")}, with your path through it highlighted.`}
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
    </>
  );
}
