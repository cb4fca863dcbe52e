"use server";

import { revalidatePath } from "next/cache";
import { paths } from "@/lib/paths";
import { currentActor } from "@/lib/server/session";
import { cancelCalibration, settleCalibration, startCalibration, submitCalibrationAnswers } from "@/lib/server/workspace/calibration";
import { invalid } from "@/lib/server/workspace/errors";
import { runAction } from "@/lib/server/workspace/run-action";
import type { ActionState } from "@/lib/workspace/action-state";
import { answersFromForm } from "@/lib/workspace/answers-form";

const field = (data: FormData, name: string) => String(data.get(name) ?? "");
/** The form's prefix for the answer kept per disputed question: `keep-<trait>`. */
const keepPrefix = "keep-";

function refresh(data: FormData) {
  const teamSlug = field(data, "teamSlug");
  const assessmentId = field(data, "assessmentId");
  revalidatePath(paths.assessmentCalibration(teamSlug, assessmentId));
  revalidatePath(paths.assessment(teamSlug, assessmentId));
}

export async function startCalibrationAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const invitees = data.getAll("invitees").filter((value): value is string => typeof value === "string");
    const round = await startCalibration(await currentActor(), field(data, "assessmentId"), { invitees });
    refresh(data);
    return { status: "ok", message: `Asked ${round.invited} ${round.invited === 1 ? "member" : "members"} to answer on their own.` };
  });
}

export async function submitCalibrationAnswersAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const answers = answersFromForm(data);
    if (!answers.ok) throw invalid(answers.issues);
    await submitCalibrationAnswers(await currentActor(), field(data, "roundId"), { answers: answers.traits });
    refresh(data);
    return { status: "ok", message: "Your answers are in. You can change them until the round is settled." };
  });
}

export async function settleCalibrationAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const choices: Record<string, string> = {};
    for (const [name, value] of data.entries()) {
      if (name.startsWith(keepPrefix) && typeof value === "string") choices[name.slice(keepPrefix.length)] = value;
    }
    const view = await settleCalibration(await currentActor(), field(data, "roundId"), { version: Number(field(data, "version")), choices });
    refresh(data);
    return { status: "ok", message: `Settled: saved as revision ${view.round.settledRevision ?? ""}.` };
  });
}

export async function cancelCalibrationAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await cancelCalibration(await currentActor(), field(data, "roundId"));
    refresh(data);
    return { status: "ok", message: "Round cancelled. The answers sent stay on record; the assessment is unchanged." };
  });
}
