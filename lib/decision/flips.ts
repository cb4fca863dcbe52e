import { whatIfWinnerScorer } from "./score";
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

/**
 * Numeric traits by band: `edges` are every threshold a scoring rule or gate tests (budget: the gates at $2k and $10k
 * and the bands at $5k, $25k and $100k; requests: the bands at 10k, 1M and 10M), `probes` one representative value per
 * band, so every other band is tried once.
 */
const numericBands = [
  { trait: "upfrontBudgetUsd", edges: [2_000, 5_000, 10_000, 25_000, 100_000], probes: [0, 2_000, 5_000, 10_000, 25_000, 100_000] },
  { trait: "monthlyQueries", edges: [10_000, 1_000_000, 10_000_000], probes: [1_000, 100_000, 1_000_000, 10_000_000] },
] as const;

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

const bandOf = (edges: readonly number[], value: number) => edges.filter((edge) => edge <= value).length;

/** Every single-answer change worth trying: other choices, other numeric bands, one skill added or removed. */
const choiceEntries = Object.entries(choices) as [TraitKey, readonly TraitAnswer[]][];

export function alternatives(traits: Traits): { trait: TraitKey; to: TraitAnswer }[] {
  const out: { trait: TraitKey; to: TraitAnswer }[] = [];
  forEachAlternative(traits, (trait, to) => out.push({ trait, to }));
  return out;
}

/** Calls `visit` for every alternative, in `alternatives` order, without building the list (the hot path of flips). */
function forEachAlternative(traits: Traits, visit: (trait: TraitKey, to: TraitAnswer) => void): void {
  for (const [trait, values] of choiceEntries) {
    for (const to of values) if (to !== traits[trait]) visit(trait, to);
  }
  for (const { trait, edges, probes } of numericBands) {
    const current = bandOf(edges, traits[trait]);
    for (const to of probes) if (bandOf(edges, to) !== current) visit(trait, to);
  }
  for (const skill of teamSkillOptions) {
    const has = traits.teamSkills.includes(skill);
    const to = has ? traits.teamSkills.filter((s) => s !== skill) : teamSkillOptions.filter((s) => s === skill || traits.teamSkills.includes(s));
    visit("teamSkills", to);
  }
}

export { withAnswer } from "./with-answer";

/** Re-scores every alternative and keeps those that change the architecture: true by construction. */
export function findFlips(
  traits: Traits,
  current: Architecture,
  winnerWith: (trait: TraitKey, to: Traits[TraitKey]) => Architecture = whatIfWinnerScorer(traits),
): Flip[] {
  const flips: Flip[] = [];
  forEachAlternative(traits, (trait, to) => {
    const architecture = winnerWith(trait, to);
    if (architecture !== current) flips.push({ trait, to, architecture });
  });
  return flips;
}
