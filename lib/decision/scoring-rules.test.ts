import { describe, expect, it } from "vitest";
import { explain, rawScores } from "./score";
import { makeTraits } from "@/tests/fixtures/traits";
import type { TraitKey, Traits } from "./traits";
import type { Effects, Factor } from "./types";

/*
 * Each rule of the table, pinned by literal numbers: an answer must move exactly the architectures it should, by
 * exactly the amount written here. Expected values are written out by hand, never read from scoring-rules.ts.
 * Effects are { pe, rag, ft, hy } = prompt engineering, RAG, fine-tuning, hybrid; a missing key is 0.
 */

type Short = { pe?: number; rag?: number; ft?: number; hy?: number };
const effects = ({ pe, rag, ft, hy }: Short): Effects => ({
  ...(pe ? { prompt_engineering: pe } : {}),
  ...(rag ? { rag } : {}),
  ...(ft ? { fine_tuning: ft } : {}),
  ...(hy ? { hybrid: hy } : {}),
});

/**
 * A behaviour project with nothing risky, so none of the interaction rules fires while one answer is varied: the
 * knowledge and regulated-data rules need a knowledge need, the others need answers this project does not give.
 */
const quiet = makeTraits({ need: "behavior" });

/**
 * Answers that call for retrieval count in full only when there is something to retrieve: they are pinned on a
 * knowledge project (the gates they touch are filtered out by `ownFactors`), and their damping below.
 */
const quietKnowledge = makeTraits({ need: "knowledge" });
const retrievalTraits: readonly TraitKey[] = ["knowledgeChange", "citations", "perUserAccess"];
const retrievalCorpus: readonly unknown[] = ["small", "large", "massive"];
const baseFor = (trait: TraitKey, answer: unknown): Traits =>
  retrievalTraits.includes(trait) || (trait === "corpusSize" && retrievalCorpus.includes(answer)) ? quietKnowledge : quiet;

/** The factor the answer itself produced (gates and interactions are tested below). */
const ownFactors = (traits: Traits, trait: TraitKey): Factor[] => explain(traits).filter((f) => f.trait === trait && f.gate === undefined);

/** Raw points of `traits` minus raw points of `reference`, per architecture, as { pe, rag, ft, hy }. */
function delta(traits: Traits, reference: Traits): Required<Short> {
  const a = rawScores(traits);
  const b = rawScores(reference);
  // Points are sums of tenths and eighths: drop the binary rounding error of adding them in another order.
  const d = (x: number, y: number) => Math.round((x - y) * 1e6) / 1e6 + 0;
  return { pe: d(a.prompt_engineering, b.prompt_engineering), rag: d(a.rag, b.rag), ft: d(a.fine_tuning, b.fine_tuning), hy: d(a.hybrid, b.hybrid) };
}

