import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/decision/recommend";
import { makeTraits } from "@/tests/fixtures/traits";
import {
  archiveFilename,
  archiveFormat,
  archiveIssues,
  canonicalOrder,
  maxArchiveBytes,
  normaliseArchive,
  parseArchive,
  remapDetail,
  type ArchiveAssessment,
  type TeamArchive,
} from "./team-archive";
import { planImport, type CommentRow } from "./team-archive-import";

const t = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute)).toISOString();
const answers = makeTraits();
const result = JSON.parse(JSON.stringify(recommend(answers))) as ArchiveAssessment["revisions"][number]["result"];

function assessment(id: string, overrides: Partial<ArchiveAssessment> = {}): ArchiveAssessment {
  return {
    id,
    title: `Title ${id}`,
    status: "proposed",
    requiredApprovals: 1,
    supersededBy: null,
    authorName: "Ann",
    authorEmail: "ann@example.com",
    createdAt: t(1),
    updatedAt: t(5),
    revisions: [
      { number: 1, answers, result, engineVersion: result.engineVersion, architecture: result.recommendation.architecture, authorName: "Ann", authorEmail: "ann@example.com", createdAt: t(1) },
      { number: 2, answers, result, engineVersion: result.engineVersion, architecture: result.recommendation.architecture, authorName: "Zed", authorEmail: null, createdAt: t(2) },
    ],
    comments: [
      { id: `${id}-c1`, parentId: null, traitKey: null, authorName: "Ann", authorEmail: "ann@example.com", body: "Top", edits: [{ body: "Tpo", createdAt: t(3) }], editedAt: t(3), deletedAt: null, createdAt: t(2) },
      { id: `${id}-c2`, parentId: `${id}-c1`, traitKey: "latency", authorName: "Guest", authorEmail: null, body: "Reply", edits: [], editedAt: null, deletedAt: null, createdAt: t(3) },
      { id: `${id}-c3`, parentId: `${id}-c2`, traitKey: null, authorName: "Bob", authorEmail: "BOB@example.com", body: "Reply to reply", edits: [], editedAt: null, deletedAt: t(4), createdAt: t(4) },
    ],
    votes: [
      { userEmail: "bob@example.com", userName: "Bob", verdict: "approve", note: "Fine", revisionNumber: 2, createdAt: t(3), updatedAt: t(4) },
      { userEmail: "gone@example.com", userName: "Gone", verdict: "request_changes", note: "No", revisionNumber: 1, createdAt: t(2), updatedAt: t(2) },
    ],
    calibrations: [
      {
        createdByName: "Ann",
        createdByEmail: "ann@example.com",
        status: "settled",
        settledAnswers: answers,
        settlement: { latency: { kept: "Ann" } },
        settledRevision: 2,
        createdAt: t(1),
        settledAt: t(2),
        responses: [
          { userEmail: "bob@example.com", userName: "Bob", answers, submittedAt: t(2), createdAt: t(1) },
          { userEmail: "gone@example.com", userName: "Gone", answers: null, submittedAt: null, createdAt: t(1) },
        ],
      },
    ],
    ...overrides,
  };
}

function archive(overrides: Partial<TeamArchive> = {}): TeamArchive {
  return {
    format: archiveFormat,
    version: 1,
    exportedAt: t(30),
    team: { name: "Platform" },
    members: [
      { email: "bob@example.com", name: "Bob", role: "editor" },
      { email: "ann@example.com", name: "Ann", role: "owner" },
    ],
    assessments: [assessment("a2", { createdAt: t(9), supersededBy: null }), assessment("a1", { status: "superseded", supersededBy: "a2" })],
    activity: [
      { actorName: "Ann", actorEmail: "ann@example.com", action: "status.changed", assessmentId: "a1", summary: "Superseded", detail: { to: "superseded", supersededById: "a2", commentId: "a1-c1", count: 2 }, createdAt: t(6) },
      { actorName: "Ann", actorEmail: "ann@example.com", action: "team.exported", assessmentId: null, summary: "Exported", detail: {}, createdAt: t(7) },
      { actorName: "Bob", actorEmail: null, action: "comment.added", assessmentId: "a1", summary: "Commented", detail: {}, createdAt: t(2) },
    ],
    ...overrides,
  };
}

