"use server";

import { revalidatePath } from "next/cache";
import { paths } from "@/lib/paths";
import { publicOrigin } from "@/lib/server/public-origin";
import { currentActor } from "@/lib/server/session";
import { createAnswerRequest, revokeAnswerRequest } from "@/lib/server/workspace/answer-requests";
import { runAction } from "@/lib/server/workspace/run-action";
import { formFields, type ActionState } from "@/lib/workspace/action-state";

const field = (data: FormData, name: string) => String(data.get(name) ?? "");

export async function createAnswerRequestAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const { token } = await createAnswerRequest(await currentActor(), field(data, "teamId"), formFields(data, ["expiresInDays"], ["projectName", "expiresInDays"]));
    revalidatePath(paths.team(field(data, "teamSlug")));
    return { status: "ok", message: "Request link created. Send it to the person who knows the project.", link: `${publicOrigin()}${paths.answerRequest(token)}` };
  });
}

export async function revokeAnswerRequestAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await revokeAnswerRequest(await currentActor(), field(data, "teamId"), field(data, "requestId"));
    revalidatePath(paths.team(field(data, "teamSlug")));
    return { status: "ok", message: "Request revoked." };
  });
}