const answerTable: [TraitKey, Traits[TraitKey], Short][] = [
  ["need", "knowledge", { rag: 28, ft: -16, hy: -4 }],
  ["need", "behavior", { pe: 6, rag: -20, ft: 28, hy: -6 }],
  ["need", "both", { rag: 8, ft: 8, hy: 30 }],
  ["taskType", "question_answering", { rag: 10, ft: -4 }],
  ["taskType", "search_summarize", { rag: 12, ft: -4 }],
  ["taskType", "support_assistant", { rag: 10, hy: 4 }],
  ["taskType", "classification_extraction", { pe: 2, rag: -10, ft: 18 }],
  ["taskType", "structured_generation", { ft: 10, hy: 3 }],
  ["taskType", "branded_content", { rag: -8, ft: 14, hy: 2 }],
  ["taskType", "code_generation", { rag: 4, ft: 8 }],
  ["taskType", "agent_workflow", { ft: 4, hy: 8 }],
  ["promptBaseline", "not_tried", { pe: 16, hy: -6 }],
  ["promptBaseline", "insufficient", { pe: -32, hy: 4 }],
  ["promptBaseline", "sufficient", { pe: 34 }],
  ["knowledgeChange", "realtime", { rag: 22, ft: -24, hy: 6 }],
  ["knowledgeChange", "daily", { rag: 18, ft: -20, hy: 5 }],
  ["knowledgeChange", "weekly", { rag: 12, ft: -12, hy: 3 }],
  ["knowledgeChange", "monthly", { rag: 6, ft: -5, hy: 1 }],
  ["knowledgeChange", "yearly", { rag: 2 }],
  ["knowledgeChange", "static", { ft: 6, hy: -2 }],
  ["corpusSize", "fits_in_prompt", { pe: 20, rag: -8, ft: -4 }],
  ["corpusSize", "small", { pe: 2, rag: 8 }],
  ["corpusSize", "large", { pe: -10, rag: 14, ft: -2 }],
  ["corpusSize", "massive", { pe: -16, rag: 10, ft: 4, hy: 6 }],
  ["citations", "none", { ft: 3 }],
  ["citations", "helpful", { rag: 6, hy: 2 }],
  ["citations", "required", { pe: -2, rag: 18, ft: -12, hy: 6 }],
  ["outputControl", "loose", { pe: 8, ft: -8 }],
  ["outputControl", "consistent", { pe: 2, ft: 6 }],
  ["outputControl", "strict", { pe: -6, rag: -4, ft: 18, hy: 8 }],
  ["domainVocabulary", "general", { pe: 6, ft: -5 }],
  ["domainVocabulary", "specialized", { rag: 2, ft: 5 }],
  ["domainVocabulary", "highly_specialized", { pe: -8, ft: 15, hy: 8 }],
  ["errorCost", "low", { pe: 6 }],
  ["errorCost", "moderate", { rag: 2 }],
  ["errorCost", "high", { pe: -6, rag: 8, hy: 4 }],
  ["latency", "strict", { pe: 4, rag: -18, ft: 15, hy: -8 }],
  ["latency", "interactive", { rag: -6, ft: 6, hy: -3 }],
  ["latency", "tolerant", {}],
  ["latency", "batch", { rag: 4, ft: -2, hy: 2 }],
  ["dataSensitivity", "public", {}],
  ["dataSensitivity", "internal", { rag: 3 }],
  ["dataSensitivity", "regulated", { rag: 10, ft: -8, hy: 2 }],
  ["perUserAccess", true, { rag: 12, ft: -12, hy: 4 }],
  ["perUserAccess", false, {}],
  ["timeToShip", "days", { pe: 14, rag: 10, ft: -22, hy: -22 }],
  ["timeToShip", "weeks", { pe: 4, rag: 6, ft: -4, hy: -6 }],
  ["timeToShip", "months", { ft: 6, hy: 8 }],
  ["labeledExamples", "none", { pe: 6, ft: -20, hy: -15 }],
  ["labeledExamples", "under_100", { pe: 6, ft: -10, hy: -8 }],
  ["labeledExamples", "hundreds", { ft: 2 }],
  ["labeledExamples", "thousands", { ft: 12, hy: 6 }],
  ["labeledExamples", "tens_of_thousands", { ft: 18, hy: 10 }],
  ["gpuAccess", "none", { ft: -8, hy: -6 }],
  ["gpuAccess", "cloud", {}],
  ["gpuAccess", "dedicated", { ft: 6, hy: 4 }],
];