describe("parseArchive", () => {
  it("accepts a complete archive and keeps the stored result exactly, unknown fields included", () => {
    const parsed = parseArchive(JSON.parse(JSON.stringify(archive())));
    expect(parsed).toEqual({ ok: true, archive: archive() });
    expect(maxArchiveBytes).toBe(5 * 1024 * 1024);
  });

  it.each([
    ["another format", { format: "something-else" }, "format"],
    ["another version", { version: 2 }, "version"],
    ["no members list", { members: undefined }, "members"],
    ["a bad role", { members: [{ email: "a@example.com", name: "A", role: "god" }] }, "members.0.role"],
    ["a bad email", { members: [{ email: "not-an-email", name: "A", role: "owner" }] }, "members.0.email"],
    ["a bad date", { exportedAt: "yesterday" }, "exportedAt"],
    ["an unknown field", { extra: 1 }, ""],
  ])("refuses %s, naming the field", (_name, change, path) => {
    const parsed = parseArchive({ ...archive(), ...change });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain(path);
  });

  it("names unknown fields in the message", () => {
    expect(parseArchive({ ...archive(), extra: 1, more: 2 })).toEqual({ ok: false, issues: [{ path: "", message: "Unknown fields: extra, more." }] });
  });

  it("refuses invalid answers, statuses and stored results inside an assessment", () => {
    const bad = archive({ assessments: [assessment("a1", { status: "approved" as never })] });
    const parsed = parseArchive(bad);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual(["assessments.0.status"]);
    const badResult = archive({ assessments: [assessment("a1", { revisions: [{ ...assessment("x").revisions[0]!, result: { ...result, scores: { rag: "high" } } as never }] })] });
    const resultIssues = parseArchive(badResult);
    expect(resultIssues.ok).toBe(false);
    const noRevisions = parseArchive(archive({ assessments: [assessment("a1", { revisions: [] })] }));
    expect(noRevisions.ok ? [] : noRevisions.issues).toEqual([{ path: "assessments.0.revisions", message: "An assessment has at least one revision." }]);
    expect(parseArchive(null).ok).toBe(false);
  });

  it("lists at most 50 issues", () => {
    const members = Array.from({ length: 80 }, () => ({ email: "bad", name: "x", role: "owner" }));
    const parsed = parseArchive({ ...archive(), members });
    expect(parsed.ok ? 0 : parsed.issues.length).toBe(50);
    const dupes = Array.from({ length: 80 }, () => ({ email: "a@example.com", name: "x", role: "owner" as const }));
    const many = parseArchive(archive({ members: dupes }));
    expect(many.ok ? 0 : many.issues.length).toBe(50);
  });
});

