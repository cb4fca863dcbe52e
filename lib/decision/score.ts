import { baseScores, scoringRules, type ScoringRule } from "./scoring-rules";
import { isTeamSkill, type TeamSkill, type TraitKey, type Traits } from "./traits";
import { architectures, byArchitecture, type Architecture, type Effects, type Factor, type Scores } from "./types";

/** Raw points → 0..100 by a logistic curve: strictly increasing, so every rule's direction survives. */
const scoreSpread = 30;
export function toDisplayScore(raw: number): number {
  return Math.round(1000 / (1 + Math.exp(-raw / scoreSpread))) / 10;
}

/**
 * How much the answers that call for retrieval (rules marked `retrieval`) count, by project:
 * - `plain`: as written;
 * - `nothing`: the need is behaviour only, or all the material fits in one prompt. Freshness, citations and per-user
 *   access hardly separate retrieval from the rest (the material can travel in the prompt): a quarter of the effect;
 * - `both`: the need is knowledge and behaviour. The hybrid retrieves too, so it gets seven eighths of what retrieval
 *   gets (when that is more than its own): RAG against hybrid is then settled by the behaviour evidence.
 */
export type RetrievalMode = "plain" | "nothing" | "both";
const modeIndex = { plain: 0, nothing: 1, both: 2 } as const;
export const retrievalWeights = { nothing: 1 / 4, hybridShare: 7 / 8 } as const;

export function retrievalMode(traits: Pick<Traits, "need" | "corpusSize">): RetrievalMode {
  if (traits.need === "behavior" || traits.corpusSize === "fits_in_prompt") return "nothing";
  return traits.need === "both" ? "both" : "plain";
}

const hybridIndex = architectures.indexOf("hybrid");
const ragIndex = architectures.indexOf("rag");

/** A rule's effects in `architectures` order, as they count in each retrieval mode. */
function modeVectors(rule: ScoringRule): readonly (readonly number[])[] {
  const plain = architectures.map((a) => rule.effects[a] ?? 0);
  if (!rule.retrieval || rule.gate) return [plain, plain, plain];
  const nothing = plain.map((value) => value * retrievalWeights.nothing);
  const rag = plain[ragIndex] ?? 0;
  const both = plain.map((value, i) => (i === hybridIndex && rag > 0 ? Math.max(value, rag * retrievalWeights.hybridShare) : value));
  return [plain, nothing, both];
}

/** Share of a log-ramp rule's effects at `value`: 0 at `from`, 1 at `to`, in proportion to the log in between. */
export function rampWeight(ramp: readonly [number, number], value: number): number {
  const [from, to] = ramp;
  const share = (Math.log(Math.max(value, 1)) - Math.log(from)) / (Math.log(to) - Math.log(from));
  return Math.min(1, Math.max(0, share));
}

// "+ 0" turns a rounded −0 into 0.
const round1 = (value: number) => Math.round(value * 10) / 10 + 0;

/** A rule compiled once: its effects per retrieval mode, and for a log ramp log(from) and log(to / from). */
interface CompiledRule {
  rule: ScoringRule;
  vectors: readonly (readonly number[])[];
  ramp?: { logFrom: number; logSpan: number };
}

const compile = (rule: ScoringRule): CompiledRule => {
  const vectors = modeVectors(rule);
  if (!rule.logRamp) return { rule, vectors };
  const [from, to] = rule.logRamp;
  return { rule, vectors, ramp: { logFrom: Math.log(from), logSpan: Math.log(to) - Math.log(from) } };
};

// Compile the table once: scoring is then a few map lookups and additions, cheap enough to re-score
// every single-answer change (flips, nudges, unsure answers) on each call.
const byTrait = new Map<TraitKey, Map<unknown, CompiledRule[]>>();
const numeric: CompiledRule[] = [];
const bySkill = new Map<TeamSkill, CompiledRule[]>();
const conditional: CompiledRule[] = [];
for (const rule of scoringRules) {
  const compiled = compile(rule);
  if (rule.when) conditional.push(compiled);
  else if (rule.range || rule.logRamp) numeric.push(compiled);
  else if (rule.trait === "teamSkills" && isTeamSkill(rule.answer)) bySkill.set(rule.answer, [...(bySkill.get(rule.answer) ?? []), compiled]);
  else {
    const answers = byTrait.get(rule.trait) ?? new Map<unknown, CompiledRule[]>();
    answers.set(rule.answer, [...(answers.get(rule.answer) ?? []), compiled]);
    byTrait.set(rule.trait, answers);
  }
}
const skillOrder = [...bySkill.keys()];