describe("each answer moves exactly the scores it should, by exactly its weight", () => {
  it.each(answerTable)("%s = %s", (trait, answer, expected) => {
    const traits = { ...baseFor(trait, answer), [trait]: answer } as Traits;
    const factors = ownFactors(traits, trait);
    if (Object.keys(effects(expected)).length === 0) expect(factors).toEqual([]);
    else expect(factors.map((f) => f.effects)).toStrictEqual([effects(expected)]);
  });

  it.each([
    // The rows' difference (pe −6, rag 48, ft −44, hy 2) plus the three quarters of quiet's retrieval answers (monthly,
    // small, helpful: pe 2, rag 20, ft −5, hy 3) that a behaviour-only project damps away.
    ["need", "knowledge", "behavior", { pe: -4.5, rag: 63, ft: -47.75, hy: 4.25 }],
    ["taskType", "classification_extraction", "question_answering", { pe: 2, rag: -20, ft: 22 }],
    ["promptBaseline", "sufficient", "insufficient", { pe: 66, hy: -4 }],
    ["knowledgeChange", "static", "monthly", { rag: -6, ft: 11, hy: -3 }],
    // Behaviour only: small counts a quarter (pe 0.5, rag 2), and fitting in the prompt adds the nothing-to-retrieve gate.
    ["corpusSize", "fits_in_prompt", "small", { pe: 19.5, rag: -50, ft: -4, hy: -40 }],
    ["citations", "required", "helpful", { pe: -2, rag: 12, ft: -12, hy: 4 }],
    ["outputControl", "strict", "consistent", { pe: -8, rag: -4, ft: 12, hy: 8 }],
    ["domainVocabulary", "highly_specialized", "general", { pe: -14, ft: 20, hy: 8 }],
    ["errorCost", "high", "moderate", { pe: -6, rag: 6, hy: 4 }],
    ["latency", "strict", "tolerant", { pe: 4, rag: -18, ft: 15, hy: -8 }],
    ["dataSensitivity", "public", "internal", { rag: -3 }],
    ["perUserAccess", true, false, { rag: 12, ft: -12, hy: 4 }],
    ["timeToShip", "months", "weeks", { pe: -4, rag: -6, ft: 10, hy: 14 }],
    ["labeledExamples", "tens_of_thousands", "hundreds", { ft: 16, hy: 10 }],
    ["gpuAccess", "dedicated", "cloud", { ft: 6, hy: 4 }],
  ] as const)("raw points: %s %s instead of %s moves the scores by the difference of the two rows", (trait, answer, instead, expected) => {
    const base = trait === "corpusSize" ? quiet : baseFor(trait, answer);
    const moved = delta({ ...base, [trait]: answer } as Traits, { ...base, [trait]: instead } as Traits);
    expect(moved).toEqual({ pe: 0, rag: 0, ft: 0, hy: 0, ...expected });
  });

  it.each([
    ["prompt_engineering", { pe: 4 }],
    ["retrieval", { rag: 5, hy: 2 }],
    ["vector_databases", { rag: 4, hy: 2 }],
    ["model_training", { ft: 6, hy: 3 }],
    ["mlops", { ft: 4, hy: 3 }],
    ["data_engineering", { rag: 2, ft: 2, hy: 1 }],
    ["evaluation", { pe: 2, rag: 1, ft: 1, hy: 1 }],
  ] as const)("team skill %s", (skill, expected) => {
    const traits = { ...quiet, teamSkills: [skill] };
    expect(ownFactors(traits, "teamSkills").map((f) => f.effects)).toStrictEqual([effects(expected)]);
    expect(delta(traits, quiet)).toEqual({ pe: 0, rag: 0, ft: 0, hy: 0, ...expected });
  });

  it("team skills add up: all seven together", () => {
    const all = { ...quiet, teamSkills: ["prompt_engineering", "retrieval", "vector_databases", "model_training", "mlops", "data_engineering", "evaluation"] } as Traits;
    expect(delta(all, quiet)).toEqual({ pe: 6, rag: 12, ft: 13, hy: 12 });
    expect(ownFactors(all, "teamSkills").map((f) => f.effects)).toStrictEqual([effects({ pe: 6, rag: 12, ft: 13, hy: 12 })]);
  });
});

