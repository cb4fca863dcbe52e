import { describe, expect, it } from "vitest";
import { engineVersion, recommend } from "@/lib/decision/recommend";
import type { Factor, Recommendation, Scores } from "@/lib/decision/types";
import { makeTraits } from "@/tests/fixtures/traits";
import { answerDifferences, buildTimeline, compareResults, factorDifferences, gapOf, isCompleteResult, isIdentical, pickRevisions, resolveResult, shiftText, timelineActions } from "./compare";

// Hand-made results, so the arithmetic is checked on its own whatever the engine's weights are today.
function result(architecture: Recommendation["recommendation"]["architecture"], runnerUp: Recommendation["recommendation"]["architecture"], scores: Scores, factors: Factor[], confidence = 0.8): Recommendation {
  return {
    engineVersion: "9.9.9",
    recommendation: { architecture, runnerUp, confidence, summary: "s" },
    scores,
    factors,
    flips: [],
    roleProfile: { primaryRole: "rag_engineer", roles: [], warnings: [] },
  };
}
const factor = (trait: Factor["trait"], effects: Factor["effects"], rationale = `${trait} reason`): Factor => ({ trait, answer: "x" as never, effects, rationale, sources: [] });
const scores = (prompt_engineering: number, rag: number, fine_tuning: number, hybrid: number): Scores => ({ prompt_engineering, rag, fine_tuning, hybrid });

describe("answerDifferences", () => {
  it("lists only the answers that differ, with the trait's short label and both answers' labels, in the wizard's order", () => {
    const left = makeTraits({ latency: "strict", knowledgeChange: "daily" });
    const right = makeTraits({ latency: "batch", knowledgeChange: "daily", need: "behavior" });
    expect(answerDifferences(left, right)).toEqual([
      { trait: "need", label: "Core need", left: "New knowledge", right: "New behaviour" },
      { trait: "latency", label: expect.any(String) as string, left: expect.any(String) as string, right: expect.any(String) as string },
    ]);
  });

  it("treats team skills as a set: the same skills in another order are not a difference", () => {
    expect(answerDifferences(makeTraits({ teamSkills: ["mlops", "evaluation"] }), makeTraits({ teamSkills: ["evaluation", "mlops"] }))).toEqual([]);
    const added = answerDifferences(makeTraits({ teamSkills: ["mlops"] }), makeTraits({ teamSkills: ["mlops", "evaluation"] }));
    expect(added).toEqual([{ trait: "teamSkills", label: "Team skills", left: "MLOps", right: "MLOps, Evaluation" }]);
    const fewer = answerDifferences(makeTraits({ teamSkills: ["mlops", "evaluation"] }), makeTraits({ teamSkills: ["mlops"] }));
    expect(fewer.map((d) => d.trait)).toEqual(["teamSkills"]);
  });

  it("compares numbers and booleans by value", () => {
    const differences = answerDifferences(makeTraits({ upfrontBudgetUsd: 1000, perUserAccess: false }), makeTraits({ upfrontBudgetUsd: 2000, perUserAccess: true }));
    expect(differences.map((d) => d.trait)).toEqual(["perUserAccess", "upfrontBudgetUsd"]);
    expect(differences[1]).toMatchObject({ left: "$1,000", right: "$2,000" });
  });

  it("includes the optional corpus figures, saying when one side did not give them", () => {
    const differences = answerDifferences(makeTraits({ corpusDocuments: 1200 }), makeTraits({ corpusDocuments: 1200, documentPages: 2.5 }));
    expect(differences).toEqual([{ trait: "documentPages", label: "Average pages per document", left: "Not given", right: "2.5" }]);
    const documents = answerDifferences(makeTraits({ corpusDocuments: 1200 }), makeTraits({}));
    expect(documents).toEqual([{ trait: "corpusDocuments", label: "Documents in the corpus", left: "1,200", right: "Not given" }]);
  });

  it("is empty for equal answers", () => {
    expect(answerDifferences(makeTraits(), makeTraits())).toEqual([]);
  });
});

