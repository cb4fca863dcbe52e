import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Wizard } from "@/components/wizard/wizard";
import { openAnswerRequest } from "@/lib/server/workspace/answer-requests";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Answer the questions", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The wizard, for a team's answer request: the last step leads to the review page, not to a result. */
export default async function AnswerRequestWizardPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const request = await openAnswerRequest(token);
  if (!request) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
      <h1 className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">
        {request.projectName} · asked by {request.teamName}
      </h1>
      <Wizard requestToken={token} />
    </div>
  );
}