describe("budget and volume on a log scale: each doubling counts the same, up to the ends of the ramps", () => {
  // `quiet` has a $25k budget (the large-budget ramp's share ln(25k/20k)/ln(250) = 0.0404: ft 0.4, hy 0.6) and 100k
  // requests (both request ramps at 0). Each effect is its full row × the share, to one decimal.
  const budgets: [number, Short[]][] = [
    // small budget: share ln(v/25k)/ln(1k/25k), full at $1k and below, of { pe 6, rag 2, ft −15, hy −15 }
    [0, [{ pe: 6, rag: 2, ft: -15, hy: -15 }]],
    [1_000, [{ pe: 6, rag: 2, ft: -15, hy: -15 }]],
    [5_000, [{ pe: 3, rag: 1, ft: -7.5, hy: -7.5 }]], // share 0.5
    [20_000, [{ pe: 0.4, rag: 0.1, ft: -1, hy: -1 }]], // share 0.0693
    // large budget: share ln(v/20k)/ln(250), full from $5M, of { ft 10, hy 14 }
    [25_000, [{ ft: 0.4, hy: 0.6 }]],
    [100_000, [{ ft: 2.9, hy: 4.1 }]], // share 0.2915
    [1_000_000, [{ ft: 7.1, hy: 9.9 }]], // share 0.7085
    [5_000_000, [{ ft: 10, hy: 14 }]],
    [1_000_000_000, [{ ft: 10, hy: 14 }]],
  ];

  it.each(budgets)("one-time budget %d", (usd, expected) => {
    // gpuAccess cloud and hundreds of examples keep the budget gates shut.
    const traits = { ...quiet, upfrontBudgetUsd: usd };
    expect(ownFactors(traits, "upfrontBudgetUsd").map((f) => f.effects)).toStrictEqual(expected.map(effects));
    const sum = expected.reduce<Required<Short>>((total, row) => ({ pe: total.pe + (row.pe ?? 0), rag: total.rag + (row.rag ?? 0), ft: total.ft + (row.ft ?? 0), hy: total.hy + (row.hy ?? 0) }), { pe: 0, rag: 0, ft: 0, hy: 0 });
    const moved = delta(traits, quiet);
    expect(moved.pe).toBeCloseTo(sum.pe, 9);
    expect(moved.rag).toBeCloseTo(sum.rag, 9);
    expect(moved.ft).toBeCloseTo(sum.ft - 0.4, 9);
    expect(moved.hy).toBeCloseTo(sum.hy - 0.6, 9);
  });

  const requests: [number, Short][] = [
    // low volume: share ln(v/100k)/ln(1k/100k), full at 1k and below, of { pe 4 }
    [0, { pe: 4 }],
    [1_000, { pe: 4 }],
    [10_000, { pe: 2 }],
    [100_000, {}],
    // high volume: share ln(v/100k)/ln(10,000), full from a billion, of { rag −6, ft 16, hy 6 }
    [1_000_000, { rag: -1.5, ft: 4, hy: 1.5 }],
    [10_000_000, { rag: -3, ft: 8, hy: 3 }],
    [100_000_000, { rag: -4.5, ft: 12, hy: 4.5 }],
    [1_000_000_000, { rag: -6, ft: 16, hy: 6 }],
    [100_000_000_000, { rag: -6, ft: 16, hy: 6 }],
  ];

  it.each(requests)("monthly requests %d", (count, expected) => {
    const traits = { ...quiet, monthlyQueries: count };
    const own = ownFactors(traits, "monthlyQueries").map((f) => f.effects);
    expect(own).toStrictEqual(Object.keys(effects(expected)).length === 0 ? [] : [effects(expected)]);
    expect(delta(traits, quiet)).toEqual({ pe: 0, rag: 0, ft: 0, hy: 0, ...expected });
  });

  it("keeps mattering above the old top bands: 10M → 100M requests and $100k → $1M each move fine-tuning", () => {
    expect(delta({ ...quiet, monthlyQueries: 100_000_000 }, { ...quiet, monthlyQueries: 10_000_000 })).toEqual({ pe: 0, rag: -1.5, ft: 4, hy: 1.5 });
    const budget = delta({ ...quiet, upfrontBudgetUsd: 1_000_000 }, { ...quiet, upfrontBudgetUsd: 100_000 });
    expect(budget.ft).toBeCloseTo(4.2, 9);
    expect(budget.hy).toBeCloseTo(5.8, 9);
  });
});