describe("gapOf", () => {
  it("measures the right winner against the left winner when they differ", () => {
    expect(gapOf(result("rag", "hybrid", scores(1, 2, 3, 4), []), result("fine_tuning", "rag", scores(1, 2, 3, 4), []))).toEqual({ towards: "fine_tuning", against: "rag" });
  });
  it("measures the winner against the right side's runner-up when both sides pick the same", () => {
    expect(gapOf(result("rag", "hybrid", scores(1, 2, 3, 4), []), result("rag", "prompt_engineering", scores(1, 2, 3, 4), []))).toEqual({ towards: "rag", against: "prompt_engineering" });
  });
});

describe("factorDifferences", () => {
  const sides = { left: { answers: makeTraits({ latency: "tolerant" }), result: null }, right: { answers: makeTraits({ latency: "strict" }), result: null } };

  it("ranks the answers by how far they moved the gap between the two winners, and skips unchanged ones", () => {
    const left = result("rag", "fine_tuning", scores(10, 60, 50, 20), [
      factor("latency", { rag: 4, fine_tuning: -2 }, "Slow is fine."),
      factor("need", { rag: 10 }),
      factor("citations", { rag: 3 }),
    ]);
    const right = result("fine_tuning", "rag", scores(10, 50, 60, 20), [
      factor("latency", { rag: -6, fine_tuning: 5 }, "Strict budget."),
      factor("need", { rag: 10 }),
      factor("citations", { rag: 1, hybrid: 2 }),
    ]);
    const differences = factorDifferences(sides.left, sides.right, left, right);
    // latency: gap (fine_tuning − rag) −6 → 11 = +17; citations: −3 → −1 = +2; need unchanged.
    expect(differences.map((d) => [d.trait, d.shift])).toEqual([
      ["latency", 17],
      ["citations", 2],
    ]);
    expect(differences[0]).toMatchObject({ label: "Latency budget", left: { rag: 4, fine_tuning: -2 }, right: { rag: -6, fine_tuning: 5 }, rationale: "Strict budget." });
    expect(differences[0]?.leftAnswer).not.toBe(differences[0]?.rightAnswer);
  });

  it("takes the left side's reason when the move favours the left winner, and the other side's when that side has none", () => {
    const left = result("rag", "fine_tuning", scores(10, 60, 50, 20), [factor("latency", { rag: 4 }, "Left reason.")]);
    const right = result("rag", "fine_tuning", scores(10, 60, 50, 20), [factor("latency", { rag: 1 }, "Right reason.")]);
    expect(factorDifferences(sides.left, sides.right, left, right)).toMatchObject([{ trait: "latency", shift: -3, rationale: "Left reason." }]);
    const gone = result("rag", "fine_tuning", scores(10, 60, 50, 20), []);
    expect(factorDifferences(sides.left, sides.right, left, gone)).toMatchObject([{ trait: "latency", shift: -4, rationale: "Left reason.", right: {} }]);
    expect(factorDifferences(sides.left, sides.right, gone, left)).toMatchObject([{ trait: "latency", shift: 4, rationale: "Left reason.", left: {} }]);
  });

  it("sums several rules of one answer and ignores zero effects", () => {
    const left = result("rag", "hybrid", scores(1, 2, 3, 4), [factor("latency", { rag: 2 }, "A."), factor("latency", { rag: 3, hybrid: 0 }, "B.")]);
    const right = result("rag", "hybrid", scores(1, 2, 3, 4), [factor("latency", { rag: 5 }, "C.")]);
    expect(factorDifferences(sides.left, sides.right, left, right)).toEqual([]);
    const moved = result("rag", "hybrid", scores(1, 2, 3, 4), [factor("latency", { rag: 1, hybrid: 1 }, "C.")]);
    const [difference] = factorDifferences(sides.left, sides.right, left, moved);
    expect(difference?.left).toEqual({ rag: 5 });
    expect(difference?.right).toEqual({ rag: 1, hybrid: 1 });
    expect(difference).toMatchObject({ shift: -5, rationale: "A. B." });
  });

  it("leaves empty reasons out of the joined rationale", () => {
    const left = result("rag", "hybrid", scores(1, 2, 3, 4), [factor("latency", { rag: 2 }, ""), factor("latency", { rag: 1 }, "Only.")]);
    const right = result("rag", "hybrid", scores(1, 2, 3, 4), []);
    expect(factorDifferences(sides.left, sides.right, left, right)[0]?.rationale).toBe("Only.");
  });

  it("ranks by the size of the move, whichever way it goes", () => {
    const left = result("rag", "hybrid", scores(1, 2, 3, 4), [factor("need", { rag: 1 }), factor("latency", { rag: 10 })]);
    const right = result("rag", "hybrid", scores(1, 2, 3, 4), [factor("need", { rag: 3 }), factor("latency", { rag: 0.5 })]);
    expect(factorDifferences(sides.left, sides.right, left, right).map((d) => [d.trait, d.shift])).toEqual([
      ["latency", -9.5],
      ["need", 2],
    ]);
  });

  it("lists an answer whose effects changed without moving the gap, after those that moved it", () => {
    const left = result("rag", "hybrid", scores(1, 2, 3, 4), [factor("need", { fine_tuning: 1 }), factor("latency", { rag: 1 })]);
    const right = result("rag", "hybrid", scores(1, 2, 3, 4), [factor("need", { fine_tuning: 4 }), factor("latency", { rag: 3 })]);
    expect(factorDifferences(sides.left, sides.right, left, right).map((d) => [d.trait, d.shift])).toEqual([
      ["latency", 2],
      ["need", 0],
    ]);
  });
});

