import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Section, muted } from "@/components/shared/ui";
import { TeamExportLink, TeamImportForm } from "@/components/workspace/team-archive-panel";
import { TeamHeader } from "@/components/workspace/team-header";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { listAssessments } from "@/lib/server/workspace/dashboard";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { getTeam } from "@/lib/server/workspace/teams";
import { can } from "@/lib/workspace/policies";

export const metadata: Metadata = { title: "Export and import", robots: { index: false } };

export default async function TeamSettingsPage({ params }: { params: Promise<{ teamSlug: string }> }) {
  const { teamSlug } = await params;
  const actor = await requireActor(paths.teamSettings(teamSlug));
  const team = await getTeam(actor, teamSlug).catch((error: unknown) => {
    if (error instanceof WorkspaceError) notFound();
    throw error;
  });
  const resource = { personal: team.personal, role: team.role };
  const canExport = can(actor, "team:export", resource);
  const canImport = can(actor, "team:import", resource);
  const empty = canImport ? (await listAssessments(actor, team.id, { limit: 1 })).total === 0 : false;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <TeamHeader team={team} current="settings" />
      {!canExport && !canImport ? (
        <Section id="archive" title="Export and import">
          <p className={muted}>Only the team&apos;s owners can export its data or import an archive. Ask an owner if you need a copy.</p>
        </Section>
      ) : null}
      {canExport ? (
        <Section id="export" title="Export the team" intro="A backup of everything the team has reviewed, or the file to move it to another server. The export is noted in the activity log.">
          <TeamExportLink href={paths.teamExportApi(team.id)} />
        </Section>
      ) : null}
      {canImport ? (
        <Section
          id="import"
          title="Import an archive"
          intro="Loads an exported team into this one, all or nothing. People are matched to this team's members by email; anyone else is kept by name. Share links are not part of an archive."
        >
          {empty ? (
            <TeamImportForm importHref={paths.teamImportApi(team.id)} teamHref={paths.team(team.slug)} />
          ) : (
            <p className={muted} data-testid="import-not-empty">
              This team already has assessments, so nothing can be imported into it. Create a new team, invite its members, and import there.
            </p>
          )}
        </Section>
      ) : null}
    </div>
  );
}
