import { beforeEach, describe, expect, it } from "vitest";
import { makeAssessment, makeTeam, makeUser, type TestUser } from "@/tests/fixtures/workspace";
import { database } from "../db";
import { addComment, addGuestComment, deleteComment, editComment, guestCommentLimiter, listComments, listGuestComments, listMentionable } from "./comments";
import { createShareLink, revokeShareLink } from "./share-links";

const rejection = (kind: string) => expect.objectContaining({ kind });

async function events(assessmentId: string) {
  const rows = await (await database()).auditEvent.findMany({ where: { assessmentId, action: { startsWith: "comment." } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => row.action);
}

async function mentionsOf(user: TestUser) {
  return (await database()).notification.findMany({ where: { userId: user.actor.userId, kind: "mention" } });
}

async function setup() {
  const [owner, editor, viewer, outsider] = await Promise.all([makeUser({ name: "Olga Owner" }), makeUser({ name: "Eddie Editor" }), makeUser({ name: "Vera Viewer" }), makeUser()]);
  const team = await makeTeam(owner, { editor: [editor], viewer: [viewer] });
  const assessment = await makeAssessment(team, owner, {}, "Support bot");
  return { owner, editor, viewer, outsider, team, assessment };
}

beforeEach(async () => {
  await guestCommentLimiter.reset();
});

describe("comments", () => {
  it("thread: replies keep the parent's answer, and a reply cannot move to another answer or assessment", async () => {
    const { owner, viewer, team, assessment } = await setup();
    const top = await addComment(viewer.actor, assessment.id, { body: "Is the latency budget right?", traitKey: "latency" });
    const reply = await addComment(owner.actor, assessment.id, { body: "Yes, we measured it.", parentId: top.id });
    const deeper = await addComment(viewer.actor, assessment.id, { body: "Thanks!", parentId: reply.id, traitKey: "latency" });
    expect(reply).toMatchObject({ traitKey: "latency", parentId: top.id, authorName: "Olga Owner", guest: false });
    expect(deeper.parentId).toBe(reply.id);
    await expect(addComment(owner.actor, assessment.id, { body: "x", parentId: top.id, traitKey: "citations" })).rejects.toEqual(rejection("invalid"));
    const other = await makeAssessment(team, owner);
    await expect(addComment(owner.actor, other.id, { body: "x", parentId: top.id })).rejects.toEqual(rejection("invalid"));
    await addComment(owner.actor, assessment.id, { body: "On the whole thing" });

    expect((await listComments(owner.actor, assessment.id)).map((c) => c.body)).toEqual(["Is the latency budget right?", "Yes, we measured it.", "Thanks!", "On the whole thing"]);
    expect(await listComments(owner.actor, assessment.id, { traitKey: "latency" })).toHaveLength(3);
    await expect(listComments(owner.actor, assessment.id, { traitKey: "nope" })).rejects.toEqual(rejection("invalid"));
    expect(await events(assessment.id)).toEqual(["comment.added", "comment.added", "comment.added", "comment.added"]);
  });

  it("validates the body: empty, too long, unknown fields and answers are field issues", async () => {
    const { owner, assessment } = await setup();
    for (const input of [{ body: "   " }, { body: "x".repeat(4001) }, { body: "ok", extra: 1 }, { body: "ok", traitKey: "colour" }, {}]) {
      await expect(addComment(owner.actor, assessment.id, input)).rejects.toEqual(rejection("invalid"));
    }
    await expect(addComment(owner.actor, assessment.id, { body: "x".repeat(4001) })).rejects.toMatchObject({ issues: [{ path: "body", message: "Keep the comment to 4,000 characters." }] });
    expect((await addComment(owner.actor, assessment.id, { body: ` ${"y".repeat(4000)} ` })).body).toHaveLength(4000);
  });

  it("edit keeps every earlier version; only the author edits", async () => {
    const { owner, editor, assessment } = await setup();
    const comment = await addComment(editor.actor, assessment.id, { body: "First" });
    await editComment(editor.actor, assessment.id, comment.id, { body: "Second" });
    const edited = await editComment(editor.actor, assessment.id, comment.id, { body: "Third" });
    expect(edited.body).toBe("Third");
    expect(edited.editedAt).not.toBeNull();
    expect(edited.edits.map((e) => e.body)).toEqual(["First", "Second"]);
    const unchanged = await editComment(editor.actor, assessment.id, comment.id, { body: "Third" });
    expect(unchanged.edits).toHaveLength(2);
    await expect(editComment(owner.actor, assessment.id, comment.id, { body: "Owner rewrite" })).rejects.toEqual(rejection("forbidden"));
    await expect(editComment(editor.actor, assessment.id, comment.id, { body: "" })).rejects.toEqual(rejection("invalid"));
    expect(await events(assessment.id)).toEqual(["comment.added", "comment.edited", "comment.edited"]);
  });

  it("delete: your own, or anyone's as an owner; the text goes, the replies stay", async () => {
    const { owner, editor, viewer, assessment } = await setup();
    const byViewer = await addComment(viewer.actor, assessment.id, { body: "Too expensive" });
    await editComment(viewer.actor, assessment.id, byViewer.id, { body: "Far too expensive" });
    const reply = await addComment(editor.actor, assessment.id, { body: "Agreed", parentId: byViewer.id });
    await expect(deleteComment(editor.actor, assessment.id, byViewer.id)).rejects.toEqual(rejection("forbidden"));
    const asEditor = await listComments(editor.actor, assessment.id);
    expect(asEditor.find((c) => c.id === byViewer.id)).toMatchObject({ canEdit: false, canDelete: false });
    expect(asEditor.find((c) => c.id === reply.id)).toMatchObject({ canEdit: true, canDelete: true });
    expect((await listComments(owner.actor, assessment.id)).find((c) => c.id === byViewer.id)).toMatchObject({ canEdit: false, canDelete: true });

    await deleteComment(owner.actor, assessment.id, byViewer.id);
    await deleteComment(owner.actor, assessment.id, byViewer.id);
    const [gone, kept] = await listComments(viewer.actor, assessment.id);
    expect(gone).toMatchObject({ id: byViewer.id, deleted: true, body: "", edits: [], canEdit: false, canDelete: false });
    expect(kept).toMatchObject({ id: reply.id, parentId: byViewer.id, body: "Agreed" });
    const row = await (await database()).comment.findUniqueOrThrow({ where: { id: byViewer.id }, include: { edits: true } });
    expect(row).toMatchObject({ body: "", edits: [] });
    await expect(editComment(viewer.actor, assessment.id, byViewer.id, { body: "back" })).rejects.toEqual(rejection("conflict"));
    await expect(addComment(viewer.actor, assessment.id, { body: "reply", parentId: byViewer.id })).rejects.toEqual(rejection("conflict"));
    await deleteComment(editor.actor, assessment.id, reply.id);
    const log = await (await database()).auditEvent.findMany({ where: { assessmentId: assessment.id, action: "comment.deleted" }, orderBy: { createdAt: "asc" } });
    expect(log.map((e) => JSON.parse(e.detail).moderated)).toEqual([true, false]);
  });

  it("mentions notify the members named, once, and nobody outside the team", async () => {
    const { owner, editor, viewer, outsider, assessment } = await setup();
    const editorHandle = editor.actor.email.split("@")[0]!;
    const outsiderHandle = outsider.actor.email.split("@")[0]!;
    const comment = await addComment(owner.actor, assessment.id, { body: `@[eddie  EDITOR] and @${editorHandle}, also @${outsiderHandle} and @[Olga Owner]; \`@[Vera Viewer]\`` });
    expect(comment.mentions.sort()).toEqual(["handle:" + editorHandle, "name:eddie editor", "name:olga owner"].sort());
    expect(await mentionsOf(editor)).toHaveLength(1);
    expect((await mentionsOf(editor))[0]).toMatchObject({ actorName: "Olga Owner", href: expect.stringContaining(`#comment-${comment.id}`) });
    expect(await mentionsOf(owner)).toHaveLength(0);
    expect(await mentionsOf(viewer)).toHaveLength(0);
    expect(await mentionsOf(outsider)).toHaveLength(0);

    await editComment(owner.actor, assessment.id, comment.id, { body: `@[Eddie Editor] and now @[Vera Viewer]` });
    expect(await mentionsOf(editor)).toHaveLength(1);
    expect(await mentionsOf(viewer)).toHaveLength(1);
    expect((await listMentionable(viewer.actor, assessment.id)).map((m) => m.name)).toEqual(["Eddie Editor", "Olga Owner", "Vera Viewer"]);
  });

  it("another team's assessment or comment is not found", async () => {
    const { owner, outsider, team, assessment } = await setup();
    const comment = await addComment(owner.actor, assessment.id, { body: "Ours" });
    const other = await makeAssessment(team, owner);
    await expect(listComments(outsider.actor, assessment.id)).rejects.toEqual(rejection("not_found"));
    await expect(addComment(outsider.actor, assessment.id, { body: "hi" })).rejects.toEqual(rejection("not_found"));
    await expect(editComment(owner.actor, other.id, comment.id, { body: "moved" })).rejects.toEqual(rejection("not_found"));
    await expect(deleteComment(owner.actor, other.id, comment.id)).rejects.toEqual(rejection("not_found"));
    await expect(deleteComment(owner.actor, assessment.id, "x".repeat(200))).rejects.toEqual(rejection("not_found"));
    await expect(listComments(null, assessment.id)).rejects.toEqual(rejection("unauthenticated"));
  });
});

describe("guest comments through share links", () => {
  it("a commenting link reads the assessment-level threads and posts under a display name, marked guest", async () => {
    const { owner, viewer, assessment } = await setup();
    await addComment(owner.actor, assessment.id, { body: "Team only: about one answer", traitKey: "citations" });
    const top = await addComment(viewer.actor, assessment.id, { body: "Open question" });
    const { token, link } = await createShareLink(owner.actor, assessment.id, { canComment: true, label: "Hiring lead" });
    expect(link.canComment).toBe(true);
    expect((await listGuestComments(token)).map((c) => c.body)).toEqual(["Open question"]);

    const posted = await addGuestComment(token, { displayName: " <b>Sam</b> ", body: "<script>alert(1)</script> looks good" }, "203.0.113.9");
    expect(posted).toMatchObject({ ok: true, comment: { authorName: "<b>Sam</b>", guest: true, parentId: null, body: "<script>alert(1)</script> looks good" } });
    const seen = await listComments(owner.actor, assessment.id);
    expect(seen.at(-1)).toMatchObject({ authorName: "<b>Sam</b>", guest: true, canEdit: false, canDelete: true, mentions: [] });
    expect(seen.find((c) => c.id === top.id)).toBeDefined();
    const [event] = await (await database()).auditEvent.findMany({ where: { assessmentId: assessment.id, actorId: null } });
    expect(event).toMatchObject({ action: "comment.added", actorName: "<b>Sam</b> (guest)" });
    // An editor cannot remove a guest's comment; an owner can.
    const guestId = seen.at(-1)!.id;
    await expect(deleteComment(viewer.actor, assessment.id, guestId)).rejects.toEqual(rejection("forbidden"));
    await deleteComment(owner.actor, assessment.id, guestId);
  });

  it("display names are 1–60 visible characters; bodies follow the member rules", async () => {
    const { owner, assessment } = await setup();
    const { token } = await createShareLink(owner.actor, assessment.id, { canComment: true });
    for (const displayName of ["", "   ", "x".repeat(61), "Sam\u202eevil", "Sam\nJones", 42]) {
      await expect(addGuestComment(token, { displayName, body: "Hello" }, "a")).rejects.toEqual(rejection("invalid"));
    }
    await expect(addGuestComment(token, { displayName: "Sam", body: "" }, "a")).rejects.toEqual(rejection("invalid"));
    await expect(addGuestComment(token, { displayName: "Sam", body: "Hi", traitKey: "latency" }, "a")).rejects.toEqual(rejection("invalid"));
    expect(await addGuestComment(token, { displayName: "Zoë 山田 😀", body: "Hi" }, "a")).toMatchObject({ ok: true });
  });

  it("a view-only, revoked, expired or unknown link cannot read or post comments", async () => {
    const { owner, assessment } = await setup();
    const viewOnly = await createShareLink(owner.actor, assessment.id, {});
    const revoked = await createShareLink(owner.actor, assessment.id, { canComment: true });
    const expired = await createShareLink(owner.actor, assessment.id, { canComment: true });
    await revokeShareLink(owner.actor, assessment.id, revoked.link.id);
    await (await database()).shareLink.update({ where: { id: expired.link.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    for (const token of [viewOnly.token, revoked.token, expired.token, "x".repeat(43), "../../etc"]) {
      await expect(listGuestComments(token)).rejects.toEqual(rejection("not_found"));
      await expect(addGuestComment(token, { displayName: "Sam", body: "Hi" }, "a")).rejects.toEqual(rejection("not_found"));
    }
    expect(await (await database()).comment.count({ where: { assessmentId: assessment.id } })).toBe(0);
  });

  it("are rate-limited per link and visitor: five per ten minutes", async () => {
    const { owner, assessment } = await setup();
    const { token } = await createShareLink(owner.actor, assessment.id, { canComment: true });
    for (let i = 0; i < 5; i += 1) expect((await addGuestComment(token, { displayName: "Sam", body: `Note ${i}` }, "198.51.100.1")).ok).toBe(true);
    const refused = await addGuestComment(token, { displayName: "Sam", body: "One more" }, "198.51.100.1");
    expect(refused).toMatchObject({ ok: false });
    // Windows are aligned to the clock (every ten minutes), so the wait is anything up to ten minutes.
    expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect((await addGuestComment(token, { displayName: "Ana", body: "Other visitor" }, "198.51.100.2")).ok).toBe(true);
    expect(await listGuestComments(token)).toHaveLength(6);
  });
});