describe("resolveResult and isCompleteResult", () => {
  const answers = makeTraits();
  const complete = recommend(answers);

  it("keeps a complete stored result", () => {
    expect(isCompleteResult(complete)).toBe(true);
    expect(resolveResult({ answers, result: complete })).toEqual({ result: complete, recomputed: null });
  });

  it.each([
    ["null", null],
    ["a string", "x"],
    ["no factors", { ...complete, factors: undefined }],
    ["a factor without effects", { ...complete, factors: [{ trait: "need" }] }],
    ["a null factor", { ...complete, factors: [null] }],
    ["factor effects null", { ...complete, factors: [{ trait: "need", effects: null }] }],
    ["no scores", { ...complete, scores: undefined }],
    ["null scores", { ...complete, scores: null }],
    ["no factors list but an object", { ...complete, factors: {} }],
    ["a score that is not a number", { ...complete, scores: { ...complete.scores, rag: "1" } }],
    ["a score that is not finite", { ...complete, scores: { ...complete.scores, hybrid: Number.NaN } }],
    ["no recommendation", { ...complete, recommendation: null }],
    ["an unknown winner", { ...complete, recommendation: { ...complete.recommendation, architecture: "magic" } }],
    ["an unknown runner-up", { ...complete, recommendation: { ...complete.recommendation, runnerUp: "magic" } }],
    ["no confidence", { ...complete, recommendation: { ...complete.recommendation, confidence: undefined } }],
    ["no engine version", { ...complete, engineVersion: 1 }],
  ])("recomputes with the current engine when the stored result has %s", (_name, stored) => {
    expect(isCompleteResult(stored)).toBe(false);
    const resolved = resolveResult({ answers, result: stored });
    expect(resolved.recomputed).toBe(engineVersion);
    expect(resolved.result).toEqual(complete);
  });
});

