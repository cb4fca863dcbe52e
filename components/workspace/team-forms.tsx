"use client";

import { ActionForm } from "@/components/shared/action-form";
import { ActionInput, ActionSelect, SubmitButton } from "@/components/shared/action-fields";
import { secondaryButton, smallButton } from "@/components/shared/ui";
import type { ActionState } from "@/lib/workspace/action-state";

export type FormAction = (state: ActionState, data: FormData) => Promise<ActionState>;

export function CreateTeamForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} label="Create a team">
      <ActionInput name="name" label="Team name" hint="You will be its owner; invite others afterwards." />
      <div className="mt-4">
        <SubmitButton>Create team</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RenameTeamForm({ action, teamId, name }: { action: FormAction; teamId: string; name: string }) {
  return (
    <ActionForm action={action} label="Rename the team">
      <input type="hidden" name="teamId" value={teamId} />
      <ActionInput name="name" id="team-name" label="Team name" defaultValue={name} />
      <div className="mt-4">
        <SubmitButton className={secondaryButton}>Rename</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function InviteForm({ action, teamId }: { action: FormAction; teamId: string }) {
  return (
    <ActionForm action={action} label="Create an invitation link" showLink="Invitation link">
      <input type="hidden" name="teamId" value={teamId} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <ActionSelect name="role" label="Role" options={[{ value: "editor", label: "Editor" }, { value: "viewer", label: "Viewer" }]} defaultValue="editor" />
        <ActionInput name="maxUses" label="People who may use it" type="number" defaultValue={1} min={1} max={100} />
        <ActionInput name="expiresInDays" label="Valid for (days)" type="number" defaultValue={7} min={1} max={30} />
      </div>
      <div className="mt-4">
        <SubmitButton>Create invitation link</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** One button posting hidden fields to an action (remove, revoke, transfer, leave). */
export function ButtonForm({ action, label, fields, children }: { action: FormAction; label: string; fields: Record<string, string>; children: React.ReactNode }) {
  return (
    <ActionForm action={action} label={label} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton className={smallButton}>{children}</SubmitButton>
    </ActionForm>
  );
}

export function RoleForm({ action, teamId, userId, role, memberName }: { action: FormAction; teamId: string; userId: string; role: string; memberName: string }) {
  return (
    <ActionForm action={action} label={`Change ${memberName}'s role`} className="flex items-end gap-2">
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {memberName}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
        <option value="owner">Owner</option>
        <option value="editor">Editor</option>
        <option value="viewer">Viewer</option>
      </select>
      <SubmitButton className={smallButton}>Change role</SubmitButton>
    </ActionForm>
  );
}
