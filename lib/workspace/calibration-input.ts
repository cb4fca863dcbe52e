// The inputs of team calibration, for the server actions, the JSON API and its OpenAPI document. zod/mini.
import * as z from "zod/mini";
import { traitsSchema } from "@/lib/decision/traits";

const id = z.string({ error: "Give a member's id." }).check(z.minLength(1, "Give a member's id."), z.maxLength(64, "That is not a member's id."));

/** Who to ask; left out, every member of the team. */
export const startCalibrationInput = z.strictObject({
  invitees: z.optional(
    z.array(id, { error: "List the members to ask." }).check(z.minLength(1, "Ask at least one member."), z.maxLength(500, "Ask at most 500 members.")),
  ),
});

export const calibrationAnswersInput = z.strictObject({ answers: traitsSchema });

/** Per disputed question, the answer to keep: the saved answer or one a member gave, written as in a results link (or that member's id). */
export const settleCalibrationInput = z.strictObject({
  version: z.number({ error: "Give the version you settled as a whole number." }).check(
    z.int({ error: "Give the version you settled as a whole number." }),
    z.minimum(1, "Give the version you settled as a whole number."),
    z.maximum(1_000_000, "Give the version you settled as a whole number."),
  ),
  choices: z.record(
    z.string().check(z.maxLength(40, "Name a question by its key.")),
    z.string({ error: "Give the answer to keep as text, as in a results link." }).check(z.maxLength(400, "That is not one of the answers given.")),
  ),
});
