import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "@/lib/decision/traits";
import { architectures, type Architecture } from "@/lib/decision/types";
import { planNotes, type PlanNoteCode } from "./plan-notes";

const codes = (traits: Partial<Traits>, architecture: Architecture): PlanNoteCode[] =>
  planNotes(makeTraits(traits), architecture).map((note) => note.code);

describe("plan notes", () => {
  it.each(architectures)("the neutral project on %s needs no note", (architecture) => {
    expect(planNotes(makeTraits(), architecture)).toEqual([]);
  });

  // One row per condition: the answers and architecture, and whether the note appears.
  it.each<[PlanNoteCode, Partial<Traits>, Architecture, boolean]>([
    // Retraining dominates only a fine-tuned-only system whose facts change daily or faster.
    ["retraining-dominates", { knowledgeChange: "realtime" }, "fine_tuning", true],
    ["retraining-dominates", { knowledgeChange: "daily" }, "fine_tuning", true],
    ["retraining-dominates", { knowledgeChange: "weekly" }, "fine_tuning", false],
    ["retraining-dominates", { knowledgeChange: "static" }, "fine_tuning", false],
    ["retraining-dominates", { knowledgeChange: "daily" }, "hybrid", false],
    ["retraining-dominates", { knowledgeChange: "realtime" }, "rag", false],
    ["retraining-dominates", { knowledgeChange: "daily" }, "prompt_engineering", false],
    // A deadline of days is below the training floor for anything that tunes.
    ["deadline-below-training-floor", { timeToShip: "days" }, "fine_tuning", true],
    ["deadline-below-training-floor", { timeToShip: "days" }, "hybrid", true],
    ["deadline-below-training-floor", { timeToShip: "weeks" }, "fine_tuning", false],
    ["deadline-below-training-floor", { timeToShip: "weeks" }, "hybrid", false],
    ["deadline-below-training-floor", { timeToShip: "days" }, "rag", false],
    ["deadline-below-training-floor", { timeToShip: "days" }, "prompt_engineering", false],
    // No GPU access matters only when something is trained.
    ["no-gpu-access", { gpuAccess: "none" }, "fine_tuning", true],
    ["no-gpu-access", { gpuAccess: "none" }, "hybrid", true],
    ["no-gpu-access", { gpuAccess: "cloud" }, "fine_tuning", false],
    ["no-gpu-access", { gpuAccess: "dedicated" }, "hybrid", false],
    ["no-gpu-access", { gpuAccess: "none" }, "rag", false],
    ["no-gpu-access", { gpuAccess: "none" }, "prompt_engineering", false],
    // Fewer than a hundred labelled examples is too few to train on.
    ["too-few-examples-to-train", { labeledExamples: "none" }, "fine_tuning", true],
    ["too-few-examples-to-train", { labeledExamples: "under_100" }, "fine_tuning", true],
    ["too-few-examples-to-train", { labeledExamples: "none" }, "hybrid", true],
    ["too-few-examples-to-train", { labeledExamples: "under_100" }, "hybrid", true],
    ["too-few-examples-to-train", { labeledExamples: "hundreds" }, "fine_tuning", false],
    ["too-few-examples-to-train", { labeledExamples: "hundreds" }, "hybrid", false],
    ["too-few-examples-to-train", { labeledExamples: "none" }, "rag", false],
    ["too-few-examples-to-train", { labeledExamples: "under_100" }, "prompt_engineering", false],
  ])("%s for %j on %s: %s", (code, traits, architecture, expected) => {
    expect(codes(traits, architecture)).toEqual(expected ? [code] : []);
  });

  it.each<[PlanNoteCode, Partial<Traits>, Architecture, string, string, string]>([
    ["retraining-dominates", { knowledgeChange: "daily" }, "fine_tuning", "knowledgeChange", "daily", "has to be retrained again and again"],
    ["deadline-below-training-floor", { timeToShip: "days" }, "hybrid", "timeToShip", "days", "cannot be curated, trained and evaluated within days"],
    ["no-gpu-access", { gpuAccess: "none" }, "fine_tuning", "gpuAccess", "none", "Training needs GPUs."],
    ["too-few-examples-to-train", { labeledExamples: "under_100" }, "hybrid", "labeledExamples", "under_100", "build a reviewed training set first"],
  ])("%s names the architecture and the answer behind it", (code, traits, architecture, key, answer, fragment) => {
    const [note] = planNotes(makeTraits(traits), architecture);
    expect(note?.code).toBe(code);
    expect(note?.message).toContain(fragment);
    expect(note?.triggers.map((t) => [t.key, t.answer])).toEqual([
      ["architecture", architecture],
      [key, answer],
    ]);
  });

  it("lists every note that applies, in a fixed order", () => {
    const traits = { knowledgeChange: "realtime", timeToShip: "days", gpuAccess: "none", labeledExamples: "none" } as const;
    expect(codes(traits, "fine_tuning")).toEqual(["retraining-dominates", "deadline-below-training-floor", "no-gpu-access", "too-few-examples-to-train"]);
    expect(codes(traits, "hybrid")).toEqual(["deadline-below-training-floor", "no-gpu-access", "too-few-examples-to-train"]);
    expect(codes(traits, "rag")).toEqual([]);
  });
});
