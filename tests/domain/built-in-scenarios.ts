import type { Traits } from "@/lib/decision/traits";
import { demoAssessments } from "@/lib/workspace/demo-assessments";
import {
  brandVoiceGeneratorTraits,
  fineTuningTraits,
  highVolumeClassifierTraits,
  hybridLegalAssistantTraits,
  hybridTraits,
  promptTraits,
  ragTraits,
  regulatedResearchAssistantTraits,
  smallSupportBotTraits,
} from "@/tests/fixtures/traits";
import { decisionMatrix, flowchart, threeQuestions } from "./seed-scenarios";

/** Every project the product ships or tests by name: seed scenarios, golden projects, the named cases and the demo team. */
export const builtInScenarios: readonly { name: string; traits: Traits }[] = [
  ...decisionMatrix.map((s) => ({ name: `seed 003: ${s.name}`, traits: s.traits })),
  ...flowchart.map((s) => ({ name: `seed 004: ${s.name}`, traits: s.traits })),
  ...threeQuestions.map((s) => ({ name: `seed 000: ${s.name}`, traits: s.traits })),
  { name: "golden: small support bot", traits: smallSupportBotTraits },
  { name: "golden: regulated research assistant", traits: regulatedResearchAssistantTraits },
  { name: "golden: high-volume classifier", traits: highVolumeClassifierTraits },
  { name: "golden: brand voice generator", traits: brandVoiceGeneratorTraits },
  { name: "golden: hybrid legal assistant", traits: hybridLegalAssistantTraits },
  { name: "named case: rag", traits: ragTraits },
  { name: "named case: fine-tuning", traits: fineTuningTraits },
  { name: "named case: hybrid", traits: hybridTraits },
  { name: "named case: prompt", traits: promptTraits },
  ...demoAssessments.map((d) => ({ name: `demo team: ${d.title}`, traits: d.answers })),
];