describe("compareResults", () => {
  it("with the real engine: a changed answer shows up as a differing answer, differing scores and the factor that moved", () => {
    const leftAnswers = makeTraits({ knowledgeChange: "monthly" });
    const rightAnswers = makeTraits({ knowledgeChange: "realtime" });
    const comparison = compareResults({ answers: leftAnswers, result: recommend(leftAnswers) }, { answers: rightAnswers, result: recommend(rightAnswers) });
    expect(comparison.answers).toEqual([{ trait: "knowledgeChange", label: "Knowledge changes", left: "Monthly", right: "Continuously" }]);
    expect(comparison.factors[0]?.trait).toBe("knowledgeChange");
    expect(comparison.result.scores.some((score) => score.delta !== 0)).toBe(true);
    expect(comparison.recomputed).toEqual({ left: null, right: null });
    expect(isIdentical(comparison)).toBe(false);
  });

  it("reports winner, runner-up, confidence, scores and engine version on both sides", () => {
    const left = result("rag", "hybrid", scores(10, 60, 50, 20.3), [], 0.7);
    const right = { ...result("fine_tuning", "rag", scores(10, 55, 61.5, 20), [], 0.6), engineVersion: "9.9.8" };
    const comparison = compareResults({ answers: makeTraits(), result: left }, { answers: makeTraits(), result: right });
    expect(comparison.result).toEqual({
      architecture: { left: "rag", right: "fine_tuning", changed: true },
      runnerUp: { left: "hybrid", right: "rag", changed: true },
      confidence: { left: 0.7, right: 0.6, changed: true },
      scores: [
        { architecture: "prompt_engineering", left: 10, right: 10, delta: 0 },
        { architecture: "rag", left: 60, right: 55, delta: -5 },
        { architecture: "fine_tuning", left: 50, right: 61.5, delta: 11.5 },
        { architecture: "hybrid", left: 20.3, right: 20, delta: -0.3 },
      ],
      engineVersion: { left: "9.9.9", right: "9.9.8", changed: true },
    });
    expect(comparison.gap).toEqual({ towards: "fine_tuning", against: "rag" });
  });

  it("says which side was recomputed", () => {
    const answers = makeTraits();
    const comparison = compareResults({ answers, result: { old: true } }, { answers, result: recommend(answers) });
    expect(comparison.recomputed).toEqual({ left: engineVersion, right: null });
    expect(isIdentical(comparison)).toBe(true);
  });

  it("isIdentical is false when only the confidence, the winner or a score moved", () => {
    const base = result("rag", "hybrid", scores(1, 2, 3, 4), [], 0.7);
    const same = compareResults({ answers: makeTraits(), result: base }, { answers: makeTraits(), result: base });
    expect(isIdentical(same)).toBe(true);
    const confidence = compareResults({ answers: makeTraits(), result: base }, { answers: makeTraits(), result: { ...base, recommendation: { ...base.recommendation, confidence: 0.71 } } });
    expect(isIdentical(confidence)).toBe(false);
    const winner = compareResults({ answers: makeTraits(), result: base }, { answers: makeTraits(), result: { ...base, recommendation: { ...base.recommendation, architecture: "hybrid" } } });
    expect(isIdentical(winner)).toBe(false);
    const score = compareResults({ answers: makeTraits(), result: base }, { answers: makeTraits(), result: { ...base, scores: scores(1, 2, 3, 5) } });
    expect(isIdentical(score)).toBe(false);
    const factors = compareResults({ answers: makeTraits(), result: base }, { answers: makeTraits(), result: { ...base, factors: [factor("need", { rag: 1 })] } });
    expect(isIdentical(factors)).toBe(false);
    const answers = compareResults({ answers: makeTraits(), result: base }, { answers: makeTraits({ latency: "batch" }), result: base });
    expect(isIdentical(answers)).toBe(false);
  });
});

describe("shiftText", () => {
  const gap = { towards: "fine_tuning", against: "rag" } as const;
  it("names the direction and the points", () => {
    expect(shiftText(17, gap)).toBe("17 points towards Fine-tuning over RAG");
    expect(shiftText(-2.5, gap)).toBe("2.5 points towards RAG over Fine-tuning");
    expect(shiftText(1, gap)).toBe("1 point towards Fine-tuning over RAG");
    expect(shiftText(-1, gap)).toBe("1 point towards RAG over Fine-tuning");
    expect(shiftText(0, gap)).toBe("No change to the gap between Fine-tuning and RAG");
  });
});