// The `when` rules each answer can switch: those that read it, and a log-ramp rule for its own trait. A rule that
// does not say what it reads is re-checked on every change.
const conditionalByTrait = new Map<TraitKey, CompiledRule[]>();
const recheckAlways: CompiledRule[] = [];
for (const compiled of conditional) {
  const { reads, logRamp, trait } = compiled.rule;
  if (!reads) {
    recheckAlways.push(compiled);
    continue;
  }
  for (const key of new Set([...reads, ...(logRamp ? [trait] : [])])) conditionalByTrait.set(key, [...(conditionalByTrait.get(key) ?? []), compiled]);
}
/** The `when` rules to re-check when `trait` changes. */
const recheckFor = (trait: TraitKey): readonly CompiledRule[] => recheckLists.get(trait) ?? recheckAlways;
const recheckLists = new Map<TraitKey, readonly CompiledRule[]>([...conditionalByTrait].map(([trait, rules]) => [trait, [...rules, ...recheckAlways]]));

/** What a numeric rule adds for `value` in mode `m`: its vector, a share of it (log ramp), or nothing. */
function numericEffect(compiled: CompiledRule, value: unknown, m: number): readonly number[] | undefined {
  const { rule } = compiled;
  const vector = compiled.vectors[m];
  if (typeof value !== "number" || vector === undefined) return undefined;
  const ramp = compiled.ramp;
  if (ramp) {
    const weight = Math.min(1, Math.max(0, (Math.log(Math.max(value, 1)) - ramp.logFrom) / ramp.logSpan));
    if (weight === 0) return undefined;
    return weight === 1 ? vector : vector.map((effect) => round1(effect * weight));
  }
  const range = rule.range;
  return range && value >= range[0] && value < range[1] ? vector : undefined;
}

/** What a `when` rule adds for these traits, or nothing when its condition fails. */
function conditionalEffect(compiled: CompiledRule, traits: Traits, m: number): readonly number[] | undefined {
  if (!compiled.rule.when?.(traits)) return undefined;
  if (compiled.ramp) return numericEffect(compiled, traits[compiled.rule.trait], m);
  return compiled.vectors[m];
}

/** Calls `visit` with every rule that applies to these traits and the effects it adds: answers, numbers, skills, then `when` rules. */
function forEachMatchingRule(traits: Traits, visit: (compiled: CompiledRule, vector: readonly number[]) => void): void {
  const m = modeIndex[retrievalMode(traits)];
  for (const [trait, answers] of byTrait) {
    const rules = answers.get(traits[trait]);
    if (rules) for (const compiled of rules) visit(compiled, compiled.vectors[m] ?? []);
  }
  for (const compiled of numeric) {
    const vector = numericEffect(compiled, traits[compiled.rule.trait], m);
    if (vector) visit(compiled, vector);
  }
  for (const skill of skillOrder) {
    if (traits.teamSkills.includes(skill)) for (const compiled of bySkill.get(skill) ?? []) visit(compiled, compiled.vectors[m] ?? []);
  }
  for (const compiled of conditional) {
    const vector = conditionalEffect(compiled, traits, m);
    if (vector) visit(compiled, vector);
  }
}

const baseVector: readonly number[] = architectures.map((a) => baseScores[a]);

const add = (sum: number[], vector: readonly number[] | undefined) => {
  if (vector) for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] ?? 0) + (vector[i] ?? 0);
};

/** Raw points per architecture, in `architectures` order. The hot path of flips: plain loops, no closures. */
export function rawVector(traits: Traits, m: number = modeIndex[retrievalMode(traits)]): number[] {
  const sum = [...baseVector];
  for (const [trait, answers] of byTrait) {
    const rules = answers.get(traits[trait]);
    if (rules) for (const compiled of rules) add(sum, compiled.vectors[m]);
  }
  for (const compiled of numeric) add(sum, numericEffect(compiled, traits[compiled.rule.trait], m));
  for (const skill of traits.teamSkills) for (const compiled of bySkill.get(skill) ?? []) add(sum, compiled.vectors[m]);
  for (const compiled of conditional) add(sum, conditionalEffect(compiled, traits, m));
  return sum;
}

