import type { Member } from "@/lib/server/workspace/teams";
import type { InviteSummary } from "@/lib/server/workspace/invites";
import type { Role } from "@/lib/workspace/policies";
import { roleLabels } from "./team-header";
import { ButtonForm, RoleForm, type FormAction } from "./team-forms";

export interface MemberActions {
  changeRole: FormAction;
  remove: FormAction;
  transfer: FormAction;
  revokeInvite: FormAction;
}

/** The members and, for owners, the controls to change roles, remove, or hand over ownership. */
export function MembersPanel({ teamId, members, me, myRole, actions }: { teamId: string; members: Member[]; me: string; myRole: Role; actions: MemberActions }) {
  return (
    <ul aria-label="Members" className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {members.map((member) => (
        <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="member">
          <div className="min-w-0">
            <p className="font-semibold">
              {member.name} {member.userId === me ? <span className="text-sm font-normal">(you)</span> : null}
            </p>
            <p className="break-all text-sm text-slate-700 dark:text-slate-300">
              {member.email} · {roleLabels[member.role]}
            </p>
          </div>
          {myRole === "owner" && member.userId !== me ? (
            <div className="flex flex-wrap items-end gap-2">
              <RoleForm action={actions.changeRole} teamId={teamId} userId={member.userId} role={member.role} memberName={member.name} />
              <ButtonForm action={actions.transfer} label={`Make ${member.name} the owner`} fields={{ teamId, userId: member.userId }}>
                Transfer ownership
              </ButtonForm>
              <ButtonForm action={actions.remove} label={`Remove ${member.name}`} fields={{ teamId, userId: member.userId }}>
                Remove
              </ButtonForm>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export function InviteList({ teamId, invites, revoke }: { teamId: string; invites: InviteSummary[]; revoke: FormAction }) {
  if (invites.length === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">No invitation links yet.</p>;
  return (
    <ul aria-label="Invitation links" className="divide-y divide-slate-200 rounded-xl border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
      {invites.map((invite) => {
        const { state } = invite;
        return (
          <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
            <span>
              {roleLabels[invite.role]} · used {invite.uses} of {invite.maxUses} · expires {dateFormat.format(invite.expiresAt)} · <strong>{state}</strong>
            </span>
            {state === "active" ? (
              <ButtonForm action={revoke} label="Revoke this invitation" fields={{ teamId, inviteId: invite.id }}>
                Revoke
              </ButtonForm>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
