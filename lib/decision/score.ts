import { baseScores, scoringRules, type ScoringRule } from "./scoring-rules";
import { isTeamSkill, type TeamSkill, type TraitKey, type Traits } from "./traits";
import { architectures, byArchitecture, type Architecture, type Effects, type Factor, type Scores } from "./types";

/** Raw points → 0..100 by a logistic curve: strictly increasing, so every rule's direction survives. */
const scoreSpread = 30;
export function toDisplayScore(raw: number): number {
  return Math.round(1000 / (1 + Math.exp(-raw / scoreSpread))) / 10;
}

/** A rule's effects as a vector in `architectures` order, plus its largest absolute effect. */
interface CompiledRule {
  rule: ScoringRule;
  vector: readonly number[];
  size: number;
}

const compile = (rule: ScoringRule): CompiledRule => {
  const vector = architectures.map((a) => rule.effects[a] ?? 0);
  return { rule, vector, size: Math.max(...vector.map(Math.abs)) };
};

// Compile the table once: scoring is then a few map lookups and additions, cheap enough to re-score
// every single-answer change (flips) on each call.
const byTrait = new Map<TraitKey, Map<unknown, CompiledRule[]>>();
const ranged: CompiledRule[] = [];
const bySkill = new Map<TeamSkill, CompiledRule[]>();
const conditional: CompiledRule[] = [];
for (const rule of scoringRules) {
  const compiled = compile(rule);
  if (rule.when) conditional.push(compiled);
  else if (rule.range) ranged.push(compiled);
  else if (rule.trait === "teamSkills" && isTeamSkill(rule.answer)) bySkill.set(rule.answer, [...(bySkill.get(rule.answer) ?? []), compiled]);
  else {
    const answers = byTrait.get(rule.trait) ?? new Map<unknown, CompiledRule[]>();
    answers.set(rule.answer, [...(answers.get(rule.answer) ?? []), compiled]);
    byTrait.set(rule.trait, answers);
  }
}
const skillOrder = [...bySkill.keys()];

/** Calls `visit` for every rule that applies to these traits: per-answer rules, bands, skills, then `when` rules. */
function forEachMatchingRule(traits: Traits, visit: (compiled: CompiledRule) => void): void {
  for (const [trait, answers] of byTrait) {
    const rules = answers.get(traits[trait]);
    if (rules) for (const compiled of rules) visit(compiled);
  }
  for (const compiled of ranged) {
    const value = traits[compiled.rule.trait];
    const range = compiled.rule.range;
    if (range && typeof value === "number" && value >= range[0] && value < range[1]) visit(compiled);
  }
  for (const skill of skillOrder) {
    if (traits.teamSkills.includes(skill)) for (const compiled of bySkill.get(skill) ?? []) visit(compiled);
  }
  for (const compiled of conditional) if (compiled.rule.when?.(traits)) visit(compiled);
}

const baseVector: readonly number[] = architectures.map((a) => baseScores[a]);

const add = (sum: number[], vector: readonly number[]) => {
  for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] ?? 0) + (vector[i] ?? 0);
};

/** Raw points per architecture, in `architectures` order. The hot path of flips: plain loops, no closures. */
function rawVector(traits: Traits): number[] {
  const sum = [...baseVector];
  for (const [trait, answers] of byTrait) {
    const rules = answers.get(traits[trait]);
    if (rules) for (const compiled of rules) add(sum, compiled.vector);
  }
  for (const compiled of ranged) {
    const value = traits[compiled.rule.trait] as number;
    const range = compiled.rule.range;
    if (range && value >= range[0] && value < range[1]) add(sum, compiled.vector);
  }
  for (const skill of traits.teamSkills) for (const compiled of bySkill.get(skill) ?? []) add(sum, compiled.vector);
  for (const compiled of conditional) if (compiled.rule.when?.(traits)) add(sum, compiled.vector);
  return sum;
}

/** Sum of the rules a single answer triggers on its own (no `when` rules), in `architectures` order. */
function answerVector(trait: TraitKey, value: Traits[TraitKey]): number[] {
  const sum = baseVector.map(() => 0);
  if (Array.isArray(value)) {
    for (const skill of value) for (const compiled of bySkill.get(skill) ?? []) add(sum, compiled.vector);
    return sum;
  }
  for (const compiled of byTrait.get(trait)?.get(value) ?? []) add(sum, compiled.vector);
  for (const compiled of ranged) {
    const range = compiled.rule.range;
    if (compiled.rule.trait === trait && range && typeof value === "number" && value >= range[0] && value < range[1]) add(sum, compiled.vector);
  }
  return sum;
}

