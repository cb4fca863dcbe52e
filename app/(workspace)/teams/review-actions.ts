"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "@/lib/server/session";
import { markNotificationsRead } from "@/lib/server/workspace/activity";
import { invalid } from "@/lib/server/workspace/errors";
import { castVote, changeStatus, requestReview, saveSuccessor } from "@/lib/server/workspace/review";
import { runAction } from "@/lib/server/workspace/run-action";
import type { ActionState } from "@/lib/workspace/action-state";
import { answersFromForm } from "@/lib/workspace/answers-form";
import { statusLabels, verdictLabels, isStatus } from "@/lib/workspace/review-workflow";

const field = (data: FormData, name: string) => String(data.get(name) ?? "");
const version = (data: FormData) => Number(field(data, "version"));
const refresh = (data: FormData) => revalidatePath(paths.assessment(field(data, "teamSlug"), field(data, "assessmentId")));

/** Propose a draft for review: approvals needed and the reviewers to ask. */
export async function requestReviewAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const reviewerIds = data.getAll("reviewerIds").map(String).filter(Boolean);
    const saved = await requestReview(await currentActor(), field(data, "assessmentId"), {
      version: version(data),
      requiredApprovals: Number(field(data, "requiredApprovals")),
      reviewerIds,
    });
    refresh(data);
    return { status: "ok", message: `Proposed for review: ${saved.requiredApprovals} approval${saved.requiredApprovals === 1 ? "" : "s"} needed.` };
  });
}

export async function voteAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const review = await castVote(await currentActor(), field(data, "assessmentId"), { verdict: field(data, "verdict"), note: field(data, "note") });
    refresh(data);
    const mine = review.votes.find((vote) => vote.current && vote.verdict === field(data, "verdict"));
    return { status: "ok", message: mine ? `Your vote is recorded: ${verdictLabels[mine.verdict]}.` : "Your vote is recorded." };
  });
}

export async function changeStatusAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const saved = await changeStatus(await currentActor(), field(data, "assessmentId"), { version: version(data), status: field(data, "status"), note: field(data, "note") });
    refresh(data);
    return { status: "ok", message: `Status: ${isStatus(saved.status) ? statusLabels[saved.status] : saved.status}.` };
  });
}

/** Changed answers for an accepted decision: saved as the assessment that supersedes it, which then opens. */
export async function saveSuccessorAction(_state: ActionState, data: FormData): Promise<ActionState> {
  let target = "";
  const state = await runAction(async () => {
    const answers = answersFromForm(data);
    if (!answers.ok) throw invalid(answers.issues);
    const title = field(data, "title").trim();
    const saved = await saveSuccessor(await currentActor(), field(data, "assessmentId"), { version: version(data), answers: answers.traits, ...(title ? { title } : {}) });
    refresh(data);
    target = paths.assessment(field(data, "teamSlug"), saved.id);
    return { status: "ok", message: "Saved as a new assessment." };
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function markNotificationsReadAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const id = field(data, "id");
    await markNotificationsRead(await currentActor(), id || undefined);
    revalidatePath(paths.notifications());
    return { status: "ok", message: id ? "Marked as read." : "All marked as read." };
  });
}
