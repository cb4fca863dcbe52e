import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, rank, rawScores, toDisplayScore, topArchitecture, whatIfScorer } from "./score";
import { alternatives, withAnswer } from "./flips";
import { fineTuningTraits, hybridTraits, makeTraits, neutralTraits, promptTraits, ragTraits } from "@/tests/fixtures/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { referenceScores, referenceWinner } from "@/tests/domain/decision-reference";
import type { TraitKey, Traits } from "./traits";
import type { Architecture, Scores } from "./types";

const scores = (pe: number, rag: number, ft: number, hy: number): Scores => ({ prompt_engineering: pe, rag, fine_tuning: ft, hybrid: hy });

describe("toDisplayScore: raw points → 0..100 on a logistic curve with a spread of 30 points, one decimal", () => {
  // 100 / (1 + e^(−raw / 30)), rounded to one decimal, worked out by hand.
  it.each([
    [0, 50],
    [1, 50.8], // 100 / (1 + e^−0.0333) = 50.83
    [-1, 49.2],
    [15, 62.2], // 100 / (1 + e^−0.5) = 62.25 → rounds half away at the third decimal: 62.246
    [30, 73.1], // 100 / (1 + e^−1) = 73.11
    [-30, 26.9],
    [69, 90.9], // 100 / (1 + e^−2.3) = 90.89
    [90, 95.3], // 100 / (1 + e^−3) = 95.26
    [-90, 4.7],
    [300, 100],
    [-300, 0],
  ])("%d raw points → %d", (raw, shown) => {
    expect(toDisplayScore(raw)).toBe(shown);
  });

  it("is strictly increasing across the range the engine produces", () => {
    for (let raw = -150; raw < 150; raw++) expect(toDisplayScore(raw + 1)).toBeGreaterThanOrEqual(toDisplayScore(raw));
    expect(toDisplayScore(10)).toBeGreaterThan(toDisplayScore(9));
  });
});

describe("rawScores", () => {
  it.each<[string, Traits, Scores]>([
    // The neutral project by hand: base [0, 0, 0, −12] plus need knowledge [0, 28, −16, −4], question answering
    // [0, 10, −4, 0], monthly [0, 6, −5, 1], small corpus [2, 8, 0, 0], citations helpful [0, 6, 0, 2], consistent
    // [2, 0, 6, 0], general vocabulary [6, 0, −5, 0], hundreds of examples [0, 0, 2, 0], moderate error cost
    // [0, 2, 0, 0], internal data [0, 3, 0, 0], weeks [4, 6, −4, −6], $25k on the large-budget ramp [0, 0, 0.4, 0.6]
    // (share ln(25k/20k)/ln(250) = 0.04), prompt insufficient [−32, 0, 0, 4]; 100k requests move nothing.
    ["neutral", neutralTraits, scores(-18, 69, -25.6, -14.4)],
    // Behaviour only: the retrieval answers (monthly, small, helpful: [2, 20, −5, 3]) count a quarter.
    ["behaviour instead of knowledge", makeTraits({ need: "behavior" }), scores(-13.5, 6, 22.15, -18.65)],
    // Both: the hybrid takes 7/8 of RAG's points on monthly (5.25), small (7) and helpful (5.25).
    ["both instead of knowledge", makeTraits({ need: "both" }), scores(-18, 49, -1.6, 34.1)],
    ["the named RAG case", ragTraits, scores(-32, 127.5, -98.4, 3.1)],
    ["the named fine-tuning case", fineTuningTraits, scores(-35.5, -34.5, 138.65, 35.1)],
    ["the named hybrid case", hybridTraits, scores(-66, 47, 83, 111.7)],
    ["the named prompt case", promptTraits, scores(111.3, -63.9, -96.05, -165.8)],
  ])("%s", (_name, traits, expected) => {
    expect(rawScores(traits)).toEqual(expected);
    expect(referenceScores(traits)).toEqual(expected);
  });

  it("scores a project whose every score is negative", () => {
    // Behaviour [6, −20, 28, −6], massive corpus a quarter [−4, 2.5, 1, 1.5], no examples [6, 0, −20, −15], 300 ms
    // [4, −18, 15, −8], $6k on the small-budget ramp (share 0.443: [2.7, 0.9, −6.6, −6.6]), the large-index and
    // nothing-to-train-on gates [0, −8, 0, −6], [0, 0, −30, −25], and monthly and helpful a quarter each.
    const traits = makeTraits({ need: "behavior", corpusSize: "massive", labeledExamples: "none", latency: "strict", upfrontBudgetUsd: 6_000 });
    expect(rawScores(traits)).toEqual(scores(-5.3, -18.6, -20.95, -78.45));
    expect(whatIfScorer(traits)("gpuAccess", "dedicated")).toBe("prompt_engineering");
  });

  it("ignores a skill that has no scoring rule (one added to the options before the table)", () => {
    const unknown = { ...neutralTraits, teamSkills: ["juggling"] } as unknown as Traits;
    expect(rawScores(unknown)).toEqual(scores(-18, 69, -25.6, -14.4));
    expect(explain(unknown)).toEqual(explain(neutralTraits));
    const quietTie = makeTraits({ need: "behavior", teamSkills: ["mlops"] });
    expect(whatIfScorer(quietTie)("teamSkills", ["juggling"] as unknown as Traits["teamSkills"])).toBe("fine_tuning");
  });

  it("agrees with the hand-written reference table on random projects", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        expect(rawScores(traits)).toEqual(referenceScores(traits));
      }),
      { numRuns: 150 },
    );
  });
});

