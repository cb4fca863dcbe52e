import type { Metadata } from "next";
import Link from "next/link";
import { PageCard } from "@/components/shared/form";
import { textLink } from "@/components/shared/ui";
import { SaveAssessmentForm } from "@/components/workspace/save-form";
import { architectureLabels, questionsByKey } from "@/lib/decision/trait-catalog";
import { traitsToSearchParams } from "@/lib/decision/traits-query-string";
import { paths } from "@/lib/paths";
import { loadResults, toUrlSearchParams, type SearchParamsRecord } from "@/lib/server/answers-loader";
import { requireActor } from "@/lib/server/session";
import { listTeams } from "@/lib/server/workspace/teams";
import { can } from "@/lib/workspace/policies";
import { saveAssessmentAction } from "../teams/assessment-actions";

export const metadata: Metadata = { title: "Save assessment", robots: { index: false } };

/** `/save?<answers>`: the answers of a results link, saved into one of the actor's teams (sign in first, answers kept). */
export default async function SavePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const actor = await requireActor(`/save?${toUrlSearchParams(params).toString()}`);
  const loaded = loadResults(params);
  if (!loaded.ok) {
    return (
      <PageCard title="These answers are incomplete">
        <p>
          The link does not hold a full set of answers. <Link className={textLink} href={paths.assess()}>Open the wizard</Link>
        </p>
      </PageCard>
    );
  }
  const teams = (await listTeams(actor)).filter((team) => can(actor, "assessment:create", team));
  const architecture = architectureLabels[loaded.result.recommendation.architecture];
  const task = questionsByKey.taskType.options[loaded.traits.taskType].label;
  return (
    <PageCard title="Save this assessment" intro={<>Recommendation: <strong>{architecture}</strong>. Saved with the answers and the result, under engine {loaded.result.engineVersion}.</>}>
      <SaveAssessmentForm
        action={saveAssessmentAction}
        teams={teams}
        answers={[...traitsToSearchParams(loaded.traits).entries()]}
        defaultTitle={`${task}: ${architecture}`}
      />
    </PageCard>
  );
}