describe("answers that call for retrieval: damped with nothing to retrieve, shared with the hybrid when the need is both", () => {
  const retrievalAnswers: [TraitKey, Traits[TraitKey], Short, Short][] = [
    // [trait, answer, behaviour only (a quarter), both needs (hybrid gets max(own, 7/8 of RAG's))]
    ["knowledgeChange", "realtime", { rag: 5.5, ft: -6, hy: 1.5 }, { rag: 22, ft: -24, hy: 19.25 }],
    ["knowledgeChange", "daily", { rag: 4.5, ft: -5, hy: 1.25 }, { rag: 18, ft: -20, hy: 15.75 }],
    ["knowledgeChange", "weekly", { rag: 3, ft: -3, hy: 0.75 }, { rag: 12, ft: -12, hy: 10.5 }],
    ["knowledgeChange", "monthly", { rag: 1.5, ft: -1.25, hy: 0.25 }, { rag: 6, ft: -5, hy: 5.25 }],
    ["knowledgeChange", "yearly", { rag: 0.5 }, { rag: 2, hy: 1.75 }],
    ["knowledgeChange", "static", { ft: 1.5, hy: -0.5 }, { ft: 6, hy: -2 }],
    ["corpusSize", "small", { pe: 0.5, rag: 2 }, { pe: 2, rag: 8, hy: 7 }],
    ["corpusSize", "large", { pe: -2.5, rag: 3.5, ft: -0.5 }, { pe: -10, rag: 14, ft: -2, hy: 12.25 }],
    ["corpusSize", "massive", { pe: -4, rag: 2.5, ft: 1, hy: 1.5 }, { pe: -16, rag: 10, ft: 4, hy: 8.75 }],
    ["citations", "none", { ft: 0.75 }, { ft: 3 }],
    ["citations", "helpful", { rag: 1.5, hy: 0.5 }, { rag: 6, hy: 5.25 }],
    ["citations", "required", { pe: -0.5, rag: 4.5, ft: -3, hy: 1.5 }, { pe: -2, rag: 18, ft: -12, hy: 15.75 }],
    ["perUserAccess", true, { rag: 3, ft: -3, hy: 1 }, { rag: 12, ft: -12, hy: 10.5 }],
  ];

  it.each(retrievalAnswers)("%s = %s", (trait, answer, behaviourOnly, both) => {
    expect(ownFactors({ ...quiet, [trait]: answer } as Traits, trait).map((f) => f.effects)).toStrictEqual([effects(behaviourOnly)]);
    expect(ownFactors({ ...quietKnowledge, need: "both", [trait]: answer } as Traits, trait).map((f) => f.effects)).toStrictEqual([effects(both)]);
  });

  it("damps them too when all the material fits in one prompt, whatever the need", () => {
    const fits = makeTraits({ need: "knowledge", corpusSize: "fits_in_prompt", knowledgeChange: "realtime", citations: "required", perUserAccess: true });
    expect(ownFactors(fits, "knowledgeChange").map((f) => f.effects)).toStrictEqual([{ rag: 5.5, fine_tuning: -6, hybrid: 1.5 }]);
    expect(ownFactors(fits, "citations").map((f) => f.effects)).toStrictEqual([{ prompt_engineering: -0.5, rag: 4.5, fine_tuning: -3, hybrid: 1.5 }]);
    expect(ownFactors(fits, "perUserAccess").map((f) => f.effects)).toStrictEqual([{ rag: 3, fine_tuning: -3, hybrid: 1 }]);
    // The fits-in-prompt answer itself argues against retrieval and is never damped.
    expect(ownFactors(fits, "corpusSize").map((f) => f.effects)).toStrictEqual([{ prompt_engineering: 20, rag: -8, fine_tuning: -4 }]);
  });

  it("says so in the rationale", () => {
    const damped = explain({ ...quiet, perUserAccess: true }).find((f) => f.trait === "perUserAccess");
    expect(damped?.rationale).toContain("counts for little here");
    const shared = explain({ ...quietKnowledge, need: "both", perUserAccess: true }).find((f) => f.trait === "perUserAccess");
    expect(shared?.rationale).toContain("hybrid's retrieval half");
    const plain = explain({ ...quietKnowledge, perUserAccess: true }).find((f) => f.trait === "perUserAccess");
    expect(plain?.rationale).toBe("Per-user permissions can be enforced when documents are retrieved; a model's weights cannot forget for one user.");
  });

  it("leaves the other answers alone: latency counts in full on a behaviour-only project", () => {
    expect(ownFactors({ ...quiet, latency: "strict" }, "latency").map((f) => f.effects)).toStrictEqual([{ prompt_engineering: 4, rag: -18, fine_tuning: 15, hybrid: -8 }]);
  });
});

