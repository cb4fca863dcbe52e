import { baseScores, scoringRules, type ScoringRule } from "./scoring-rules";
import type { TraitKey, Traits } from "./traits";
import { architectures, type Architecture, type Effects, type Factor, type Scores } from "./types";

/** Raw points → 0..100 by a logistic curve: strictly increasing, so every rule's direction survives. */
const scoreSpread = 30;
export function toDisplayScore(raw: number): number {
  return Math.round(1000 / (1 + Math.exp(-raw / scoreSpread))) / 10;
}

// Index the table once so re-scoring (flips) is a handful of lookups, not a scan.
const byAnswer = new Map<TraitKey, Map<string, ScoringRule[]>>();
const ranged: ScoringRule[] = [];
const conditional: ScoringRule[] = [];
const skillRules: ScoringRule[] = [];
for (const rule of scoringRules) {
  if (rule.when) conditional.push(rule);
  else if (rule.range) ranged.push(rule);
  else if (rule.trait === "teamSkills") skillRules.push(rule);
  else {
    const answers = byAnswer.get(rule.trait) ?? new Map<string, ScoringRule[]>();
    answers.set(String(rule.answer), [...(answers.get(String(rule.answer)) ?? []), rule]);
    byAnswer.set(rule.trait, answers);
  }
}

/** Calls `visit` for every rule that applies to these traits, in table order within each kind. */
function forEachMatchingRule(traits: Traits, visit: (rule: ScoringRule) => void): void {
  for (const [trait, answers] of byAnswer) {
    const rules = answers.get(String(traits[trait]));
    if (rules) for (const rule of rules) visit(rule);
  }
  for (const rule of ranged) {
    const value = traits[rule.trait] as number;
    if (rule.range && value >= rule.range[0] && value < rule.range[1]) visit(rule);
  }
  for (const rule of skillRules) if (traits.teamSkills.includes(rule.answer as Traits["teamSkills"][number])) visit(rule);
  for (const rule of conditional) if (rule.when?.(traits)) visit(rule);
}

export function matchingRules(traits: Traits): ScoringRule[] {
  const matched: ScoringRule[] = [];
  forEachMatchingRule(traits, (rule) => matched.push(rule));
  return matched;
}

export function rawScores(traits: Traits): Scores {
  const raw: Scores = { ...baseScores };
  forEachMatchingRule(traits, (rule) => addEffects(raw, rule.effects));
  return raw;
}

function addEffects(target: Scores | Effects, effects: Effects): void {
  for (const architecture of architectures) {
    const effect = effects[architecture];
    if (effect) target[architecture] = (target[architecture] ?? 0) + effect;
  }
}

/** Preference order when raw scores tie: the simpler, cheaper architecture wins. */
export function rank(raw: Scores): Architecture[] {
  return [...architectures].sort((a, b) => raw[b] - raw[a] || architectures.indexOf(a) - architectures.indexOf(b));
}

export function topArchitecture(traits: Traits): Architecture {
  const raw = rawScores(traits);
  let best: Architecture = architectures[0];
  for (const architecture of architectures) if (raw[architecture] > raw[best]) best = architecture;
  return best;
}

const largestEffect = (effects: Effects) => Math.max(0, ...Object.values(effects).map((v) => Math.abs(v ?? 0)));

/** The rules that moved a score, as factors: skill rules merge into one factor; largest effect first. */
export function explain(traits: Traits): Factor[] {
  const factors: Factor[] = [];
  let skills: Factor | undefined;
  for (const rule of matchingRules(traits)) {
    if (largestEffect(rule.effects) === 0) continue;
    if (rule.trait === "teamSkills" && !rule.when) {
      if (!skills) {
        skills = { trait: "teamSkills", answer: traits.teamSkills, effects: {}, rationale: rule.rationale, sources: [] };
        factors.push(skills);
      } else skills.rationale += ` ${rule.rationale}`;
      addEffects(skills.effects, rule.effects);
      skills.sources = [...new Set([...skills.sources, ...rule.sources])];
      continue;
    }
    factors.push({
      trait: rule.trait,
      answer: traits[rule.trait],
      effects: { ...rule.effects },
      rationale: rule.rationale,
      sources: [...rule.sources],
      ...(rule.gate ? { gate: true } : {}),
    });
  }
  // Array.prototype.sort is stable: equal effects keep table order.
  return factors.sort((a, b) => largestEffect(b.effects) - largestEffect(a.effects));
}
