import { describe, expect, it } from "vitest";
import { makeTeam, makeUser } from "@/tests/fixtures/workspace";
import { database } from "../db";
import { acceptInvite, createInvite, previewInvite, revokeInvite } from "./invites";
import { changeRole, getTeam, leaveTeam, listMembers, listTeams, removeMember, renameTeam, transferOwnership } from "./teams";

const rejection = (kind: string) => expect.objectContaining({ kind });

describe("teams", () => {
  it("lists only the actor's teams, personal space first", async () => {
    const ada = await makeUser({ name: "Ada" });
    const other = await makeUser();
    const team = await makeTeam(ada, {}, "Platform");
    await makeTeam(other, {}, "Someone else's");
    expect((await listTeams(ada.actor)).map((t) => [t.name, t.role, t.personal])).toEqual([
      ["Ada's space", "owner", true],
      ["Platform", "owner", false],
    ]);
    await expect(getTeam(other.actor, team.slug)).rejects.toEqual(rejection("not_found"));
  });

  it("never loses its last owner: no self-demotion, leaving or removal of the only owner", async () => {
    const owner = await makeUser();
    const editor = await makeUser();
    const team = await makeTeam(owner, { editor: [editor] });
    await expect(changeRole(owner.actor, team.id, owner.actor.userId, { role: "editor" })).rejects.toEqual(rejection("conflict"));
    await expect(leaveTeam(owner.actor, team.id)).rejects.toEqual(rejection("conflict"));
    await expect(removeMember(owner.actor, team.id, owner.actor.userId)).rejects.toEqual(rejection("conflict"));
    expect((await listMembers(owner.actor, team.id)).find((m) => m.userId === owner.actor.userId)?.role).toBe("owner");
  });

  it("transfers ownership: the new owner can manage, the old one is an editor and may leave", async () => {
    const owner = await makeUser();
    const editor = await makeUser();
    const team = await makeTeam(owner, { editor: [editor] });
    await transferOwnership(owner.actor, team.id, editor.actor.userId);
    const roles = Object.fromEntries((await listMembers(editor.actor, team.id)).map((m) => [m.userId, m.role]));
    expect(roles).toEqual({ [owner.actor.userId]: "editor", [editor.actor.userId]: "owner" });
    await expect(renameTeam(owner.actor, team.id, { name: "Nope" })).rejects.toEqual(rejection("forbidden"));
    await renameTeam(editor.actor, team.id, { name: "Renamed" });
    await leaveTeam(owner.actor, team.id);
    await expect(getTeam(owner.actor, team.slug)).rejects.toEqual(rejection("not_found"));
  });

  it("lets only owners change roles or remove; an editor or viewer is forbidden", async () => {
    const owner = await makeUser();
    const editor = await makeUser();
    const viewer = await makeUser();
    const team = await makeTeam(owner, { editor: [editor], viewer: [viewer] });
    await expect(changeRole(editor.actor, team.id, viewer.actor.userId, { role: "editor" })).rejects.toEqual(rejection("forbidden"));
    await expect(removeMember(viewer.actor, team.id, editor.actor.userId)).rejects.toEqual(rejection("forbidden"));
    await changeRole(owner.actor, team.id, viewer.actor.userId, { role: "editor" });
    await removeMember(owner.actor, team.id, editor.actor.userId);
    expect((await listMembers(owner.actor, team.id)).map((m) => m.role).sort()).toEqual(["editor", "owner"]);
  });

  it("refuses to invite into, leave or transfer a personal space", async () => {
    const user = await makeUser();
    const [space] = await listTeams(user.actor);
    await expect(createInvite(user.actor, space!.id, { role: "editor" })).rejects.toEqual(rejection("forbidden"));
    await expect(leaveTeam(user.actor, space!.id)).rejects.toEqual(rejection("forbidden"));
  });
});

describe("invitation links", () => {
  it("admit exactly as many people as allowed, even when they all accept at once", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const { token, invite } = await createInvite(owner.actor, team.id, { role: "viewer", maxUses: 2 });
    const db = await database();
    expect((await db.teamInvite.findUniqueOrThrow({ where: { id: invite.id } })).tokenHash).not.toContain(token);
    const people = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    const outcomes = await Promise.allSettled(people.map((p) => acceptInvite(p.actor, token)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    expect(await previewInvite(token)).toBeNull();
    expect((await listMembers(owner.actor, team.id)).filter((m) => m.role === "viewer")).toHaveLength(2);
  });

  it("stop working when revoked or expired, and an unknown token is the same not_found", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const joiner = await makeUser();
    const revoked = await createInvite(owner.actor, team.id, { role: "editor" });
    await revokeInvite(owner.actor, team.id, revoked.invite.id);
    const expired = await createInvite(owner.actor, team.id, { role: "editor" });
    await (await database()).teamInvite.update({ where: { id: expired.invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const token of [revoked.token, expired.token, "x".repeat(43), "short"]) {
      await expect(acceptInvite(joiner.actor, token)).rejects.toEqual(rejection("not_found"));
    }
  });
});
