import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";
import { durationLabel, phaseDurations, staffingByPhase, totalFte } from "@/lib/staffing/phase-staffing";
import { phases, type Phase, type PhasePlan, type Staffing } from "./types";

export {
  durationLabel,
  launchWeek,
  midWeeks,
  phaseDurations,
  planningHorizonWeeks,
  staffingByPhase,
  totalFte,
} from "@/lib/staffing/phase-staffing";

const phaseCopy: Record<Phase, { title: string; goal: Record<Architecture, string> }> = {
  prototype: {
    title: "Prototype",
    goal: {
      prompt_engineering: "A prompt with examples and an output schema, scored against a first test set.",
      rag: "Retrieval over a sample of the real sources, answering real questions with citations.",
      fine_tuning: "A curated dataset and a first tuned model compared with the prompt-only baseline.",
      hybrid: "Retrieval working on real sources, and a first tuned model for format and tone compared with the prompt-only baseline.",
    },
  },
  production: {
    title: "Production",
    goal: {
      prompt_engineering: "Versioned prompts, output validation and an evaluation gate in front of real users.",
      rag: "Full-corpus indexing on schedule, monitored retrieval quality and a release gate.",
      fine_tuning: "A repeatable training pipeline, a deployed model behind an evaluation gate, and monitoring.",
      hybrid: "Both pipelines running on schedule, served together, with one evaluation gate over the combined answers.",
    },
  },
  scale: {
    title: "Scale",
    goal: {
      prompt_engineering: "Keep quality measured as usage grows, and watch for the point where retrieval or tuning pays.",
      rag: "Keep tuning retrieval as the corpus and questions drift, and keep cost per request in check.",
      fine_tuning: "Retrain only when the data or the task changes, with regression checks on every run.",
      hybrid: "Keep retrieval fresh, retrain the model only when its behaviour needs to change, and watch cost per request.",
    },
  },
};

/** The three phases with durations, goals and staffing for one architecture. */
export function buildPhasePlans(traits: Traits, architecture: Architecture, staffing: Record<Phase, Staffing> = staffingByPhase(traits, architecture)): PhasePlan[] {
  const durations = phaseDurations(traits, architecture);
  return phases.map((phase) => ({
    phase,
    title: phaseCopy[phase].title,
    goal: phaseCopy[phase].goal[architecture],
    duration: durations[phase],
    durationLabel: durationLabel(durations[phase]),
    staffing: staffing[phase],
    totalFte: totalFte(staffing[phase]),
  }));
}
