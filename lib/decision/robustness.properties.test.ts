import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recommend } from "./recommend";
import { nudges } from "./robustness";
import { rawScores } from "./score";
import { unsureTraitKeys, type Traits, type UnsureTraitKey } from "./traits";
import { planningDefaults } from "./unsure";
import { withAnswer } from "./with-answer";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";

// Laws of issue #12 over generated answer sets. Few runs each: exact values are pinned by the table-driven tests.
const runs = { numRuns: 100 };

const unsureSubset = fc.subarray([...unsureTraitKeys], { minLength: 1, maxLength: 4 });

describe("confidence that means something", () => {
  it("every pick shown at 0.9 or more survives every one-step nudge (checked by re-running the whole engine)", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const result = recommend(traits);
        if (result.recommendation.confidence < 0.9) return;
        for (const { trait, to } of nudges(traits)) {
          expect(recommend(withAnswer(traits, trait, to)).recommendation.architecture, `${trait} → ${String(to)}`).toBe(result.recommendation.architecture);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("lists as 'hangs on' exactly the nudges that overturn the pick", () => {
    fc.assert(
      fc.property(traitsArbitrary, (traits) => {
        const result = recommend(traits);
        const expected = nudges(traits)
          .map(({ trait, to }) => ({ trait, to, architecture: recommend(withAnswer(traits, trait, to)).recommendation.architecture }))
          .filter((flip) => flip.architecture !== result.recommendation.architecture);
        expect(result.confidenceBasis?.hangsOn).toEqual(expected);
        if (expected.length > 0) expect(result.recommendation.confidence).toBeLessThanOrEqual(0.75);
      }),
      { numRuns: 60 },
    );
  });
});

describe("retrieval only where there is something to retrieve", () => {
  it("with a behaviour-only need and material that fits the prompt, retrieval (RAG or hybrid) is never picked", () => {
    fc.assert(
      fc.property(traitsArbitrary, (generated) => {
        const traits = withAnswer(withAnswer(generated, "need", "behavior"), "corpusSize", "fits_in_prompt");
        expect(["prompt_engineering", "fine_tuning"]).toContain(recommend(traits).recommendation.architecture);
      }),
      runs,
    );
  });
});

describe("cost at volume", () => {
  it("more requests a month never lowers fine-tuning's score, raw or shown", () => {
    fc.assert(
      fc.property(traitsArbitrary, fc.integer({ min: 0, max: 100_000_000_000 }), fc.integer({ min: 0, max: 100_000_000_000 }), (traits, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const fewer = { ...traits, monthlyQueries: low };
        const more = { ...traits, monthlyQueries: high };
        expect(rawScores(more).fine_tuning).toBeGreaterThanOrEqual(rawScores(fewer).fine_tuning);
        expect(recommend(more).scores.fine_tuning).toBeGreaterThanOrEqual(recommend(fewer).scores.fine_tuning);
      }),
      runs,
    );
  });
});

describe("'Not sure' answers", () => {
  it("'unsure' never changes the pick by itself: the same answers, or the planning defaults in their place", () => {
    fc.assert(
      fc.property(traitsArbitrary, unsureSubset, (traits, unsure) => {
        const sure = recommend(traits);
        const marked = recommend({ ...traits, unsure });
        expect(marked.recommendation.architecture).toBe(sure.recommendation.architecture);
        expect(marked.scores).toEqual(sure.scores);
        expect(marked.recommendation.confidence).toBeLessThanOrEqual(sure.recommendation.confidence);

        const left: Record<string, unknown> = { ...traits, unsure };
        const defaults = { ...traits } as Record<string, unknown>;
        for (const key of unsure) {
          delete left[key];
          defaults[key] = planningDefaults[key];
        }
        // Not sure of the corpus size means no document count either (the wizard clears it).
        if (unsure.includes("corpusSize")) for (const count of ["corpusDocuments", "documentPages"]) {
          delete left[count];
          delete defaults[count];
        }
        expect(recommend(left).recommendation.architecture).toBe(recommend(defaults).recommendation.architecture);
      }),
      { numRuns: 60 },
    );
  });

  it("each unsure answer's outcomes are what the engine gives under that value, and 'answer this first' leads", () => {
    fc.assert(
      fc.property(traitsArbitrary, unsureSubset, (traits, unsure) => {
        const result = recommend({ ...traits, unsure });
        const ranges = result.unsure ?? [];
        expect(new Set(ranges.map((r) => r.trait))).toEqual(new Set<UnsureTraitKey>(unsure));
        for (const range of ranges) {
          for (const { value, architecture } of range.outcomes) {
            expect(recommend(withAnswer(traits, range.trait, value) as Traits).recommendation.architecture).toBe(architecture);
          }
          expect(range.changesPick).toBe(range.outcomes.some((o) => o.architecture !== result.recommendation.architecture));
        }
        const firstCalm = ranges.findIndex((r) => !r.changesPick);
        if (firstCalm >= 0) expect(ranges.slice(firstCalm).every((r) => !r.changesPick)).toBe(true);
        expect(result.confidenceBasis?.unsureCount).toBe(unsure.length);
      }),
      { numRuns: 40 },
    );
  });
});
