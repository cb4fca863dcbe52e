import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import { architectureTrigger, traitTrigger } from "@/lib/decision/warning-triggers";
import type { Trigger } from "./types";

export const planNoteCodes = [
  "retraining-dominates",
  "deadline-below-training-floor",
  "no-gpu-access",
  "too-few-examples-to-train",
] as const;
export type PlanNoteCode = (typeof planNoteCodes)[number];

export interface PlanNote {
  code: PlanNoteCode;
  message: string;
  triggers: Trigger[];
}

const tunes = (a: Architecture) => a === "fine_tuning" || a === "hybrid";

/** Facts about the plan a reader should not miss, each tied to the answers behind it. */
export function planNotes(traits: Traits, architecture: Architecture): PlanNote[] {
  const notes: PlanNote[] = [];
  if (architecture === "fine_tuning" && (traits.knowledgeChange === "realtime" || traits.knowledgeChange === "daily")) {
    notes.push({
      code: "retraining-dominates",
      message:
        "The facts change daily or faster, and a fine-tuned-only system holds them in its weights, so it has to be retrained again and again. Retraining becomes the largest running cost after salaries, and a deep learning and an MLOps engineer stay on it full-time after launch. Moving the changing facts into retrieval (a hybrid) removes most of that cost.",
      triggers: [architectureTrigger(architecture), traitTrigger(traits, "knowledgeChange")],
    });
  }
  if (tunes(architecture) && traits.timeToShip === "days") {
    notes.push({
      code: "deadline-below-training-floor",
      message:
        "A tuned model cannot be curated, trained and evaluated within days. Ship a prompt or retrieval version first and swap the tuned model in when it beats that baseline.",
      triggers: [architectureTrigger(architecture), traitTrigger(traits, "timeToShip")],
    });
  }
  if (tunes(architecture) && traits.gpuAccess === "none") {
    notes.push({
      code: "no-gpu-access",
      message:
        "Training needs GPUs. Without your own or rented ones, use a managed fine-tuning service (for example the OpenAI fine-tuning API or SageMaker JumpStart), or plan a rental budget.",
      triggers: [architectureTrigger(architecture), traitTrigger(traits, "gpuAccess")],
    });
  }
  if (tunes(architecture) && (traits.labeledExamples === "none" || traits.labeledExamples === "under_100")) {
    notes.push({
      code: "too-few-examples-to-train",
      message:
        "Training on too little or poor data gives a worse model, not a better one. The prototype phase includes extra data-engineering time to build a reviewed training set first.",
      triggers: [architectureTrigger(architecture), traitTrigger(traits, "labeledExamples")],
    });
  }
  return notes;
}
