import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageCard } from "@/components/shared/form";
import { primaryButton } from "@/components/shared/ui";
import { RespondForm } from "@/components/workspace/respond-form";
import { answerLabel, questions } from "@/lib/decision/trait-catalog";
import { traitsToSearchParams } from "@/lib/decision/traits-query-string";
import { paths } from "@/lib/paths";
import { loadResults, type SearchParamsRecord } from "@/lib/server/answers-loader";
import { openAnswerRequest } from "@/lib/server/workspace/answer-requests";
import { respondAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Answer a few questions", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** An answer request: the invitation, then (with answers in the link, from the wizard) the review and send. */
export default async function AnswerRequestPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const { token } = await params;
  const request = await openAnswerRequest(token);
  if (!request) notFound();
  const loaded = loadResults(await searchParams);
  if (!loaded.ok) {
    return (
      <PageCard title={`Questions about ${request.projectName}`} intro={`${request.teamName} asks you to describe this project. It takes about five minutes; no account needed.`}>
        <p>Six short steps about the problem, the knowledge involved, constraints and the team. You review your answers before anything is sent.</p>
        <Link href={paths.answerRequestWizard(token)} className={`${primaryButton} mt-6`}>Answer the questions</Link>
      </PageCard>
    );
  }
  return (
    <PageCard title={`Send your answers about ${request.projectName}`} intro={`They go to ${request.teamName}, once.`}>
      <dl className="grid grid-cols-1 gap-y-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        {questions.map((question) => (
          <div key={question.key} className="contents">
            <dt className="font-semibold">{question.short}</dt>
            <dd>{answerLabel(question.key, loaded.traits[question.key])}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6">
        <RespondForm action={respondAction} token={token} answers={[...traitsToSearchParams(loaded.traits).entries()]} editHref={paths.answerRequestWizard(token)} />
      </div>
    </PageCard>
  );
}