describe("rank and topArchitecture: highest raw points first, ties to the simpler architecture", () => {
  it.each<[Scores, Architecture[]]>([
    [scores(1, 2, 3, 4), ["hybrid", "fine_tuning", "rag", "prompt_engineering"]],
    [scores(4, 3, 2, 1), ["prompt_engineering", "rag", "fine_tuning", "hybrid"]],
    [scores(0, 0, 0, 0), ["prompt_engineering", "rag", "fine_tuning", "hybrid"]],
    [scores(0, 5, 5, 10), ["hybrid", "rag", "fine_tuning", "prompt_engineering"]],
    [scores(-1, -1, 7, -1), ["fine_tuning", "prompt_engineering", "rag", "hybrid"]],
    [scores(3, -20, 3, 30), ["hybrid", "prompt_engineering", "fine_tuning", "rag"]],
  ])("rank(%j)", (raw, expected) => {
    expect(rank(raw)).toEqual(expected);
  });

  // Projects whose two best raw scores tie (raw points checked against the reference table). Budget and volume are
  // continuous now, so ties are rare: a $5M budget sits at the top of its ramp and keeps the points whole.
  it.each<[string, Partial<Traits>, Scores, Architecture]>([
    ["prompt and RAG", { need: "both", promptBaseline: "sufficient", teamSkills: ["evaluation"], timeToShip: "weeks", upfrontBudgetUsd: 5_000_000 }, scores(50, 50, 9, 44.5), "prompt_engineering"],
    [
      "fine-tuning and hybrid",
      // All in one prompt: the retrieval answers count a quarter, so the hybrid's share of them is a quarter too.
      { need: "both", corpusSize: "fits_in_prompt", latency: "strict", upfrontBudgetUsd: 5_000_000 },
      scores(4, 6, 22.75, 22.75),
      "fine_tuning",
    ],
  ])("a tie between %s goes to the simpler one", (_name, overrides, raw, winner) => {
    const traits = makeTraits(overrides);
    expect(rawScores(traits)).toEqual(raw);
    expect(topArchitecture(traits)).toBe(winner);
    expect(rank(raw)[0]).toBe(winner);
  });

  it.each<[Partial<Traits>, Architecture]>([
    [{}, "rag"],
    // Behaviour only: freshness, corpus and citations count a quarter, so retrieval no longer ties with training.
    [{ need: "behavior", latency: "batch" }, "fine_tuning"],
    [{ need: "behavior", teamSkills: ["mlops"] }, "fine_tuning"],
    [{ need: "both", promptBaseline: "sufficient" }, "rag"],
    [{ need: "behavior", promptBaseline: "sufficient" }, "prompt_engineering"],
    // Every score below zero (prompt −5.3, RAG −18.6, fine-tuning −20.95, hybrid −78.45): the best is still the highest.
    [{ need: "behavior", corpusSize: "massive", labeledExamples: "none", latency: "strict", upfrontBudgetUsd: 6_000 }, "prompt_engineering"],
    // Both needs, thousands of examples, months: hybrid 57.6, RAG 43, fine-tuning 20.9.
    [{ need: "both", labeledExamples: "thousands", timeToShip: "months", upfrontBudgetUsd: 100_000 }, "hybrid"],
  ])("topArchitecture(%j) = %s", (overrides, winner) => {
    expect(topArchitecture(makeTraits(overrides))).toBe(winner);
    expect(referenceWinner(makeTraits(overrides))).toBe(winner);
  });
});