describe("buildTimeline", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute));
  const revision = (number: number, minute: number) => ({ number, architecture: "rag" as const, engineVersion: "1.1.0", authorName: `R${number}`, createdAt: at(minute) });
  const event = (id: string, action: string, minute: number) => ({ id, action, summary: `${action} summary`, actorName: "Ann", createdAt: at(minute) });

  it("merges revisions and review events, newest first, leaving other events out", () => {
    const timeline = buildTimeline([revision(1, 0), revision(2, 5)], [event("e1", "status.changed", 3), event("e2", "comment.added", 4), event("e3", "review.voted", 6), event("e4", "calibration.settled", 1)]);
    expect(timeline.map((entry) => (entry.kind === "revision" ? `r${entry.number}` : entry.id))).toEqual(["e3", "r2", "e1", "e4", "r1"]);
    expect(timeline[1]).toEqual({ kind: "revision", at: at(5), number: 2, architecture: "rag", engineVersion: "1.1.0", actorName: "R2" });
    expect(timeline[0]).toEqual({ kind: "event", at: at(6), id: "e3", action: "review.voted", summary: "review.voted summary", actorName: "Ann" });
  });

  it("at the same moment puts the later revision first, then revisions before events", () => {
    const timeline = buildTimeline([revision(1, 2), revision(2, 2)], [event("e1", "calibration.started", 2), event("e2", "assessment.superseded", 2)]);
    expect(timeline.map((entry) => (entry.kind === "revision" ? `r${entry.number}` : entry.id))).toEqual(["r2", "r1", "e1", "e2"]);
    const eventsFirst = buildTimeline([revision(1, 2)], [event("e1", "review.requested", 2)]);
    expect(eventsFirst.map((entry) => entry.kind)).toEqual(["revision", "event"]);
    const reversed = buildTimeline([], [event("e1", "review.requested", 2), event("e2", "status.changed", 2)]);
    expect(reversed.map((entry) => (entry.kind === "event" ? entry.id : ""))).toEqual(["e1", "e2"]);
  });

  it("knows the review actions it shows", () => {
    expect(timelineActions).toEqual(["status.changed", "assessment.superseded", "review.requested", "review.voted", "calibration.started", "calibration.settled"]);
  });
});

describe("pickRevisions", () => {
  it("defaults to the one before the latest against the latest", () => {
    expect(pickRevisions({}, 5)).toEqual({ left: 4, right: 5, adjusted: false });
    expect(pickRevisions({}, 1)).toEqual({ left: 1, right: 1, adjusted: false });
  });

  it("takes numbers that exist, the first of repeated parameters", () => {
    expect(pickRevisions({ left: "1", right: "3" }, 5)).toEqual({ left: 1, right: 3, adjusted: false });
    expect(pickRevisions({ left: ["2", "9"], right: "5" }, 5)).toEqual({ left: 2, right: 5, adjusted: false });
    expect(pickRevisions({ left: "5", right: "5" }, 5)).toEqual({ left: 5, right: 5, adjusted: false });
  });

  it("falls back, and says so, for numbers that do not exist or are not numbers", () => {
    expect(pickRevisions({ left: "0", right: "6" }, 5)).toEqual({ left: 4, right: 5, adjusted: true });
    expect(pickRevisions({ left: "x", right: "2" }, 5)).toEqual({ left: 4, right: 2, adjusted: true });
    expect(pickRevisions({ left: "1", right: "1.5" }, 5)).toEqual({ left: 1, right: 5, adjusted: true });
    expect(pickRevisions({ left: "1234567" }, 5)).toEqual({ left: 4, right: 5, adjusted: true });
    expect(pickRevisions({ right: "3" }, 5)).toEqual({ left: 4, right: 3, adjusted: true });
    expect(pickRevisions({ left: [], right: "3" }, 5)).toEqual({ left: 4, right: 3, adjusted: true });
  });
});