function conditionalVector(traits: Traits): number[] {
  const sum = baseVector.map(() => 0);
  for (const compiled of conditional) if (compiled.rule.when?.(traits)) add(sum, compiled.vector);
  return sum;
}

const argmax = (sum: readonly number[]): Architecture => {
  let best = 0;
  for (let i = 1; i < sum.length; i++) if ((sum[i] ?? 0) > (sum[best] ?? 0)) best = i;
  return architectures[best] ?? architectures[0];
};

/**
 * Scores single-answer changes to one project quickly: the raw total minus the old answer's own rules plus
 * the new answer's, with the `when` rules (interactions, gates) re-evaluated on the changed project. Equal to
 * re-scoring the changed project from scratch (a property test holds it to that).
 */
export function whatIfScorer(traits: Traits): (trait: TraitKey, to: Traits[TraitKey]) => Architecture {
  const total = rawVector(traits);
  const gates = conditionalVector(traits);
  const own = new Map<TraitKey, number[]>();
  const scratch: Record<TraitKey, Traits[TraitKey]> = { ...traits };
  return (trait, to) => {
    let before = own.get(trait);
    if (!before) {
      before = answerVector(trait, traits[trait]);
      own.set(trait, before);
    }
    const after = answerVector(trait, to);
    scratch[trait] = to;
    // The scratch copy holds a valid project again after each call; one copy instead of one per what-if keeps flips fast.
    const changedGates = conditionalVector(scratch as Traits);
    scratch[trait] = traits[trait];
    return argmax(total.map((value, i) => value - (before[i] ?? 0) + (after[i] ?? 0) - (gates[i] ?? 0) + (changedGates[i] ?? 0)));
  };
}

export function rawScores(traits: Traits): Scores {
  const sum = rawVector(traits);
  return byArchitecture((_, i) => sum[i] ?? 0);
}

/** Preference order when raw scores tie: the simpler, cheaper architecture wins. */
export function rank(raw: Scores): Architecture[] {
  return [...architectures].sort((a, b) => raw[b] - raw[a] || architectures.indexOf(a) - architectures.indexOf(b));
}

/** The winning architecture (ties to the simpler one, as in `rank`). */
export function topArchitecture(traits: Traits): Architecture {
  return argmax(rawVector(traits));
}

/** The rules that moved a score, as factors: skill rules merge into one factor; largest effect first. */
export function explain(traits: Traits): Factor[] {
  const factors: { factor: Factor; size: number }[] = [];
  let skills: { factor: Factor; size: number } | undefined;
  forEachMatchingRule(traits, ({ rule, size }) => {
    if (size === 0) return;
    if (rule.trait === "teamSkills" && !rule.when) {
      if (!skills) {
        skills = { factor: { trait: "teamSkills", answer: traits.teamSkills, effects: {}, rationale: rule.rationale, sources: [] }, size: 0 };
        factors.push(skills);
      } else skills.factor.rationale += ` ${rule.rationale}`;
      addEffects(skills.factor.effects, rule.effects);
      skills.factor.sources = [...new Set([...skills.factor.sources, ...rule.sources])];
      skills.size = Math.max(0, ...Object.values(skills.factor.effects).map((v) => Math.abs(v ?? 0)));
      return;
    }
    factors.push({
      factor: {
        trait: rule.trait,
        answer: traits[rule.trait],
        effects: { ...rule.effects },
        rationale: rule.rationale,
        sources: [...rule.sources],
        ...(rule.gate ? { gate: true } : {}),
      },
      size,
    });
  });
  // Array.prototype.sort is stable: equal effects keep table order.
  return factors.sort((a, b) => b.size - a.size).map(({ factor }) => factor);
}

function addEffects(target: Effects, effects: Effects): void {
  for (const architecture of architectures) {
    const effect = effects[architecture];
    if (effect) target[architecture] = (target[architecture] ?? 0) + effect;
  }
}
