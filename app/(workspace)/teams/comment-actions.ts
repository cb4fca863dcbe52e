"use server";

import { revalidatePath } from "next/cache";
import { paths } from "@/lib/paths";
import { currentActor } from "@/lib/server/session";
import { addComment, deleteComment, editComment } from "@/lib/server/workspace/comments";
import { runAction } from "@/lib/server/workspace/run-action";
import type { ActionState } from "@/lib/workspace/action-state";

// The comment forms on an assessment's Review page. Each one carries the assessment and the team's slug (to refresh the page).

const field = (data: FormData, name: string) => String(data.get(name) ?? "");
const refresh = (data: FormData) => revalidatePath(paths.assessment(field(data, "teamSlug"), field(data, "assessmentId")));

export async function addCommentAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const traitKey = field(data, "traitKey");
    const parentId = field(data, "parentId");
    await addComment(await currentActor(), field(data, "assessmentId"), {
      body: field(data, "body"),
      ...(traitKey ? { traitKey } : {}),
      ...(parentId ? { parentId } : {}),
    });
    refresh(data);
    return { status: "ok", message: parentId ? "Reply posted." : "Comment posted." };
  });
}

export async function editCommentAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await editComment(await currentActor(), field(data, "assessmentId"), field(data, "commentId"), { body: field(data, "body") });
    refresh(data);
    return { status: "ok", message: "Comment updated." };
  });
}

export async function deleteCommentAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await deleteComment(await currentActor(), field(data, "assessmentId"), field(data, "commentId"));
    refresh(data);
    return { status: "ok", message: "Comment deleted." };
  });
}
