import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityFeed } from "@/components/workspace/activity-feed";
import { TeamHeader } from "@/components/workspace/team-header";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { listActivity } from "@/lib/server/workspace/activity";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { getTeam } from "@/lib/server/workspace/teams";

export const metadata: Metadata = { title: "Team activity", robots: { index: false } };

export default async function TeamActivityPage({ params, searchParams }: { params: Promise<{ teamSlug: string }>; searchParams: Promise<{ cursor?: string | string[] }> }) {
  const { teamSlug } = await params;
  const actor = await requireActor(paths.teamActivity(teamSlug));
  const team = await getTeam(actor, teamSlug).catch((error: unknown) => {
    if (error instanceof WorkspaceError) notFound();
    throw error;
  });
  const { cursor } = await searchParams;
  const page = await listActivity(actor, team.id, { cursor: typeof cursor === "string" ? cursor : undefined });
  const nextHref = page.nextCursor ? `${paths.teamActivity(teamSlug)}?${new URLSearchParams({ cursor: page.nextCursor }).toString()}` : null;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <TeamHeader team={team} current="activity" />
      <h2 className="mt-6 text-xl font-semibold">Activity</h2>
      <p className="mb-4 mt-1 text-slate-700 dark:text-slate-300">Everything done in this team, newest first. The log is append-only: entries are never edited or removed.</p>
      <ActivityFeed entries={page.entries} teamSlug={teamSlug} nextHref={nextHref} />
    </div>
  );
}
