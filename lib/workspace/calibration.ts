// Team calibration: members answer the same project's questions independently; this compares their answers with
// the saved ones, shows which disagreements change the recommendation, and builds the settled answers. Pure.
import { parseTraits, recommend } from "@/lib/decision/recommend";
import { answerLabel, questionsByKey } from "@/lib/decision/trait-catalog";
import { traitKeys } from "@/lib/decision/trait-keys";
import { encodeAnswer } from "@/lib/decision/traits-query-string";
import { teamSkillOptions, type TraitKey, type Traits } from "@/lib/decision/traits";
import type { Architecture, TraitAnswer } from "@/lib/decision/types";
import { withAnswer } from "@/lib/decision/with-answer";
import type { FieldIssue } from "@/lib/validation/validation-error";

/** One member's submitted answers. */
export interface MemberAnswers {
  userId: string;
  name: string;
  answers: Traits;
}

export interface Person {
  userId: string;
  name: string;
}

/** How the answers to one question relate: all the same, members split, or members agree on something else than the saved answer. */
export type Disagreement = "none" | "members" | "saved";

/** One answer someone gave (or the saved one), with who gave it and the recommendation it leads to. */
export interface Alternative {
  /** The answer as written in a link (skills in catalog order, comma-separated): how a settlement names it. */
  key: string;
  value: TraitAnswer;
  label: string;
  /** True for the assessment's saved answer. */
  saved: boolean;
  members: Person[];
  /** The recommendation with this answer and every other answer as saved. */
  architecture: Architecture;
  confidence: number;
}

export interface TraitComparison {
  trait: TraitKey;
  /** The question's short name, e.g. "Latency budget". */
  label: string;
  question: string;
  saved: { key: string; value: TraitAnswer; label: string };
  /** Each member's answer, in the members' order. */
  answers: (Person & { key: string; value: TraitAnswer; label: string; differsFromSaved: boolean })[];
  disagreement: Disagreement;
  /** The saved answer first, then the others in the order members gave them; empty when no one disagrees. */
  alternatives: Alternative[];
  /** True when the alternatives do not all lead to the same recommendation. */
  changesRecommendation: boolean;
}

export interface MemberOutcome extends Person {
  /** The recommendation under this member's own full set of answers. */
  architecture: Architecture;
  confidence: number;
  /** How many answers differ from the saved ones. */
  differences: number;
}

export interface CalibrationAnalysis {
  saved: { architecture: Architecture; confidence: number };
  members: MemberOutcome[];
  /** Every question: disagreements that change the recommendation first, then other disagreements, then agreement; catalog order within each. */
  traits: TraitComparison[];
  /** The disputed questions, in the same order. */
  disputed: TraitKey[];
  /** The disputed questions whose answer changes the recommendation. */
  decisive: TraitKey[];
}

const skillOrder: ReadonlyMap<string, number> = new Map(teamSkillOptions.map((skill, index) => [skill, index]));

/** The answer with skills listed once each, in catalog order: a set of skills compares as a set. */
function canonicalValue(value: TraitAnswer): TraitAnswer {
  if (!Array.isArray(value)) return value;
  return [...new Set(value)].sort((a, b) => (skillOrder.get(a) ?? 0) - (skillOrder.get(b) ?? 0));
}

/** An answer as written in a results link, in canonical form: equal answers have equal keys, whatever the skills' order. */
export function answerKey(value: TraitAnswer): string {
  return encodeAnswer(canonicalValue(value));
}

type Outcome = { architecture: Architecture; confidence: number };

function outcome(traits: Traits): Outcome {
  const { architecture, confidence } = recommend(traits).recommendation;
  return { architecture, confidence };
}

function compareTrait(trait: TraitKey, saved: Traits, members: readonly MemberAnswers[]): TraitComparison {
  const question = questionsByKey[trait];
  const label = (value: TraitAnswer) => answerLabel(trait, value as never);
  const savedValue = canonicalValue(saved[trait]);
  const savedKey = answerKey(savedValue);
  const answers = members.map((member) => {
    const value = canonicalValue(member.answers[trait]);
    const key = answerKey(value);
    return { userId: member.userId, name: member.name, key, value, label: label(value), differsFromSaved: key !== savedKey };
  });
  const memberKeys = new Set(answers.map((answer) => answer.key));
  const disagreement: Disagreement = memberKeys.size > 1 ? "members" : answers.some((answer) => answer.differsFromSaved) ? "saved" : "none";
  const alternatives: Alternative[] = [];
  if (disagreement !== "none") {
    const byKey = new Map<string, Alternative>();
    const add = (key: string, value: TraitAnswer, traits: Traits | null) => {
      // The saved answer's recommendation is the saved one (a document count included); any other: only this answer changed.
      const alternative: Alternative = { key, value, label: label(value), saved: traits === saved, members: [], ...outcome(traits ?? withAnswer(saved, trait, value)) };
      byKey.set(key, alternative);
      alternatives.push(alternative);
      return alternative;
    };
    add(savedKey, savedValue, saved);
    for (const answer of answers) (byKey.get(answer.key) ?? add(answer.key, answer.value, null)).members.push({ userId: answer.userId, name: answer.name });
  }
  return {
    trait,
    label: question.short,
    question: question.question,
    saved: { key: savedKey, value: savedValue, label: label(savedValue) },
    answers,
    disagreement,
    alternatives,
    changesRecommendation: new Set(alternatives.map((alternative) => alternative.architecture)).size > 1,
  };
}

