import { whatIfScorer } from "./score";
import {
  citationNeeds,
  corpusSizes,
  errorCosts,
  dataSensitivities,
  gpuAccessLevels,
  knowledgeChanges,
  labeledExampleCounts,
  latencies,
  needs,
  outputControls,
  promptBaselines,
  taskTypes,
  teamSkillOptions,
  timesToShip,
  vocabularies,
  type Traits,
  type TraitKey,
} from "./traits";
import type { Architecture, Flip, TraitAnswer } from "./types";

/** Representative values for numeric traits: one per scoring band, so every band is tried. */
const budgetProbes = [0, 5_000, 25_000, 100_000] as const;
const queryProbes = [1_000, 100_000, 1_000_000, 10_000_000] as const;

const choices: { [K in TraitKey]?: readonly Traits[K][] } = {
  need: needs,
  taskType: taskTypes,
  promptBaseline: promptBaselines,
  knowledgeChange: knowledgeChanges,
  corpusSize: corpusSizes,
  citations: citationNeeds,
  outputControl: outputControls,
  domainVocabulary: vocabularies,
  errorCost: errorCosts,
  latency: latencies,
  dataSensitivity: dataSensitivities,
  perUserAccess: [true, false],
  timeToShip: timesToShip,
  labeledExamples: labeledExampleCounts,
  gpuAccess: gpuAccessLevels,
};

const bandOf = (probes: readonly number[], value: number) => probes.filter((p) => p <= value).length;

/** Every single-answer change worth trying: other choices, other numeric bands, one skill added or removed. */
export function alternatives(traits: Traits): { trait: TraitKey; to: TraitAnswer }[] {
  const out: { trait: TraitKey; to: TraitAnswer }[] = [];
  for (const [trait, values] of Object.entries(choices) as [TraitKey, readonly TraitAnswer[]][]) {
    for (const to of values) if (to !== traits[trait]) out.push({ trait, to });
  }
  for (const [trait, probes] of [["upfrontBudgetUsd", budgetProbes], ["monthlyQueries", queryProbes]] as const) {
    const current = bandOf(probes, traits[trait]);
    for (const to of probes) if (bandOf(probes, to) !== current) out.push({ trait, to });
  }
  for (const skill of teamSkillOptions) {
    const has = traits.teamSkills.includes(skill);
    const to = has ? traits.teamSkills.filter((s) => s !== skill) : teamSkillOptions.filter((s) => s === skill || traits.teamSkills.includes(s));
    out.push({ trait: "teamSkills", to });
  }
  return out;
}

export { withAnswer } from "./with-answer";

/** Re-scores every alternative and keeps those that change the architecture: true by construction. */
export function findFlips(traits: Traits, current: Architecture): Flip[] {
  const scoreWith = whatIfScorer(traits);
  const flips: Flip[] = [];
  for (const { trait, to } of alternatives(traits)) {
    const architecture = scoreWith(trait, to);
    if (architecture !== current) flips.push({ trait, to, architecture });
  }
  return flips;
}
