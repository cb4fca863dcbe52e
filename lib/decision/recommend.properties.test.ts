import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { previewScores, recommend } from "./recommend";
import { alternatives, withAnswer } from "./flips";
import { rawScores, topArchitecture, whatIfScorer, whatIfWinnerScorer } from "./score";
import { nudges } from "./robustness";
import { scoringRules } from "./scoring-rules";
import { traitKeys } from "./trait-keys";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { citationNeeds, knowledgeChanges, labeledExampleCounts, latencies, outputControls, timesToShip, type Traits, type TraitKey } from "./traits";
import { ValidationError } from "@/lib/validation/validation-error";
import { architectures, type Architecture } from "./types";

// Few runs each: exact values are pinned by the table-driven tests; these check laws over random projects and must
// stay quick under mutation testing, where every mutant of the engine re-runs them.
const runs = { numRuns: 100 };

/** Both the displayed scores and the raw points must respect each rule of thumb (the preview scores as `recommend` does). */
function scoresOf(traits: Traits) {
  return { shown: previewScores(traits).scores, raw: rawScores(traits) };
}

/**
 * For an ordered scale, stepping from `scale[i]` to `scale[i + 1]` must never raise `a` relative to `b`
 * (difference a − b is non-increasing), in raw and displayed scores alike.
 */
function neverRaises<K extends TraitKey>(trait: K, scale: readonly Traits[K][], a: Architecture, b: Architecture | null) {
  return fc.property(traitsArbitrary, fc.integer({ min: 0, max: scale.length - 2 }), (traits, i) => {
    const before = scoresOf(withAnswer(traits, trait, scale[i] as Traits[K]));
    const after = scoresOf(withAnswer(traits, trait, scale[i + 1] as Traits[K]));
    for (const kind of ["raw", "shown"] as const) {
      const d0 = before[kind][a] - (b ? before[kind][b] : 0);
      const d1 = after[kind][a] - (b ? after[kind][b] : 0);
      expect(d1, `${kind}: ${trait} ${String(scale[i])} → ${String(scale[i + 1])}`).toBeLessThanOrEqual(d0 + 1e-9);
    }
  });
}

const faster = [...knowledgeChanges].reverse(); // static → realtime
const tighterLatency = [...latencies].reverse(); // batch → strict
const fewerExamples = [...labeledExampleCounts].reverse(); // most → none
const sooner = [...timesToShip].reverse(); // months → days

describe("rules that must hold for every project", () => {
  it("more frequent knowledge change never raises fine-tuning relative to RAG", () => {
    fc.assert(neverRaises("knowledgeChange", faster, "fine_tuning", "rag"), runs);
  });
  it("more labelled examples never lower fine-tuning", () => {
    fc.assert(neverRaises("labeledExamples", fewerExamples, "fine_tuning", null), runs);
  });
  it("requiring citations never lowers RAG relative to fine-tuning", () => {
    fc.assert(neverRaises("citations", citationNeeds, "fine_tuning", "rag"), runs);
  });
  it("stricter output control never lowers fine-tuning relative to RAG", () => {
    fc.assert(neverRaises("outputControl", [...outputControls].reverse(), "fine_tuning", "rag"), runs);
  });
  it("a tighter latency budget never raises RAG relative to fine-tuning", () => {
    fc.assert(neverRaises("latency", tighterLatency, "rag", "fine_tuning"), runs);
  });
  it("a sooner deadline never raises fine-tuning relative to RAG", () => {
    fc.assert(neverRaises("timeToShip", sooner, "fine_tuning", "rag"), runs);
  });

  it("scores stay within 0..100, confidence within 0..1, and the winner has the top score", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const result = recommend(traits);
        for (const architecture of architectures) {
          expect(result.scores[architecture]).toBeGreaterThanOrEqual(0);
          expect(result.scores[architecture]).toBeLessThanOrEqual(100);
        }
        const { architecture, runnerUp, confidence } = result.recommendation;
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
        expect(runnerUp).not.toBe(architecture);
        expect(Math.max(...Object.values(result.scores))).toBe(result.scores[architecture]);
      }),
      runs,
    );
  });

  it("the live preview scores exactly as the full recommendation does", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const full = recommend(traits);
        const preview = previewScores(traits);
        expect(preview.scores).toEqual(full.scores);
        expect(preview.factors).toEqual(full.factors);
        expect([preview.architecture, preview.runnerUp, preview.confidence]).toEqual([
          full.recommendation.architecture,
          full.recommendation.runnerUp,
          full.recommendation.confidence,
        ]);
      }),
      { numRuns: 60 },
    );
  });

  it("the same input gives the same output", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        expect(recommend(structuredClone(traits))).toEqual(recommend(traits));
      }),
      { numRuns: 40 },
    );
  });

  it("the fast what-if scoring agrees with re-scoring the changed project from scratch", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const scoreWith = whatIfScorer(traits);
        for (const { trait, to } of alternatives(traits)) {
          expect(scoreWith(trait, to), `${trait} → ${JSON.stringify(to)}`).toBe(topArchitecture(withAnswer(traits, trait, to)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("the pruned, remembering what-if scorer agrees with re-scoring from scratch, asked twice in any order", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const winnerWith = whatIfWinnerScorer(traits);
        const changes = [...alternatives(traits), ...nudges(traits)];
        const expected = changes.map(({ trait, to }) => topArchitecture(withAnswer(traits, trait, to)));
        expect(changes.map(({ trait, to }) => winnerWith(trait, to))).toEqual(expected);
        expect([...changes].reverse().map(({ trait, to }) => winnerWith(trait, to))).toEqual([...expected].reverse());
      }),
      { numRuns: 100 },
    );
  });

  it("each `when` rule reads only the traits it declares: changing any other answer never switches it", () => {
    const conditional = scoringRules.filter((rule) => rule.when);
    expect(conditional.every((rule) => rule.reads !== undefined)).toBe(true);
    fc.assert(
      fc.property(traitsArbitrary, traitsArbitrary, (traits, other) => {
        for (const rule of conditional) {
          for (const key of traitKeys) {
            if (rule.reads?.includes(key)) continue;
            const changed = withAnswer(traits, key, other[key]);
            expect(rule.when?.(changed), `${rule.id} changed by ${key}`).toBe(rule.when?.(traits));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("every flip holds when applied, and no listed flip repeats", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const result = recommend(traits);
        const seen = new Set<string>();
        for (const flip of result.flips) {
          const flipped = recommend(withAnswer(traits, flip.trait, flip.to));
          expect(flipped.recommendation.architecture).toBe(flip.architecture);
          expect(flip.architecture).not.toBe(result.recommendation.architecture);
          const key = `${flip.trait}=${JSON.stringify(flip.to)}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("factors are ordered by their largest effect and each moved a score", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const sizes = recommend(traits).factors.map((f) => Math.max(...Object.values(f.effects).map((v) => Math.abs(v ?? 0))));
        expect(sizes.every((size) => size > 0)).toBe(true);
        expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
      }),
      runs,
    );
  });

  it("random JSON either parses as traits or throws the typed error", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), traitsArbitrary.chain((t) => fc.record({ base: fc.constant(t), key: fc.constantFrom(...Object.keys(t)), value: fc.jsonValue() }).map(({ base, key, value }) => ({ ...base, [key]: value })))), (input) => {
        try {
          const result = recommend(input);
          expect(architectures).toContain(result.recommendation.architecture);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