describe("explain: every rule that moved a score, largest effect first", () => {
  it("lists the neutral project's answers by size of effect, equal sizes in table order", () => {
    expect(explain(neutralTraits).map((f) => [f.trait, f.answer, f.effects])).toStrictEqual([
      ["promptBaseline", "insufficient", { prompt_engineering: -32, hybrid: 4 }],
      ["need", "knowledge", { rag: 28, fine_tuning: -16, hybrid: -4 }],
      ["taskType", "question_answering", { rag: 10, fine_tuning: -4 }],
      ["corpusSize", "small", { rag: 8, prompt_engineering: 2 }],
      ["knowledgeChange", "monthly", { rag: 6, fine_tuning: -5, hybrid: 1 }],
      ["citations", "helpful", { rag: 6, hybrid: 2 }],
      ["outputControl", "consistent", { fine_tuning: 6, prompt_engineering: 2 }],
      ["domainVocabulary", "general", { prompt_engineering: 6, fine_tuning: -5 }],
      ["timeToShip", "weeks", { rag: 6, prompt_engineering: 4, fine_tuning: -4, hybrid: -6 }],
      ["dataSensitivity", "internal", { rag: 3 }],
      ["errorCost", "moderate", { rag: 2 }],
      ["labeledExamples", "hundreds", { fine_tuning: 2 }],
      ["upfrontBudgetUsd", 25_000, { fine_tuning: 0.4, hybrid: 0.6 }],
    ]);
  });

  it("leaves out an answer whose rule moves nothing (a tolerant latency budget)", () => {
    expect(explain(makeTraits({ latency: "tolerant" })).some((f) => f.trait === "latency")).toBe(false);
    expect(explain(makeTraits({ latency: "batch" })).filter((f) => f.trait === "latency")).toHaveLength(1);
  });

  it("carries each rule's answer, sources and rationale, and marks only gates", () => {
    const factors = explain(makeTraits({ timeToShip: "days" }));
    const ship = factors.filter((f) => f.trait === "timeToShip");
    expect(ship.map((f) => [f.answer, f.gate, f.sources])).toStrictEqual([
      ["days", true, ["000", "002", "004"]],
      ["days", undefined, ["000", "002", "003", "004"]],
    ]);
    expect("gate" in (ship[1] ?? {})).toBe(false);
    expect(ship.map((f) => f.rationale.length > 20)).toEqual([true, true]);
    const need = factors.find((f) => f.trait === "need");
    expect(need?.sources).toEqual(["000", "001", "004"]);
    expect(factors.filter((f) => f.gate).map((f) => f.trait)).toEqual(["timeToShip"]);
  });

  it("hands out copies: changing a factor does not change the next explanation", () => {
    const first = explain(neutralTraits);
    for (const factor of first) {
      factor.effects.rag = 999;
      factor.sources.push("999");
    }
    expect(explain(neutralTraits)[1]?.effects).toStrictEqual({ rag: 28, fine_tuning: -16, hybrid: -4 });
    expect(explain(neutralTraits)[1]?.sources).toEqual(["000", "001", "004"]);
  });

  it("merges the team's skills into one factor: summed effects, joined rationales, sources once each", () => {
    const traits = makeTraits({ teamSkills: ["evaluation", "retrieval", "prompt_engineering"] });
    const skills = explain(traits).filter((f) => f.trait === "teamSkills");
    expect(skills).toHaveLength(1);
    const [factor] = skills;
    // prompt_engineering [4, 0, 0, 0] + retrieval [0, 5, 0, 2] + evaluation [2, 1, 1, 1]
    expect(factor?.effects).toStrictEqual({ prompt_engineering: 6, rag: 6, fine_tuning: 1, hybrid: 3 });
    expect(factor?.answer).toEqual(["evaluation", "retrieval", "prompt_engineering"]);
    expect(factor?.sources).toEqual(["000", "001", "004"]);
    // Rationales in the skills' canonical order, one after the other.
    expect(factor?.rationale).toMatch(/^Prompt skills .+\. Retrieval experience .+\. Evaluation skills .+\.$/);
    expect("gate" in (factor ?? {})).toBe(false);
  });

  it("sorts the merged skills factor by its largest summed effect", () => {
    // Skills sum to rag 12 (retrieval 5 + vector databases 4 + data engineering 2 + evaluation 1): between the
    // taskType factor (10) and the need factor (28).
    const traits = makeTraits({ teamSkills: ["retrieval", "vector_databases", "data_engineering", "evaluation"] });
    const order = explain(traits).map((f) => f.trait);
    expect(order.slice(0, 4)).toEqual(["promptBaseline", "need", "teamSkills", "taskType"]);
    // A single small skill sorts last among the 2-point factors, before the $25k budget's 0.6.
    const small = explain(makeTraits({ teamSkills: ["data_engineering"] })).map((f) => f.trait);
    expect(small.slice(-4)).toEqual(["errorCost", "labeledExamples", "teamSkills", "upfrontBudgetUsd"]);
  });

  it("has no skills factor for a team without listed skills", () => {
    expect(explain(makeTraits({ teamSkills: [] })).some((f) => f.trait === "teamSkills")).toBe(false);
  });

  it("lists numeric effects and interactions among the answers, at their own size", () => {
    const traits = makeTraits({ upfrontBudgetUsd: 0, monthlyQueries: 0, labeledExamples: "none", gpuAccess: "none", knowledgeChange: "daily" });
    const factors = explain(traits).map((f) => [f.trait, f.gate ?? false, f.effects]);
    expect(factors).toStrictEqual([
      ["promptBaseline", false, { prompt_engineering: -32, hybrid: 4 }],
      // Equal sizes keep table order: the knowledge gate is listed before the examples gate.
      ["knowledgeChange", true, { fine_tuning: -30 }],
      ["labeledExamples", true, { fine_tuning: -30, hybrid: -25 }],
      ["need", false, { rag: 28, fine_tuning: -16, hybrid: -4 }],
      ["knowledgeChange", false, { rag: 18, fine_tuning: -20, hybrid: 5 }],
      ["labeledExamples", false, { fine_tuning: -20, hybrid: -15, prompt_engineering: 6 }],
      ["gpuAccess", true, { fine_tuning: -20, hybrid: -20 }],
      ["upfrontBudgetUsd", false, { fine_tuning: -15, hybrid: -15, prompt_engineering: 6, rag: 2 }],
      ["taskType", false, { rag: 10, fine_tuning: -4 }],
      ["corpusSize", false, { rag: 8, prompt_engineering: 2 }],
      ["gpuAccess", false, { fine_tuning: -8, hybrid: -6 }],
      ["citations", false, { rag: 6, hybrid: 2 }],
      ["outputControl", false, { fine_tuning: 6, prompt_engineering: 2 }],
      ["domainVocabulary", false, { prompt_engineering: 6, fine_tuning: -5 }],
      ["timeToShip", false, { rag: 6, prompt_engineering: 4, fine_tuning: -4, hybrid: -6 }],
      ["monthlyQueries", false, { prompt_engineering: 4 }],
      ["dataSensitivity", false, { rag: 3 }],
      ["errorCost", false, { rag: 2 }],
    ]);
  });
});

