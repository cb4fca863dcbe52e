"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "@/lib/server/session";
import { reviseAssessment, saveAssessment } from "@/lib/server/workspace/assessments";
import { invalid } from "@/lib/server/workspace/errors";
import { runAction } from "@/lib/server/workspace/run-action";
import { createShareLink, revokeShareLink } from "@/lib/server/workspace/share-links";
import { publicOrigin } from "@/lib/server/public-origin";
import { listTeams } from "@/lib/server/workspace/teams";
import { formFields, type ActionState } from "@/lib/workspace/action-state";
import { answersFromForm } from "@/lib/workspace/answers-form";

const field = (data: FormData, name: string) => String(data.get(name) ?? "");
const version = (data: FormData) => Number(field(data, "version"));

function answersOrThrow(data: FormData) {
  const answers = answersFromForm(data);
  if (!answers.ok) throw invalid(answers.issues);
  return answers.traits;
}

/** Save answers (from a results link or the wizard) into a team, then open the saved assessment. */
export async function saveAssessmentAction(_state: ActionState, data: FormData): Promise<ActionState> {
  let target = "";
  const state = await runAction(async () => {
    const actor = await currentActor();
    const saved = await saveAssessment(actor, field(data, "teamId"), { title: field(data, "title"), answers: answersOrThrow(data) });
    const team = (await listTeams(actor)).find((t) => t.id === saved.teamId);
    target = team ? paths.assessment(team.slug, saved.id) : paths.teams();
    return { status: "ok", message: "Saved." };
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function reviseAssessmentAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const saved = await reviseAssessment(await currentActor(), field(data, "assessmentId"), { version: version(data), answers: answersOrThrow(data) });
    revalidatePath(paths.assessment(field(data, "teamSlug"), saved.id));
    return { status: "ok", message: `Saved as revision ${saved.revisionCount}.` };
  });
}

export async function createShareLinkAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    const { token } = await createShareLink(await currentActor(), field(data, "assessmentId"), { ...formFields(data, ["expiresInDays"], ["label", "expiresInDays"]), canComment: data.get("canComment") === "on" });
    revalidatePath(paths.assessment(field(data, "teamSlug"), field(data, "assessmentId")));
    return { status: "ok", message: "Share link created.", link: `${publicOrigin()}${paths.shared(token)}` };
  });
}

export async function revokeShareLinkAction(_state: ActionState, data: FormData): Promise<ActionState> {
  return runAction(async () => {
    await revokeShareLink(await currentActor(), field(data, "assessmentId"), field(data, "linkId"));
    revalidatePath(paths.assessment(field(data, "teamSlug"), field(data, "assessmentId")));
    return { status: "ok", message: "Share link revoked: it now answers 404." };
  });
}
