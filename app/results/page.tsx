import type { Metadata } from "next";
import { InvalidResults } from "@/components/results/invalid-results";
import { ResultsView } from "@/components/results/results-view";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { paths } from "@/lib/paths";
import { loadResults, type SearchParamsRecord } from "@/lib/server/answers-loader";
import { publicOrigin } from "@/lib/server/public-origin";

interface ResultsPageProps {
  searchParams: Promise<SearchParamsRecord>;
}

export async function generateMetadata({ searchParams }: ResultsPageProps): Promise<Metadata> {
  const loaded = loadResults(await searchParams);
  return {
    title: loaded.ok ? `${architectureLabels[loaded.result.recommendation.architecture]} — your recommendation` : "Check your answers",
    description: loaded.ok ? loaded.result.recommendation.summary : undefined,
    // One page per set of answers: nothing here for search engines.
    robots: { index: false, follow: false },
  };
}

/** `/results?<answers>`: the recommendation, computed on the server from the answers in the link. */
export default async function ResultsPage({ searchParams }: ResultsPageProps) {
  const loaded = loadResults(await searchParams);
  if (!loaded.ok) return <InvalidResults issues={loaded.issues} anyGiven={loaded.anyGiven} />;
  const shareUrl = `${publicOrigin()}${paths.results(loaded.traits)}`;
  return <ResultsView traits={loaded.traits} result={loaded.result} whatIf={loaded.whatIf} shareUrl={shareUrl} />;
}
