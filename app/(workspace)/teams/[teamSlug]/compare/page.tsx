import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Section, muted, textLink } from "@/components/shared/ui";
import { ComparePicker } from "@/components/workspace/compare-pickers";
import { ComparisonView } from "@/components/workspace/compare-view";
import { TeamHeader } from "@/components/workspace/team-header";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { listAssessments } from "@/lib/server/workspace/dashboard";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { compareAssessments } from "@/lib/server/workspace/records";
import { getTeam } from "@/lib/server/workspace/teams";

export const metadata: Metadata = { title: "Compare assessments", robots: { index: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function orNotFound(error: unknown): never {
  if (error instanceof WorkspaceError) notFound();
  throw error;
}

export default async function ComparePage({ params, searchParams }: { params: Promise<{ teamSlug: string }>; searchParams: Promise<{ left?: string | string[]; right?: string | string[] }> }) {
  const [{ teamSlug }, query] = await Promise.all([params, searchParams]);
  const [left, right] = [first(query.left), first(query.right)];
  const actor = await requireActor(paths.compare(teamSlug, left, right));
  const team = await getTeam(actor, teamSlug).catch(orNotFound);
  const [page, compared] = await Promise.all([
    listAssessments(actor, team.id, { sort: "updated", limit: 100 }),
    left && right ? compareAssessments(actor, teamSlug, left, right).catch(orNotFound) : Promise.resolve(null),
  ]);
  const options = page.items.map((item) => ({ value: item.id, label: item.title }));
  const pickedLeft = left || (options[0]?.value ?? "");
  const pickedRight = right || (options.find((option) => option.value !== pickedLeft)?.value ?? "");
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <TeamHeader team={team} current="assessments" />
      <Section id="compare" title="Compare two assessments" intro="Each at its latest revision: the answers that differ, how the results differ, and which answers made the difference.">
        {options.length < 2 ? (
          <p className={muted}>
            The team needs at least two saved assessments to compare. <Link className={textLink} href={paths.team(teamSlug)}>Back to the assessments</Link>
          </p>
        ) : (
          <>
            <ComparePicker action={paths.compare(teamSlug, "", "").split("?")[0] ?? ""} options={options} left={pickedLeft} right={pickedRight} noun="assessment" />
            {compared ? (
              <div className="mt-6">
                <p className={`mb-4 text-sm ${muted}`}>
                  <Link className={textLink} href={paths.assessment(teamSlug, compared.left.assessment.id)}>{compared.left.assessment.title}</Link> (revision {compared.left.latest.number}) against{" "}
                  <Link className={textLink} href={paths.assessment(teamSlug, compared.right.assessment.id)}>{compared.right.assessment.title}</Link> (revision {compared.right.latest.number}).
                </p>
                <ComparisonView comparison={compared.comparison} labels={{ left: compared.left.assessment.title, right: compared.right.assessment.title }} />
              </div>
            ) : (
              <p className={`mt-4 ${muted}`}>Choose two assessments and press Compare.</p>
            )}
          </>
        )}
      </Section>
    </div>
  );
}