describe("interactions and feasibility gates fire exactly when their conditions hold", () => {
  const gateEffects = (traits: Traits, trait: TraitKey) => explain(traits).filter((f) => f.trait === trait && f.gate === true).map((f) => f.effects);

  it.each([
    ["knowledge", "realtime", true],
    ["knowledge", "daily", true],
    ["both", "realtime", true],
    ["both", "daily", true],
    ["knowledge", "weekly", false],
    ["both", "weekly", false],
    ["behavior", "realtime", false],
    ["behavior", "daily", false],
  ] as const)("facts that change faster than training: need %s, changes %s → %s", (need, knowledgeChange, fires) => {
    const traits = makeTraits({ need, knowledgeChange });
    expect(gateEffects(traits, "knowledgeChange")).toStrictEqual(fires ? [{ fine_tuning: -30 }] : []);
  });

  it.each([
    ["none", 0, true],
    ["none", 9_999.99, true],
    ["none", 10_000, false],
    ["none", 500_000, false],
    ["under_100", 0, false],
  ] as const)("nothing to train on: %s examples, budget %d → %s", (labeledExamples, upfrontBudgetUsd, fires) => {
    const traits = { ...quiet, labeledExamples, upfrontBudgetUsd };
    expect(gateEffects(traits, "labeledExamples")).toStrictEqual(fires ? [{ fine_tuning: -30, hybrid: -25 }] : []);
  });

  it("nothing to train on moves fine-tuning by −30 and hybrid by −25 at the $10k edge", () => {
    const at = { ...quiet, labeledExamples: "none" as const, upfrontBudgetUsd: 10_000 };
    const below = { ...at, upfrontBudgetUsd: 9_999.99 };
    // A cent less budget moves the small-budget effect by less than a rounding step: only the gate differs.
    expect(delta(below, at)).toEqual({ pe: 0, rag: 0, ft: -30, hy: -25 });
  });

  it.each([
    ["none", 0, true],
    ["none", 1_999.99, true],
    ["none", 2_000, false],
    ["cloud", 0, false],
    ["dedicated", 0, false],
  ] as const)("no way to pay for training: GPUs %s, budget %d → %s", (gpuAccess, upfrontBudgetUsd, fires) => {
    const traits = { ...quiet, gpuAccess, upfrontBudgetUsd };
    expect(gateEffects(traits, "gpuAccess")).toStrictEqual(fires ? [{ fine_tuning: -20, hybrid: -20 }] : []);
  });

  it("no way to pay for training moves fine-tuning and hybrid by −20 at the $2k edge", () => {
    const at = { ...quiet, gpuAccess: "none" as const, upfrontBudgetUsd: 2_000 };
    expect(delta({ ...at, upfrontBudgetUsd: 1_999.99 }, at)).toEqual({ pe: 0, rag: 0, ft: -20, hy: -20 });
  });

  it.each([
    ["days", true],
    ["weeks", false],
    ["months", false],
  ] as const)("training takes weeks: ship in %s → %s", (timeToShip, fires) => {
    expect(gateEffects({ ...quiet, timeToShip }, "timeToShip")).toStrictEqual(fires ? [{ fine_tuning: -30, hybrid: -30 }] : []);
  });

  it("shipping in days costs training the answer's −22 and the gate's −30", () => {
    expect(delta({ ...quiet, timeToShip: "days" }, { ...quiet, timeToShip: "months" })).toEqual({ pe: 14, rag: 10, ft: -58, hy: -60 });
  });

  it.each([
    ["strict", "large", true],
    ["strict", "massive", true],
    ["strict", "small", false],
    ["strict", "fits_in_prompt", false],
    ["interactive", "large", false],
    ["interactive", "massive", false],
  ] as const)("retrieval over a large index in 300 ms: latency %s, corpus %s → %s", (latency, corpusSize, fires) => {
    expect(gateEffects({ ...quiet, latency, corpusSize }, "latency")).toStrictEqual(fires ? [{ rag: -8, hybrid: -6 }] : []);
  });

  const interaction = (traits: Traits, trait: TraitKey) => explain(traits).filter((f) => f.trait === trait && f.answer === traits[trait]).map((f) => f.effects);

  it.each([
    ["high", "required", true],
    ["high", "helpful", false],
    ["moderate", "required", false],
    ["low", "required", false],
  ] as const)("high stakes with citations: error cost %s, citations %s → %s", (errorCost, citations, fires) => {
    const own = { high: { prompt_engineering: -6, rag: 8, hybrid: 4 }, moderate: { rag: 2 }, low: { prompt_engineering: 6 } }[errorCost];
    expect(interaction({ ...quietKnowledge, errorCost, citations }, "errorCost")).toStrictEqual(fires ? [own, { rag: 8, fine_tuning: -6, hybrid: 4 }] : [own]);
  });

  it("high stakes with citations adds rag +8, fine-tuning −6, hybrid +4 on top of both answers", () => {
    const both = { ...quietKnowledge, errorCost: "high" as const, citations: "required" as const };
    expect(delta(both, { ...both, citations: "helpful" })).toEqual({ pe: -2, rag: 12 + 8, ft: -12 - 6, hy: 4 + 4 });
  });

  it.each([
    ["knowledge", "regulated", true],
    ["both", "regulated", true],
    ["behavior", "regulated", false],
    ["knowledge", "internal", false],
  ] as const)("regulated facts in weights: need %s, data %s → %s", (need, dataSensitivity, fires) => {
    const traits = makeTraits({ need, dataSensitivity, knowledgeChange: "weekly" });
    const regulated = { rag: 10, fine_tuning: -8, hybrid: 2 };
    const own = dataSensitivity === "regulated" ? [regulated] : [{ rag: 3 }];
    expect(interaction(traits, "dataSensitivity")).toStrictEqual(fires ? [...own, { fine_tuning: -6 }] : own);
    // Not gates: the factors carry no gate flag.
    expect(explain(traits).filter((f) => f.trait === "dataSensitivity").every((f) => !("gate" in f))).toBe(true);
  });
});
