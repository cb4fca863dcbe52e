import type { Metadata } from "next";
import { InvalidPlan } from "@/components/planner/invalid-plan";
import { PlanView } from "@/components/planner/plan-view";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { paths } from "@/lib/paths";
import { loadPlan, type SearchParamsRecord } from "@/lib/server/answers-loader";
import { publicOrigin } from "@/lib/server/public-origin";

interface PlanPageProps {
  searchParams: Promise<SearchParamsRecord>;
}

export async function generateMetadata({ searchParams }: PlanPageProps): Promise<Metadata> {
  const loaded = loadPlan(await searchParams);
  return {
    title: loaded.ok ? `${architectureLabels[loaded.plan.architecture]} — team and cost plan` : "Check your answers",
    description: loaded.ok ? "Roles to hire or train, phases, headcount, job descriptions, scorecards and 24-month costs." : undefined,
    // One page per set of answers: nothing here for search engines.
    robots: { index: false, follow: false },
  };
}

/** `/plan?<answers>`: the hiring plan (server-rendered) and the cost model (recomputed in the browser on each edit). */
export default async function PlanPage({ searchParams }: PlanPageProps) {
  const loaded = loadPlan(await searchParams);
  if (!loaded.ok) return <InvalidPlan issues={loaded.issues} anyGiven={loaded.anyGiven} />;
  const shareUrl = `${publicOrigin()}${paths.plan(loaded.traits)}`;
  return <PlanView traits={loaded.traits} result={loaded.result} plan={loaded.plan} kits={loaded.kits} shareUrl={shareUrl} />;
}
