"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { publicOrigin } from "@/lib/server/public-origin";
import { currentActor } from "@/lib/server/session";
import { acceptInvite, createInvite, revokeInvite } from "@/lib/server/workspace/invites";
import { runAction } from "@/lib/server/workspace/run-action";
import { changeRole, createTeam, leaveTeam, removeMember, renameTeam, transferOwnership } from "@/lib/server/workspace/teams";
import { formFields, type ActionState } from "@/lib/workspace/action-state";

// Team server actions: read the form, call lib/server/workspace (which asks the policy), report back.
// The team id comes from a hidden field; the policy decides whether this actor may touch that team.

const field = (data: FormData, name: string) => String(data.get(name) ?? "");

export async function createTeamAction(_state: ActionState, data: FormData): Promise<ActionState> {
  let slug = "";
  const state = await runAction(async () => {
    slug = (await createTeam(await currentActor(), formFields(data))).slug;
    return { status: "ok", message: "Team created." };
  });
  if (state.status === "ok") redirect(paths.team(slug));
  return state;
}

export async function renameTeamAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const team = await renameTeam(await currentActor(), field(data, "teamId"), { name: data.get("name") });
    revalidatePath(paths.teamMembers(team.slug));
    return { status: "ok", message: "Team renamed." };
  });
}

export async function createInviteAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const { teamId, ...input } = formFields(data, ["maxUses", "expiresInDays"]);
    const { token } = await createInvite(await currentActor(), String(teamId), input);
    revalidatePath("/teams", "layout");
    return { status: "ok", message: "Invitation link created.", link: `${publicOrigin()}${paths.join(token)}` };
  });
}

export async function revokeInviteAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await revokeInvite(await currentActor(), field(data, "teamId"), field(data, "inviteId"));
    revalidatePath("/teams", "layout");
    return { status: "ok", message: "Invitation revoked." };
  });
}

export async function changeRoleAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await changeRole(await currentActor(), field(data, "teamId"), field(data, "userId"), { role: data.get("role") });
    revalidatePath("/teams", "layout");
    return { status: "ok", message: "Role changed." };
  });
}

export async function removeMemberAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await removeMember(await currentActor(), field(data, "teamId"), field(data, "userId"));
    revalidatePath("/teams", "layout");
    return { status: "ok", message: "Member removed." };
  });
}

export async function transferOwnershipAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await transferOwnership(await currentActor(), field(data, "teamId"), field(data, "userId"));
    revalidatePath("/teams", "layout");
    return { status: "ok", message: "Ownership transferred: you are now an editor." };
  });
}

export async function leaveTeamAction(_state: ActionState, data: FormData): Promise<ActionState> {
  const state = await runAction(async () => {
    await leaveTeam(await currentActor(), field(data, "teamId"));
    return { status: "ok", message: "You left the team." };
  });
  if (state.status === "ok") redirect(paths.teams());
  return state;
}

export async function acceptInviteAction(_state: ActionState, data: FormData): Promise<ActionState> {
  let slug = "";
  const state = await runAction(async () => {
    slug = (await acceptInvite(await currentActor(), field(data, "token"))).teamSlug;
    return { status: "ok", message: "Joined." };
  });
  if (state.status === "ok") redirect(paths.team(slug));
  return state.status === "error" ? { ...state, message: "This invitation link cannot be used: it may have expired, been used up or revoked." } : state;
}
