import { describe, expect, it } from "vitest";
import { makeAssessment, makeTeam, makeUser } from "@/tests/fixtures/workspace";
import { database } from "../db";
import { hashToken } from "../tokens";
import { createShareLink, listShareLinks, openShareLink, revokeShareLink } from "./share-links";

const rejection = (kind: string) => expect.objectContaining({ kind });

describe("share links", () => {
  it("live through create → open (no account) → listed with last use → revoke → unknown", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner, {}, "Hiring team");
    const saved = await makeAssessment(team, owner, {}, "Search assistant");
    const { token, link } = await createShareLink(owner.actor, saved.id, { label: "For Sam" });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(29.9 * 24 * 3600 * 1000);
    const row = await (await database()).shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const shared = await openShareLink(token);
    expect(shared).toMatchObject({ teamName: "Hiring team", assessment: { title: "Search assistant" } });
    expect(shared!.latest.engineVersion).toBe(saved.engineVersion);
    const [listed] = await listShareLinks(owner.actor, saved.id);
    expect(listed).toMatchObject({ label: "For Sam", state: "active" });
    expect(listed!.lastUsedAt).not.toBeNull();

    await revokeShareLink(owner.actor, saved.id, link.id);
    expect(await openShareLink(token)).toBeNull();
    expect((await listShareLinks(owner.actor, saved.id))[0]!.state).toBe("revoked");
  });

  it("stops at its expiry, and garbage tokens are simply unknown", async () => {
    const owner = await makeUser();
    const team = await makeTeam(owner);
    const saved = await makeAssessment(team, owner);
    const { token, link } = await createShareLink(owner.actor, saved.id, { expiresInDays: 1 });
    await (await database()).shareLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await openShareLink(token)).toBeNull();
    for (const bad of ["", "a", "x".repeat(43), "../../etc/passwd", "%00".repeat(20)]) expect(await openShareLink(bad)).toBeNull();
  });

  it("are made and revoked by owners and editors only; viewers and outsiders cannot see them", async () => {
    const owner = await makeUser();
    const editor = await makeUser();
    const viewer = await makeUser();
    const stranger = await makeUser();
    const team = await makeTeam(owner, { editor: [editor], viewer: [viewer] });
    const saved = await makeAssessment(team, owner);
    const { link } = await createShareLink(editor.actor, saved.id, {});
    await expect(createShareLink(viewer.actor, saved.id, {})).rejects.toEqual(rejection("forbidden"));
    await expect(listShareLinks(viewer.actor, saved.id)).rejects.toEqual(rejection("forbidden"));
    await expect(revokeShareLink(stranger.actor, saved.id, link.id)).rejects.toEqual(rejection("not_found"));
    await expect(createShareLink(owner.actor, saved.id, { expiresInDays: 0 })).rejects.toEqual(rejection("invalid"));
  });
});