describe("archiveIssues", () => {
  it("finds nothing wrong with a consistent archive", () => {
    expect(archiveIssues(archive())).toEqual([]);
  });

  it("refuses duplicate members (any case), assessments and comments", () => {
    const issues = archiveIssues(
      archive({
        members: [
          { email: "a@example.com", name: "A", role: "owner" },
          { email: "A@example.com", name: "A2", role: "viewer" },
        ],
        assessments: [assessment("a1"), assessment("a1", { createdAt: t(2) })],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      "members.1.email",
      "assessments.1.id",
      "assessments.1.supersededBy",
      "assessments.1.comments.0.id",
      "assessments.1.comments.1.id",
      "assessments.1.comments.2.id",
    ].filter((path) => path !== "assessments.1.supersededBy"));
  });

  it("refuses references that do not resolve", () => {
    const a = assessment("a1", { supersededBy: "nope" });
    const selfSuperseded = assessment("a2", { supersededBy: "a2" });
    const orphan = assessment("a3", { comments: [{ ...assessment("a3").comments[1]!, parentId: "missing" }] });
    const activity = [{ ...archive().activity[0]!, assessmentId: "ghost" }];
    expect(archiveIssues(archive({ assessments: [a, selfSuperseded, orphan], activity }))).toEqual([
      { path: "assessments.0.supersededBy", message: "The assessment that supersedes this one is not in the archive." },
      { path: "assessments.1.supersededBy", message: "The assessment that supersedes this one is not in the archive." },
      { path: "assessments.2.comments.0.parentId", message: "The comment it replies to is not in this assessment." },
      { path: "activity.0.assessmentId", message: "The activity names an assessment that is not in the archive." },
    ]);
  });

  it("refuses reply loops", () => {
    const base = assessment("a1").comments;
    const loop = assessment("a1", { comments: [{ ...base[0]!, parentId: "a1-c3" }, base[1]!, base[2]!] });
    expect(archiveIssues(archive({ assessments: [loop], activity: [] })).map((issue) => [issue.path, issue.message])).toEqual([
      ["assessments.0.comments.0.parentId", "Replies form a loop."],
      ["assessments.0.comments.1.parentId", "Replies form a loop."],
      ["assessments.0.comments.2.parentId", "Replies form a loop."],
    ]);
    const selfReply = assessment("a1", { comments: [{ ...base[0]!, parentId: "a1-c1" }] });
    expect(archiveIssues(archive({ assessments: [selfReply], activity: [] }))).toEqual([{ path: "assessments.0.comments.0.parentId", message: "Replies form a loop." }]);
  });

  it("refuses revision gaps, votes and rounds on missing revisions, and double votes or responses", () => {
    const revisions = assessment("a1").revisions;
    const gap = assessment("a1", { revisions: [revisions[0]!, { ...revisions[1]!, number: 3 }], votes: [], calibrations: [] });
    const repeat = assessment("a2", { revisions: [revisions[0]!, { ...revisions[1]!, number: 1 }], votes: [], calibrations: [] });
    const votes = assessment("a3", {
      votes: [
        { ...assessment("a3").votes[0]!, revisionNumber: 3 },
        { ...assessment("a3").votes[0]!, userEmail: "BOB@example.com" },
      ],
      calibrations: [{ ...assessment("a3").calibrations[0]!, settledRevision: 3, responses: [assessment("a3").calibrations[0]!.responses[0]!, assessment("a3").calibrations[0]!.responses[0]!] }],
    });
    expect(archiveIssues(archive({ assessments: [gap, repeat, votes], activity: [] })).map((issue) => issue.path)).toEqual([
      "assessments.0.revisions",
      "assessments.1.revisions",
      "assessments.2.votes.1.userEmail",
      "assessments.2.votes.0.revisionNumber",
      "assessments.2.calibrations.0.settledRevision",
      "assessments.2.calibrations.0.responses.1.userEmail",
    ]);
  });

  it("accepts revisions listed out of order", () => {
    const revisions = assessment("a1").revisions;
    expect(archiveIssues(archive({ assessments: [assessment("a1", { revisions: [revisions[1]!, revisions[0]!] })], activity: [] }))).toEqual([]);
  });
});

describe("canonicalOrder and normaliseArchive", () => {
  it("orders by content, not by ids or the order records came in", () => {
    const ordered = canonicalOrder(archive());
    expect(ordered.members.map((m) => m.email)).toEqual(["ann@example.com", "bob@example.com"]);
    expect(ordered.assessments.map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(ordered.activity.map((e) => e.summary)).toEqual(["Commented", "Superseded", "Exported"]);
    expect(ordered.assessments[0]?.votes.map((v) => v.userEmail)).toEqual(["bob@example.com", "gone@example.com"]);
    expect(ordered.assessments[0]?.calibrations[0]?.responses.map((r) => r.userEmail)).toEqual(["bob@example.com", "gone@example.com"]);
  });

  it("orders revisions by number and calibration rounds by when they started", () => {
    const base = assessment("a1");
    const rounds = [{ ...base.calibrations[0]!, createdAt: t(9), createdByName: "Late" }, { ...base.calibrations[0]!, createdAt: t(1), createdByName: "Early" }];
    const ordered = canonicalOrder(archive({ assessments: [{ ...base, revisions: [...base.revisions].reverse(), calibrations: rounds }], activity: [] }));
    expect(ordered.assessments[0]?.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(ordered.assessments[0]?.calibrations.map((r) => r.createdByName)).toEqual(["Early", "Late"]);
  });

  it("breaks ties on title, author, then body", () => {
    const tied = archive({ assessments: [assessment("x", { title: "B" }), assessment("y", { title: "A", authorName: "Z" }), assessment("z", { title: "A", authorName: "M" })], activity: [] });
    expect(canonicalOrder(tied).assessments.map((a) => a.id)).toEqual(["z", "y", "x"]);
    const comments = assessment("a1").comments.map((c) => ({ ...c, parentId: null, createdAt: t(1) }));
    const sorted = canonicalOrder(archive({ assessments: [assessment("a1", { comments: [comments[2]!, { ...comments[0]!, authorName: "Bob", body: "B" }, comments[1]!] })], activity: [] }));
    expect(sorted.assessments[0]?.comments.map((c) => `${c.authorName}:${c.body}`)).toEqual(["Bob:B", "Bob:Reply to reply", "Guest:Reply"]);
    const edits = canonicalOrder(archive({ assessments: [assessment("a1", { comments: [{ ...comments[0]!, edits: [{ body: "b", createdAt: t(2) }, { body: "a", createdAt: t(2) }, { body: "c", createdAt: t(1) }] }] })], activity: [] }));
    expect(edits.assessments[0]?.comments[0]?.edits.map((e) => e.body)).toEqual(["c", "a", "b"]);
  });

  it("makes two archives of the same data equal whatever their ids, order and export time", () => {
    const original = archive();
    const renamed = JSON.parse(
      JSON.stringify(original)
        .replaceAll('"a1', '"X9')
        .replaceAll('"a2', '"Q4'),
    ) as TeamArchive;
    const shuffled: TeamArchive = { ...renamed, exportedAt: t(59), members: [...renamed.members].reverse(), assessments: [...renamed.assessments].reverse(), activity: [...renamed.activity].reverse() };
    expect(normaliseArchive(shuffled)).toEqual(normaliseArchive(original));
    const normal = normaliseArchive(original);
    expect("exportedAt" in normal).toBe(false);
    expect(normal.assessments.map((a) => [a.id, a.supersededBy])).toEqual([
      ["assessment-1", "assessment-2"],
      ["assessment-2", null],
    ]);
    expect(normal.assessments[0]?.comments.map((c) => [c.id, c.parentId])).toEqual([
      ["assessment-1-comment-1", null],
      ["assessment-1-comment-2", "assessment-1-comment-1"],
      ["assessment-1-comment-3", "assessment-1-comment-2"],
    ]);
    // The export's own entry is left out; ids inside the details are aliased too.
    expect(normal.activity.map((e) => [e.action, e.assessmentId])).toEqual([
      ["comment.added", "assessment-1"],
      ["status.changed", "assessment-1"],
    ]);
    expect(normal.activity[1]?.detail).toEqual({ to: "superseded", supersededById: "assessment-2", commentId: "assessment-1-comment-1", count: 2 });
  });

  it("still tells different data apart", () => {
    const changed = archive({ assessments: [assessment("a2", { createdAt: t(9) }), assessment("a1", { status: "superseded", supersededBy: "a2", title: "Other" })] });
    expect(normaliseArchive(changed)).not.toEqual(normaliseArchive(archive()));
  });
});

describe("remapDetail", () => {
  it("replaces only the string values that are known ids", () => {
    expect(remapDetail({ a: "old", b: "other", c: 3, d: ["old"] }, new Map([["old", "new"]]))).toEqual({ a: "new", b: "other", c: 3, d: ["old"] });
  });
});

describe("planImport", () => {
  let next = 0;
  const target = () => ({
    teamId: "team-b",
    members: [
      { userId: "u-ann", email: "Ann@Example.com" },
      { userId: "u-bob", email: "bob@example.com" },
    ],
    newId: () => `id-${++next}`,
  });

  it("gives every record a new id and remaps every reference", () => {
    next = 0;
    const plan = planImport(archive(), target());
    const [second, first] = plan.assessments;
    expect(first).toMatchObject({ teamId: "team-b", title: "Title a1", titleLower: "title a1", status: "superseded", authorId: "u-ann", revisionCount: 2, version: 1, requiredApprovals: 1 });
    expect(first?.architecture).toBe(result.recommendation.architecture);
    expect(first?.engineVersion).toBe(result.engineVersion);
    expect(first?.createdAt).toEqual(new Date(t(1)));
    expect(first?.updatedAt).toEqual(new Date(t(5)));
    expect(plan.supersessions).toEqual([{ id: first?.id, supersededById: second?.id, updatedAt: new Date(t(5)) }]);
    const ids = [...plan.assessments, ...plan.revisions, ...plan.commentLevels.flat(), ...plan.commentEdits, ...plan.votes, ...plan.rounds, ...plan.responses, ...plan.events].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => typeof id === "string" && id.startsWith("id-"))).toBe(true);
  });

  it("writes revisions as JSON text with their authors linked by email (any case) or kept as names", () => {
    next = 0;
    const plan = planImport(archive(), target());
    const revisions = plan.revisions.filter((row) => row.assessmentId === plan.assessments[1]?.id);
    expect(revisions.map((row) => [row.number, row.authorId, row.authorName])).toEqual([
      [1, "u-ann", "Ann"],
      [2, null, "Zed"],
    ]);
    expect(JSON.parse(String(revisions[0]?.answers))).toEqual(answers);
    expect(JSON.parse(String(revisions[0]?.result))).toEqual(result);
    expect(revisions[0]?.createdAt).toEqual(new Date(t(1)));
  });

  it("writes comments level by level, parents first, with edits and dates", () => {
    next = 0;
    const plan = planImport(archive({ assessments: [assessment("a1")], activity: [] }), target());
    expect(plan.commentLevels.map((level) => level.map((row) => row.body))).toEqual([["Top"], ["Reply"], ["Reply to reply"]]);
    const [[top], [reply], [deep]] = plan.commentLevels as unknown as [[CommentRow], [CommentRow], [CommentRow]];
    expect(top).toMatchObject({ parentId: null, authorId: "u-ann", traitKey: null, editedAt: new Date(t(3)), deletedAt: null });
    expect(reply).toMatchObject({ parentId: top.id, authorId: null, authorName: "Guest", traitKey: "latency", editedAt: null });
    expect(deep).toMatchObject({ parentId: reply.id, authorId: "u-bob", deletedAt: new Date(t(4)) });
    expect(plan.commentEdits).toEqual([{ id: expect.any(String) as string, commentId: top.id, body: "Tpo", createdAt: new Date(t(3)) }]);
  });

  it("keeps votes and calibration answers of members, and lists those of anyone else as unmatched", () => {
    next = 0;
    const plan = planImport(archive({ assessments: [assessment("a1")], activity: [] }), target());
    expect(plan.votes).toEqual([
      { id: expect.any(String) as string, assessmentId: plan.assessments[0]?.id, userId: "u-bob", userName: "Bob", verdict: "approve", note: "Fine", revisionNumber: 2, createdAt: new Date(t(3)), updatedAt: new Date(t(4)) },
    ]);
    expect(plan.rounds).toEqual([
      {
        id: expect.any(String) as string,
        assessmentId: plan.assessments[0]?.id,
        createdById: "u-ann",
        createdByName: "Ann",
        status: "settled",
        settledAnswers: JSON.stringify(answers),
        settlement: JSON.stringify({ latency: { kept: "Ann" } }),
        settledRevision: 2,
        createdAt: new Date(t(1)),
        settledAt: new Date(t(2)),
      },
    ]);
    expect(plan.responses).toEqual([
      { id: expect.any(String) as string, roundId: plan.rounds[0]?.id, userId: "u-bob", userName: "Bob", answers: JSON.stringify(answers), submittedAt: new Date(t(2)), createdAt: new Date(t(1)) },
    ]);
    expect(plan.unmatched).toEqual([
      { kind: "vote", assessmentTitle: "Title a1", name: "Gone", email: "gone@example.com", verdict: "request_changes", note: "No" },
      { kind: "calibration answer", assessmentTitle: "Title a1", name: "Gone", email: "gone@example.com" },
    ]);
  });

  it("takes the latest revision's result whatever the archive's order, and drops references it cannot resolve", () => {
    next = 0;
    const base = assessment("a1");
    const newer = { ...base.revisions[1]!, architecture: "hybrid" as const, engineVersion: "0.9.0" };
    const reordered = { ...base, supersededBy: "elsewhere", revisions: [newer, base.revisions[0]!] };
    const activity = [{ ...archive().activity[0]!, assessmentId: "elsewhere" }];
    const plan = planImport(archive({ assessments: [reordered], activity }), target());
    expect(plan.assessments[0]).toMatchObject({ architecture: "hybrid", engineVersion: "0.9.0", revisionCount: 2 });
    expect(plan.revisions.map((row) => row.number)).toEqual([1, 2]);
    expect(plan.supersessions[0]?.supersededById).toBe("elsewhere");
    expect(plan.events[0]?.assessmentId).toBeNull();
    // An unvalidated archive with no revision still gives a complete row.
    const bare = planImport(archive({ assessments: [{ ...base, revisions: [] }], activity: [] }), target());
    expect(bare.assessments[0]).toMatchObject({ architecture: "prompt_engineering", engineVersion: "", revisionCount: 0 });
  });

  it("keeps an open round with nothing settled as nulls", () => {
    next = 0;
    const open = assessment("a1", { calibrations: [{ ...assessment("a1").calibrations[0]!, status: "open", settledAnswers: null, settlement: null, settledRevision: null, settledAt: null, createdByEmail: null }] });
    const plan = planImport(archive({ assessments: [open], activity: [] }), target());
    expect(plan.rounds[0]).toMatchObject({ status: "open", settledAnswers: null, settlement: null, settledRevision: null, settledAt: null, createdById: null });
  });

  it("copies the activity with actors linked by email and assessment and comment ids remapped", () => {
    next = 0;
    const plan = planImport(archive(), target());
    const first = plan.assessments[1]?.id;
    const second = plan.assessments[0]?.id;
    const comment = plan.commentLevels[0]?.find((row) => row.assessmentId === first)?.id;
    expect(plan.events.map((row) => [row.action, row.teamId, row.actorId, row.assessmentId])).toEqual([
      ["status.changed", "team-b", "u-ann", first],
      ["team.exported", "team-b", "u-ann", null],
      ["comment.added", "team-b", null, first],
    ]);
    expect(JSON.parse(String(plan.events[0]?.detail))).toEqual({ to: "superseded", supersededById: second, commentId: comment, count: 2 });
    expect(plan.events[0]?.createdAt).toEqual(new Date(t(6)));
  });
});

describe("archiveFilename", () => {
  it("names the team and the day", () => {
    expect(archiveFilename("platform-team", new Date(t(0)))).toBe("platform-team-2026-11-01.team-archive.json");
    expect(archiveFilename("../x y", new Date(t(0)))).toBe("x-y-2026-11-01.team-archive.json");
    expect(archiveFilename("***", new Date(t(0)))).toBe("team-2026-11-01.team-archive.json");
  });
});