/** 0: changes the recommendation, 1: disputed, 2: agreed. */
const rank = (comparison: TraitComparison) => (comparison.changesRecommendation ? 0 : comparison.disagreement === "none" ? 2 : 1);

/**
 * Compares each member's answers with the saved ones: per question, who answered what, whether they disagree, and for
 * each disputed question the recommendation under each answer given (everything else as saved).
 */
export function analyzeCalibration(saved: Traits, members: readonly MemberAnswers[]): CalibrationAnalysis {
  // A stable sort: catalog order within each rank.
  const traits = traitKeys.map((trait) => compareTrait(trait, saved, members)).sort((a, b) => rank(a) - rank(b));
  const disputed = traits.filter((comparison) => comparison.disagreement !== "none");
  return {
    saved: outcome(saved),
    members: members.map((member) => ({
      userId: member.userId,
      name: member.name,
      ...outcome(member.answers),
      differences: traitKeys.filter((key) => answerKey(member.answers[key]) !== answerKey(saved[key])).length,
    })),
    traits,
    disputed: disputed.map((comparison) => comparison.trait),
    decisive: disputed.filter((comparison) => comparison.changesRecommendation).map((comparison) => comparison.trait),
  };
}

/** Which answer to keep, per question: the `key` of one of its alternatives (the saved answer or one a member gave), or the id of a member who gave it. */
export type Choices = Partial<Record<string, string>>;

/** One settled question: everyone's answer, and the one kept. */
export interface SettledTrait {
  trait: TraitKey;
  label: string;
  saved: { value: TraitAnswer; label: string };
  answers: (Person & { value: TraitAnswer; label: string })[];
  kept: { value: TraitAnswer; label: string; saved: boolean; members: Person[] };
}

export interface Settlement {
  /** Every disputed question, in the analysis's order. */
  traits: SettledTrait[];
  /** Each member's full answers as submitted, and the recommendation they led to. */
  members: (MemberOutcome & { answers: Traits })[];
  /** The recommendation under the saved answers and under the settled ones. */
  before: Architecture;
  after: Architecture;
}

export type SettleResult = { ok: true; answers: Traits; settlement: Settlement } | { ok: false; issues: FieldIssue[] };

function chooseAlternative(comparison: TraitComparison, choice: string | undefined): Alternative | FieldIssue {
  const path = `choices.${comparison.trait}`;
  if (choice === undefined) return { path, message: `Choose which answer to keep for "${comparison.label}".` };
  const picked = comparison.alternatives.find((alternative) => alternative.key === choice || alternative.members.some((member) => member.userId === choice));
  if (picked) return picked;
  const given = comparison.alternatives.map((alternative) => alternative.label).join("; ");
  return { path, message: `Keep one of the answers given for "${comparison.label}": ${given}.` };
}

const isIssue = (value: Alternative | FieldIssue): value is FieldIssue => "path" in value;

/**
 * The settled answers: the saved answers with, for every disputed question, the answer chosen among those given (the
 * saved one or a member's). Every disputed question needs a choice; a choice for a question no one disputes is refused.
 * The result is validated like any saved answers (a new corpus size drops a document count it no longer matches).
 * All answers must be valid traits already (the server parses what it stores).
 */
export function settle(saved: Traits, members: readonly MemberAnswers[], choices: Choices): SettleResult {
  const analysis = analyzeCalibration(saved, members);
  const picks = analysis.traits
    .filter((comparison) => comparison.disagreement !== "none")
    .map((comparison) => ({ comparison, picked: chooseAlternative(comparison, choices[comparison.trait]) }));
  const issues: FieldIssue[] = [
    ...Object.keys(choices)
      .filter((trait) => !analysis.disputed.includes(trait as TraitKey))
      .map((trait) => ({ path: `choices.${trait}`, message: `"${trait}" is not a disputed question: there is nothing to choose.` })),
    ...picks.flatMap(({ picked }) => (isIssue(picked) ? [picked] : [])),
  ];
  if (issues.length > 0) return { ok: false, issues };
  let answers: Traits = saved;
  const traits = (picks as { comparison: TraitComparison; picked: Alternative }[]).map(({ comparison, picked }): SettledTrait => {
    if (!picked.saved) answers = withAnswer(answers, comparison.trait, picked.value);
    return {
      trait: comparison.trait,
      label: comparison.label,
      saved: { value: comparison.saved.value, label: comparison.saved.label },
      answers: comparison.answers.map(({ userId, name, value, label }) => ({ userId, name, value, label })),
      kept: { value: picked.value, label: picked.label, saved: picked.saved, members: picked.members },
    };
  });
  // The answers given were valid, so their combination is: parseTraits checks it all the same (schema and corpus).
  const settled = parseTraits(answers);
  const byId = new Map(analysis.members.map((member) => [member.userId, member]));
  return {
    ok: true,
    answers: settled,
    settlement: {
      traits,
      members: members.map((member) => ({ ...(byId.get(member.userId) as MemberOutcome), answers: member.answers })),
      before: analysis.saved.architecture,
      after: recommend(settled).recommendation.architecture,
    },
  };
}
