"use server";

import { respondToAnswerRequest } from "@/lib/server/workspace/answer-requests";
import { runAction } from "@/lib/server/workspace/run-action";
import { type ActionState } from "@/lib/workspace/action-state";
import { answersFromForm } from "@/lib/workspace/answers-form";
import { invalid } from "@/lib/server/workspace/errors";

/** A respondent sends their answers (no account): they land in the team as a draft under the name given. */
export async function respondAction(_state: ActionState, data: FormData): Promise<ActionState> {
  const state = await runAction(async () => {
    const answers = answersFromForm(data);
    if (!answers.ok) throw invalid(answers.issues);
    await respondToAnswerRequest(String(data.get("token") ?? ""), { respondentName: String(data.get("respondentName") ?? ""), answers: answers.traits });
    return { status: "ok", message: "Thank you: your answers were sent to the team. You can close this page." };
  });
  return state.status === "error" && state.issues.length === 0 ? { ...state, message: "This link can no longer be used: it was already answered, revoked or has expired." } : state;
}
