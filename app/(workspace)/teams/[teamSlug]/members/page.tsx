import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Section } from "@/components/shared/ui";
import { InviteList, MembersPanel } from "@/components/workspace/members-panel";
import { TeamHeader } from "@/components/workspace/team-header";
import { ButtonForm, InviteForm, RenameTeamForm } from "@/components/workspace/team-forms";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { WorkspaceError } from "@/lib/server/workspace/errors";
import { listInvites } from "@/lib/server/workspace/invites";
import { getTeam, listMembers } from "@/lib/server/workspace/teams";
import { can } from "@/lib/workspace/policies";
import {
  changeRoleAction,
  createInviteAction,
  leaveTeamAction,
  removeMemberAction,
  renameTeamAction,
  revokeInviteAction,
  transferOwnershipAction,
} from "../../actions";

export const metadata: Metadata = { title: "Team members", robots: { index: false } };

export default async function MembersPage({ params }: { params: Promise<{ teamSlug: string }> }) {
  const { teamSlug } = await params;
  const actor = await requireActor(paths.teamMembers(teamSlug));
  const team = await getTeam(actor, teamSlug).catch((error: unknown) => {
    if (error instanceof WorkspaceError) notFound();
    throw error;
  });
  const resource = { personal: team.personal, role: team.role };
  const [members, invites] = await Promise.all([
    listMembers(actor, team.id),
    can(actor, "invite:manage", resource) ? listInvites(actor, team.id) : Promise.resolve([]),
  ]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <TeamHeader team={team} current="members" />
      {can(actor, "team:rename", resource) ? (
        <Section id="rename" title="Name">
          <div className="max-w-md">
            <RenameTeamForm action={renameTeamAction} teamId={team.id} name={team.name} />
          </div>
        </Section>
      ) : null}
      {team.personal ? null : (
        <Section id="members" title="Members" intro="Owners manage members; editors save and share assessments; viewers read.">
          <MembersPanel
            teamId={team.id}
            members={members}
            me={actor.userId}
            myRole={team.role}
            actions={{ changeRole: changeRoleAction, remove: removeMemberAction, transfer: transferOwnershipAction, revokeInvite: revokeInviteAction }}
          />
        </Section>
      )}
      {can(actor, "invite:manage", resource) ? (
        <Section id="invite" title="Invite by link" intro="Anyone with the link and an account joins in the role you choose, until it expires or is used up.">
          <InviteForm action={createInviteAction} teamId={team.id} />
          <div className="mt-6">
            <InviteList teamId={team.id} invites={invites} revoke={revokeInviteAction} />
          </div>
        </Section>
      ) : null}
      {can(actor, "team:leave", resource) ? (
        <Section id="leave" title="Leave the team" intro="The last owner cannot leave: transfer ownership first.">
          <ButtonForm action={leaveTeamAction} label="Leave the team" fields={{ teamId: team.id }}>
            Leave {team.name}
          </ButtonForm>
        </Section>
      ) : null}
    </div>
  );
}