// Per trait: the summed vectors of each answer's own rules in each mode, worked out once; and the numeric rules.
const answerSums = new Map<TraitKey, Map<unknown, readonly (readonly number[])[]>>();
for (const [trait, answers] of byTrait) {
  const sums = new Map<unknown, readonly (readonly number[])[]>();
  for (const [answer, rules] of answers) {
    sums.set(
      answer,
      [0, 1, 2].map((m) => {
        const sum = baseVector.map(() => 0);
        for (const compiled of rules) add(sum, compiled.vectors[m]);
        return sum;
      }),
    );
  }
  answerSums.set(trait, sums);
}
const numericByTrait = new Map<TraitKey, CompiledRule[]>();
for (const compiled of numeric) numericByTrait.set(compiled.rule.trait, [...(numericByTrait.get(compiled.rule.trait) ?? []), compiled]);
const zeroVector: readonly number[] = baseVector.map(() => 0);

/** Sum of the rules a single answer triggers on its own (no `when` rules) in mode `m`, in `architectures` order. */
function answerVector(trait: TraitKey, value: Traits[TraitKey], m: number): readonly number[] {
  if (Array.isArray(value)) {
    const sum = baseVector.map(() => 0);
    for (const skill of value) for (const compiled of bySkill.get(skill) ?? []) add(sum, compiled.vectors[m]);
    return sum;
  }
  const rules = numericByTrait.get(trait);
  if (rules) {
    const sum = baseVector.map(() => 0);
    for (const compiled of rules) add(sum, numericEffect(compiled, value, m));
    return sum;
  }
  return answerSums.get(trait)?.get(value)?.[m] ?? zeroVector;
}

function conditionalVector(traits: Traits, m: number): number[] {
  const sum = baseVector.map(() => 0);
  for (const compiled of conditional) add(sum, conditionalEffect(compiled, traits, m));
  return sum;
}

/**
 * Points closer than this are a tie. Effects are multiples of a tenth and of an eighth, so sums added in another order
 * (the what-if scorer's) can differ from a fresh sum by rounding error only; the tolerance keeps both on one winner.
 */
const tieTolerance = 1e-9;

export const argmax = (sum: readonly number[]): Architecture => {
  let best = 0;
  for (let i = 1; i < sum.length; i++) if ((sum[i] ?? 0) > (sum[best] ?? 0) + tieTolerance) best = i;
  return architectures[best] ?? architectures[0];
};

/** Traits whose answer decides how the retrieval answers count. */
const modeTraits: ReadonlySet<TraitKey> = new Set<TraitKey>(["need", "corpusSize"]);

/**
 * Raw points (in `architectures` order) of single-answer changes to one project, quickly: the raw total minus the old
 * answer's own rules plus the new answer's, with the `when` rules (interactions, gates) re-evaluated on the changed
 * project. A change of need or corpus size can change how every retrieval answer counts: it starts from the total in
 * the changed project's mode (worked out once per mode). Equal to re-scoring the changed project from scratch (a
 * property test holds it to that).
 */
