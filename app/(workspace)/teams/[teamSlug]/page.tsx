import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Section, secondaryButton } from "@/components/shared/ui";
import { AnswerRequestPanel } from "@/components/workspace/answer-request-panel";
import { DashboardView } from "@/components/workspace/dashboard-view";
import { formatDate } from "@/components/workspace/labels";
import { TeamHeader } from "@/components/workspace/team-header";
import { paths } from "@/lib/paths";
import { toUrlSearchParams, type SearchParamsRecord } from "@/lib/server/answers-loader";
import { requireActor } from "@/lib/server/session";
import { listAnswerRequests } from "@/lib/server/workspace/answer-requests";
import { listAssessments } from "@/lib/server/workspace/dashboard";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { getTeam } from "@/lib/server/workspace/teams";
import { can } from "@/lib/workspace/policies";
import { dashboardQuery, parseInput } from "@/lib/workspace/schemas";
import { createAnswerRequestAction, revokeAnswerRequestAction } from "../request-actions";

export const metadata: Metadata = { title: "Team assessments", robots: { index: false } };

export default async function TeamDashboardPage({ params, searchParams }: { params: Promise<{ teamSlug: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const { teamSlug } = await params;
  const actor = await requireActor(paths.team(teamSlug));
  const team = await getTeam(actor, teamSlug).catch((error: unknown) => {
    if (error instanceof WorkspaceError) notFound();
    throw error;
  });
  // Unknown or bad filters fall back to the defaults instead of an error page.
  const raw = Object.fromEntries([...toUrlSearchParams(await searchParams).entries()].filter(([, v]) => v !== ""));
  const parsedQuery = parseInput(dashboardQuery, { ...Object.fromEntries(Object.entries(raw).filter(([k]) => ["q", "status", "architecture", "sort", "cursor"].includes(k))) });
  const query = parsedQuery.ok ? parsedQuery.value : { sort: "updated" as const, limit: 25 };
  const page = await listAssessments(actor, team.id, query).catch((error: unknown) => {
    if (error instanceof WorkspaceError && error.kind === "invalid") return listAssessments(actor, team.id, { ...query, cursor: undefined });
    throw error;
  });
  const canCreate = can(actor, "assessment:create", team);
  const requests = can(actor, "answer-request:manage", team) ? await listAnswerRequests(actor, team.id) : null;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <TeamHeader team={team} current="assessments" />
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-slate-700 dark:text-slate-300">{page.total} saved {page.total === 1 ? "assessment" : "assessments"} match.</p>
        {canCreate ? <Link href={paths.assess()} className={secondaryButton}>New assessment</Link> : null}
      </div>
      <DashboardView teamSlug={team.slug} page={page} filters={{ q: query.q, status: query.status, architecture: query.architecture, sort: query.sort }} canCreate={canCreate} />
      {requests ? (
        <Section id="requests" title="Ask someone outside the team" intro="Send a link to a product manager or a client: they answer the questions for a named project, and the answers arrive here as a draft.">
          <AnswerRequestPanel
            teamId={team.id}
            teamSlug={team.slug}
            create={createAnswerRequestAction}
            revoke={revokeAnswerRequestAction}
            requests={requests.map((r) => ({
              id: r.id,
              projectName: r.projectName,
              state: r.state,
              expires: formatDate(r.expiresAt),
              assessmentHref: r.assessmentId ? paths.assessment(team.slug, r.assessmentId) : null,
            }))}
          />
        </Section>
      ) : null}
    </div>
  );
}
