// How a saved decision moves through review: its statuses, the moves between them, and the approvals they need. Pure.
// lib/server/workspace asks `checkTransition` before every status change; a refusal is a 409 with its message.

export const statuses = ["draft", "proposed", "accepted", "rejected", "superseded"] as const;
export type Status = (typeof statuses)[number];

export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (statuses as readonly string[]).includes(value);
}

export const verdicts = ["approve", "request_changes", "abstain"] as const;
export type Verdict = (typeof verdicts)[number];

export const statusLabels: Readonly<Record<Status, string>> = {
  draft: "Draft",
  proposed: "Proposed",
  accepted: "Accepted",
  rejected: "Rejected",
  superseded: "Superseded",
};

export const verdictLabels: Readonly<Record<Verdict, string>> = {
  approve: "Approve",
  request_changes: "Request changes",
  abstain: "Abstain",
};

/** The moves a person can make by hand. Superseded is reached only by saving a successor (see `supersede`). */
const moves: Readonly<Record<Status, readonly Status[]>> = {
  draft: ["proposed"],
  proposed: ["draft", "accepted", "rejected"],
  accepted: [],
  rejected: ["draft"],
  superseded: [],
};

/** The statuses a person can move to from `from`. */
export function nextStatuses(from: Status): readonly Status[] {
  return moves[from];
}

/** One member's vote; only votes on the current revision count. */
export interface Vote {
  userId: string;
  verdict: Verdict;
  revisionNumber: number;
}

export interface Tally {
  approve: number;
  request_changes: number;
  abstain: number;
  /** Votes cast on an earlier revision: shown, not counted. */
  stale: number;
}

export function tally(votes: readonly Vote[], currentRevision: number): Tally {
  const counts: Tally = { approve: 0, request_changes: 0, abstain: 0, stale: 0 };
  for (const vote of votes) {
    if (vote.revisionNumber === currentRevision) counts[vote.verdict] += 1;
    else counts.stale += 1;
  }
  return counts;
}

export interface ReviewState {
  status: Status;
  requiredApprovals: number;
  tally: Tally;
}

export type TransitionCheck = { ok: true } | { ok: false; message: string };

const refuse = (message: string): TransitionCheck => ({ ok: false, message });

/**
 * Whether a decision may move from its status to `to`. Accepting needs the required number of approvals on the
 * current revision and no open request for changes.
 */
export function checkTransition(state: ReviewState, to: Status): TransitionCheck {
  const from = state.status;
  if (from === to) return refuse(`The decision is already ${statusLabels[to].toLowerCase()}.`);
  if (to === "superseded") return refuse("A decision is superseded by saving the assessment that replaces it, not by hand.");
  if (from === "accepted") return refuse("An accepted decision is locked. To change it, start a new assessment that supersedes it.");
  if (from === "superseded") return refuse("A superseded decision is closed; work on the assessment that replaced it.");
  if (!moves[from].includes(to)) {
    const allowed = moves[from].map((status) => statusLabels[status].toLowerCase()).join(" or ");
    return refuse(`A ${statusLabels[from].toLowerCase()} decision can only move to ${allowed}.`);
  }
  if (to === "accepted") {
    const { approve, request_changes } = state.tally;
    if (request_changes > 0) return refuse(`${plural(request_changes, "reviewer has", "reviewers have")} requested changes; settle them before accepting.`);
    if (approve < state.requiredApprovals) {
      return refuse(`Accepting needs ${plural(state.requiredApprovals, "approval", "approvals")} of the current revision; it has ${approve}.`);
    }
  }
  return { ok: true };
}

/** Whether members can vote now: only while the decision is proposed. */
export function checkVote(status: Status): TransitionCheck {
  return status === "proposed" ? { ok: true } : refuse("Votes are taken while a decision is proposed. Propose it first.");
}

/** Whether the answers can be edited in place. Accepted and superseded decisions are locked. */
export function checkEdit(status: Status): TransitionCheck {
  if (status === "accepted") return refuse("An accepted decision is locked. Save your changes as a new assessment that supersedes it.");
  if (status === "superseded") return refuse("A superseded decision is closed; edit the assessment that replaced it.");
  return { ok: true };
}

/** Whether an assessment can be replaced by a successor: only an accepted one (a draft can simply be edited). */
export function checkSupersede(status: Status): TransitionCheck {
  return status === "accepted" ? { ok: true } : refuse("Only an accepted decision is superseded; edit this one instead.");
}

/** The least and most approvals an assessment can require. */
export const requiredApprovalsRange = { min: 1, max: 20 } as const;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