export function whatIfRawScorer(traits: Traits, total: readonly number[] = rawVector(traits)): (trait: TraitKey, to: Traits[TraitKey]) => number[] {
  const m = modeIndex[retrievalMode(traits)];
  const totals: (readonly number[] | undefined)[] = [undefined, undefined, undefined];
  const gates: (readonly number[] | undefined)[] = [undefined, undefined, undefined];
  totals[m] = total;
  const own: Map<TraitKey, readonly number[]>[] = [new Map(), new Map(), new Map()];
  const scratch: Record<TraitKey, Traits[TraitKey]> = { ...traits };
  return (trait, to) => {
    scratch[trait] = to;
    // The scratch copy holds a valid project again after each call; one copy instead of one per what-if keeps flips fast.
    const changed = scratch as Traits;
    if (modeTraits.has(trait)) {
      // How the retrieval answers count may change: start from the total in the changed project's mode.
      const mode = modeIndex[retrievalMode(changed)];
      const changedGates = conditionalVector(changed, mode);
      scratch[trait] = traits[trait];
      const base = (totals[mode] ??= rawVector(traits, mode));
      const baseGates = (gates[mode] ??= conditionalVector(traits, mode));
      const ownByTrait = own[mode] ?? new Map<TraitKey, readonly number[]>();
      let before = ownByTrait.get(trait);
      if (!before) {
        before = answerVector(trait, traits[trait], mode);
        ownByTrait.set(trait, before);
      }
      const after = answerVector(trait, to, mode);
      for (let i = 0; i < changedGates.length; i++) {
        changedGates[i] = (base[i] ?? 0) - (before[i] ?? 0) + (after[i] ?? 0) - (baseGates[i] ?? 0) + (changedGates[i] ?? 0);
      }
      return changedGates;
    }
    const ownByTrait = own[m] ?? new Map<TraitKey, readonly number[]>();
    let before = ownByTrait.get(trait);
    if (!before) {
      before = answerVector(trait, traits[trait], m);
      ownByTrait.set(trait, before);
    }
    const after = answerVector(trait, to, m);
    const sum = new Array<number>(total.length);
    for (let i = 0; i < total.length; i++) sum[i] = (total[i] ?? 0) - (before[i] ?? 0) + (after[i] ?? 0);
    // Only the `when` rules that read this answer can switch: take each one's old effect out and its new one in.
    for (const compiled of recheckFor(trait)) {
      const now = conditionalEffect(compiled, changed, m);
      const was = conditionalEffect(compiled, traits, m);
      if (now === was) continue;
      for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] ?? 0) - (was?.[i] ?? 0) + (now?.[i] ?? 0);
    }
    scratch[trait] = traits[trait];
    return sum;
  };
}

// A slot per (trait, answer) for the answers of the rule table (choices and yes/no), for the what-if memo.
const slotOf = new Map<TraitKey, Map<unknown, number>>();
let choiceSlots = 0;
for (const [trait, answers] of byTrait) {
  const slots = new Map<unknown, number>();
  for (const answer of answers.keys()) slots.set(answer, choiceSlots++);
  slotOf.set(trait, slots);
}
// perUserAccess: false has no rule, but is still an answer to remember.
for (const slots of slotOf.values()) if (slots.has(true) && !slots.has(false)) slots.set(false, choiceSlots++);
const choiceSlot = (trait: TraitKey, to: unknown): number | undefined => slotOf.get(trait)?.get(to);

/** The most a `when` rule can move one architecture against another: twice its largest effect in any mode. */
const swing = (compiled: CompiledRule) => 2 * Math.max(...compiled.vectors.flatMap((vector) => vector.map(Math.abs)));
const swingByTrait = new Map<TraitKey, number>();
const alwaysSwing = recheckAlways.reduce((sum, compiled) => sum + swing(compiled), 0);
for (const [trait, rules] of recheckLists) swingByTrait.set(trait, rules.reduce((sum, compiled) => sum + swing(compiled), 0));

/**
 * The winner after each single-answer change, each answer scored once per project (flips, nudges and unsure ranges
 * ask about many of the same changes). A change whose own rules leave the winner further ahead than every `when` rule
 * it could switch might move is settled without re-checking them: the winner stays. Skill lists are not remembered.
 */