describe("whatIfScorer: the winner after one changed answer, without re-scoring from scratch", () => {
  const projects: [string, Traits][] = [
    ["neutral", neutralTraits],
    ["behaviour only", makeTraits({ need: "behavior" })],
    ["close prompt/RAG", makeTraits({ need: "both", promptBaseline: "sufficient" })],
    ["gates on the edge", makeTraits({ labeledExamples: "none", gpuAccess: "none", upfrontBudgetUsd: 1_999.99, timeToShip: "days", latency: "strict", corpusSize: "large" })],
    ["interactions", makeTraits({ need: "both", errorCost: "high", citations: "required", dataSensitivity: "regulated", knowledgeChange: "daily" })],
    ["named fine-tuning case", fineTuningTraits],
    ["named hybrid case", hybridTraits],
    ["named prompt case", promptTraits],
    ["every skill", makeTraits({ need: "behavior", teamSkills: ["prompt_engineering", "retrieval", "vector_databases", "model_training", "mlops", "data_engineering", "evaluation"] })],
  ];

  it.each(projects)("agrees with the reference table for every alternative of the %s project, asked in any order", (_name, traits) => {
    const list = alternatives(traits);
    const expected = list.map(({ trait, to }) => referenceWinner(withAnswer(traits, trait, to)));
    const scoreWith = whatIfScorer(traits);
    expect(list.map(({ trait, to }) => scoreWith(trait, to))).toEqual(expected);
    // Again, backwards, on the same scorer: cached answers and the restored scratch project must not leak.
    expect([...list].reverse().map(({ trait, to }) => scoreWith(trait, to))).toEqual([...expected].reverse());
  });

  it("gives the current winner back when an answer is 'changed' to itself", () => {
    for (const [, traits] of projects) {
      const scoreWith = whatIfScorer(traits);
      expect(scoreWith("need", traits.need)).toBe(referenceWinner(traits));
      expect(scoreWith("teamSkills", traits.teamSkills)).toBe(referenceWinner(traits));
      expect(scoreWith("upfrontBudgetUsd", traits.upfrontBudgetUsd)).toBe(referenceWinner(traits));
    }
  });

  it.each<[string, Traits, TraitKey, Traits[TraitKey], Architecture]>([
    // Budget edges seen through a what-if: $9,999.99 closes the "nothing to train on" gate's door at $10,000.
    // At $10k RAG 6.6 leads fine-tuning −4.55; a cent less opens the gate (fine-tuning −34.55): RAG either way.
    ["budget to just under $10k with no examples", makeTraits({ need: "behavior", labeledExamples: "none", upfrontBudgetUsd: 10_000 }), "upfrontBudgetUsd", 9_999.99, "rag"],
    ["budget to $10k with no examples", makeTraits({ need: "behavior", labeledExamples: "none", upfrontBudgetUsd: 9_999.99 }), "upfrontBudgetUsd", 10_000, "rag"],
    ["one more skill for the leader", makeTraits({ need: "behavior" }), "teamSkills", ["mlops"], "fine_tuning"],
    ["a skill removed", makeTraits({ need: "behavior", teamSkills: ["mlops"] }), "teamSkills", [], "fine_tuning"],
    // Behaviour only: per-user access counts a quarter (RAG +3), not enough to overturn fine-tuning any more.
    ["per-user access on", makeTraits({ need: "behavior", perUserAccess: false }), "perUserAccess", true, "fine_tuning"],
    ["shipping in days", makeTraits({ need: "behavior", teamSkills: ["mlops"] }), "timeToShip", "days", "rag"],
    ["a 300 ms budget over a large corpus", makeTraits({ need: "behavior", corpusSize: "large" }), "latency", "strict", "fine_tuning"],
    ["regulated data on a knowledge project", makeTraits({ need: "both" }), "dataSensitivity", "regulated", "rag"],
  ])("%s", (_name, traits, trait, to, winner) => {
    expect(whatIfScorer(traits)(trait, to)).toBe(winner);
    expect(referenceWinner(withAnswer(traits, trait, to))).toBe(winner);
  });
});
