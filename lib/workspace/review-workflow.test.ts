import { describe, expect, it } from "vitest";
import { checkEdit, checkSupersede, checkTransition, checkVote, isStatus, nextStatuses, statuses, tally, type Status, type Tally, type Vote } from "./review-workflow";

const noVotes: Tally = { approve: 0, request_changes: 0, abstain: 0, stale: 0 };
const approvals = (approve: number, request_changes = 0): Tally => ({ ...noVotes, approve, request_changes });

// Every move a person may make by hand, written out: anything else is refused.
const allowedMoves: readonly (readonly [Status, Status])[] = [
  ["draft", "proposed"],
  ["proposed", "draft"],
  ["proposed", "accepted"],
  ["proposed", "rejected"],
  ["rejected", "draft"],
];

describe("checkTransition", () => {
  const pairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));
  const isAllowed = (from: Status, to: Status) => allowedMoves.some(([a, b]) => a === from && b === to);

  it.each(pairs.filter(([from, to]) => isAllowed(from, to)))("allows %s → %s (with enough approvals)", (from, to) => {
    expect(checkTransition({ status: from, requiredApprovals: 2, tally: approvals(2) }, to)).toEqual({ ok: true });
  });

  it.each(pairs.filter(([from, to]) => !isAllowed(from, to)))("refuses %s → %s with a message", (from, to) => {
    const check = checkTransition({ status: from, requiredApprovals: 0, tally: approvals(5) }, to);
    expect(check.ok).toBe(false);
    expect(check.ok ? "" : check.message).toMatch(/\w+ .*\./);
  });

  it.each([
    [0, 1, false],
    [1, 1, true],
    [1, 2, false],
    [2, 2, true],
    [3, 2, true],
  ])("accepts with %i approvals when %i are required: %s", (approve, required, ok) => {
    expect(checkTransition({ status: "proposed", requiredApprovals: required, tally: approvals(approve) }, "accepted").ok).toBe(ok);
  });

  it("refuses to accept while anyone requests changes, however many approve", () => {
    const check = checkTransition({ status: "proposed", requiredApprovals: 1, tally: approvals(4, 1) }, "accepted");
    expect(check).toEqual({ ok: false, message: "1 reviewer has requested changes; settle them before accepting." });
    expect(checkTransition({ status: "proposed", requiredApprovals: 1, tally: approvals(4, 2) }, "accepted")).toEqual({
      ok: false,
      message: "2 reviewers have requested changes; settle them before accepting.",
    });
  });

  it("says how many approvals are missing", () => {
    expect(checkTransition({ status: "proposed", requiredApprovals: 2, tally: approvals(1) }, "accepted")).toEqual({
      ok: false,
      message: "Accepting needs 2 approvals of the current revision; it has 1.",
    });
    expect(checkTransition({ status: "proposed", requiredApprovals: 1, tally: approvals(0) }, "accepted")).toEqual({
      ok: false,
      message: "Accepting needs 1 approval of the current revision; it has 0.",
    });
  });

  it("explains the lock on an accepted decision and the closed superseded one", () => {
    expect(checkTransition({ status: "accepted", requiredApprovals: 1, tally: noVotes }, "draft")).toEqual({
      ok: false,
      message: "An accepted decision is locked. To change it, start a new assessment that supersedes it.",
    });
    expect(checkTransition({ status: "superseded", requiredApprovals: 1, tally: noVotes }, "draft")).toEqual({
      ok: false,
      message: "A superseded decision is closed; work on the assessment that replaced it.",
    });
    expect(checkTransition({ status: "draft", requiredApprovals: 1, tally: noVotes }, "draft")).toEqual({ ok: false, message: "The decision is already draft." });
    expect(checkTransition({ status: "draft", requiredApprovals: 1, tally: noVotes }, "superseded")).toEqual({
      ok: false,
      message: "A decision is superseded by saving the assessment that replaces it, not by hand.",
    });
    expect(checkTransition({ status: "draft", requiredApprovals: 0, tally: approvals(3) }, "accepted")).toEqual({
      ok: false,
      message: "A draft decision can only move to proposed.",
    });
    expect(checkTransition({ status: "rejected", requiredApprovals: 0, tally: approvals(3) }, "accepted")).toEqual({
      ok: false,
      message: "A rejected decision can only move to draft.",
    });
  });

  it("lists the moves open from each status", () => {
    expect(statuses.map((status) => [status, nextStatuses(status)])).toEqual([
      ["draft", ["proposed"]],
      ["proposed", ["draft", "accepted", "rejected"]],
      ["accepted", []],
      ["rejected", ["draft"]],
      ["superseded", []],
    ]);
  });
});

describe("tally", () => {
  it("counts only votes on the current revision, and the rest as stale", () => {
    const votes: Vote[] = [
      { userId: "a", verdict: "approve", revisionNumber: 3 },
      { userId: "b", verdict: "approve", revisionNumber: 2 },
      { userId: "c", verdict: "request_changes", revisionNumber: 3 },
      { userId: "d", verdict: "abstain", revisionNumber: 3 },
      { userId: "e", verdict: "request_changes", revisionNumber: 1 },
    ];
    expect(tally(votes, 3)).toEqual({ approve: 1, request_changes: 1, abstain: 1, stale: 2 });
    expect(tally(votes, 2)).toEqual({ approve: 1, request_changes: 0, abstain: 0, stale: 4 });
    expect(tally([], 1)).toEqual(noVotes);
  });
});

describe("votes, edits and successors", () => {
  it.each(statuses)("votes are open only while proposed (%s)", (status) => {
    expect(checkVote(status).ok).toBe(status === "proposed");
  });

  it.each(statuses)("answers are editable unless accepted or superseded (%s)", (status) => {
    expect(checkEdit(status).ok).toBe(status !== "accepted" && status !== "superseded");
  });

  it.each(statuses)("only an accepted decision gets a successor (%s)", (status) => {
    expect(checkSupersede(status).ok).toBe(status === "accepted");
  });

  it("gives reasons when it refuses", () => {
    expect(checkVote("draft")).toEqual({ ok: false, message: "Votes are taken while a decision is proposed. Propose it first." });
    expect(checkEdit("accepted")).toEqual({ ok: false, message: "An accepted decision is locked. Save your changes as a new assessment that supersedes it." });
    expect(checkEdit("superseded")).toEqual({ ok: false, message: "A superseded decision is closed; edit the assessment that replaced it." });
    expect(checkSupersede("draft")).toEqual({ ok: false, message: "Only an accepted decision is superseded; edit this one instead." });
  });

  it("recognises statuses", () => {
    expect(statuses.every(isStatus)).toBe(true);
    expect(isStatus("archived")).toBe(false);
    expect(isStatus(1)).toBe(false);
  });
});