export function whatIfWinnerScorer(traits: Traits, total: readonly number[] = rawVector(traits)): (trait: TraitKey, to: Traits[TraitKey]) => Architecture {
  const raw = whatIfRawScorer(traits, total);
  const m = modeIndex[retrievalMode(traits)];
  const current = argmax(total);
  const w = architectures.indexOf(current);
  const own = new Map<TraitKey, readonly number[]>();
  const scratch: Record<TraitKey, Traits[TraitKey]> = { ...traits };
  // One sum reused by every what-if of this project: argmax reads it and nothing keeps it.
  const buffer = new Array<number>(total.length).fill(0);

  const winner = (trait: TraitKey, to: Traits[TraitKey]): Architecture => {
    // A change of need or corpus size changes how every retrieval answer counts: scored in full.
    if (modeTraits.has(trait)) return argmax(raw(trait, to));
    let before = own.get(trait);
    if (!before) {
      before = answerVector(trait, traits[trait], m);
      own.set(trait, before);
    }
    const after = answerVector(trait, to, m);
    const sum = buffer;
    let rival = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < total.length; i++) {
      sum[i] = (total[i] ?? 0) - (before[i] ?? 0) + (after[i] ?? 0);
      if (i !== w) rival = Math.max(rival, sum[i] ?? 0);
    }
    // Further ahead than every `when` rule this answer could switch might move it: the winner stays.
    if ((sum[w] ?? 0) - rival > (swingByTrait.get(trait) ?? alwaysSwing) + tieTolerance) return current;
    scratch[trait] = to;
    for (const compiled of recheckFor(trait)) {
      const now = conditionalEffect(compiled, scratch as Traits, m);
      const was = conditionalEffect(compiled, traits, m);
      if (now === was) continue;
      for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] ?? 0) - (was?.[i] ?? 0) + (now?.[i] ?? 0);
    }
    scratch[trait] = traits[trait];
    return argmax(sum);
  };

  // Choices are remembered by (trait, position of the answer): a flat array, no maps to build on every call.
  const known: (Architecture | undefined)[] = new Array<Architecture | undefined>(choiceSlots);
  return (trait, to) => {
    const slot = choiceSlot(trait, to);
    if (slot === undefined) return winner(trait, to);
    let found = known[slot];
    if (found === undefined) {
      found = winner(trait, to);
      known[slot] = found;
    }
    return found;
  };
}

/** The architecture each single-answer change would give (see whatIfRawScorer). */
export function whatIfScorer(traits: Traits): (trait: TraitKey, to: Traits[TraitKey]) => Architecture {
  const raw = whatIfRawScorer(traits);
  return (trait, to) => argmax(raw(trait, to));
}

/** Points as shown and compared: sums of tenths and eighths, without the binary rounding error of adding them up. */
export const cleanPoints = (value: number) => Math.round(value * 1e6) / 1e6 + 0;

export function rawScores(traits: Traits): Scores {
  const sum = rawVector(traits);
  return byArchitecture((_, i) => cleanPoints(sum[i] ?? 0));
}

/** Preference order when raw scores tie: the simpler, cheaper architecture wins. */
export function rank(raw: Scores): Architecture[] {
  const order = (a: Architecture, b: Architecture) => {
    const difference = raw[b] - raw[a];
    return Math.abs(difference) > tieTolerance ? difference : architectures.indexOf(a) - architectures.indexOf(b);
  };
  return [...architectures].sort(order);
}

/** The winning architecture (ties to the simpler one, as in `rank`). */
export function topArchitecture(traits: Traits): Architecture {
  return argmax(rawVector(traits));
}

const modeNotes: Record<RetrievalMode, string> = {
  plain: "",
  nothing: " It counts for little here: with nothing to retrieve, the material can travel in the prompt.",
  both: " With both needs, it counts for the hybrid's retrieval half too.",
};

const toEffects = (vector: readonly number[]): Effects => {
  const effects: Effects = {};
  architectures.forEach((architecture, i) => {
    const value = vector[i] ?? 0;
    if (value !== 0) effects[architecture] = value;
  });
  return effects;
};

/** The rules that moved a score, as factors: skill rules merge into one factor; largest effect first. */
export function explain(traits: Traits): Factor[] {
  const factors: { factor: Factor; size: number }[] = [];
  let skills: { factor: Factor; size: number } | undefined;
  const mode = retrievalMode(traits);
  forEachMatchingRule(traits, ({ rule }, vector) => {
    let size = 0;
    for (const effect of vector) size = Math.max(size, Math.abs(effect));
    if (size === 0) return;
    if (rule.trait === "teamSkills" && !rule.when) {
      if (!skills) {
        skills = { factor: { trait: "teamSkills", answer: traits.teamSkills, effects: {}, rationale: rule.rationale, sources: [] }, size: 0 };
        factors.push(skills);
      } else skills.factor.rationale += ` ${rule.rationale}`;
      addEffects(skills.factor.effects, toEffects(vector));
      skills.factor.sources = [...new Set([...skills.factor.sources, ...rule.sources])];
      skills.size = Math.max(0, ...Object.values(skills.factor.effects).map((v) => Math.abs(v ?? 0)));
      return;
    }
    const note = rule.retrieval && !rule.gate ? modeNotes[mode] : "";
    factors.push({
      factor: {
        trait: rule.trait,
        answer: traits[rule.trait],
        effects: toEffects(vector),
        rationale: rule.rationale + note,
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
