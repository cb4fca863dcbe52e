import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { corpusIssues, corpusSizeForDocuments } from "./corpus";
import { parseTraits, recommend } from "./recommend";
import { traitsFromSearchParams, traitsToQueryString } from "./traits-url";
import { withAnswer } from "./with-answer";
import { ValidationError } from "@/lib/validation/validation-error";

describe("the corpus's real size", () => {
  it.each([
    [0, undefined, "fits_in_prompt"],
    [50, undefined, "fits_in_prompt"], // 50 × 4 pages = 200 pages: one prompt
    [51, undefined, "small"], // 204 pages
    [10, 25, "small"], // 250 pages
    [1_000, undefined, "small"],
    [1_001, undefined, "large"],
    [1_000_000, undefined, "large"],
    [1_000_001, undefined, "massive"],
  ] as const)("%d documents of %s pages is %s", (documents, pages, size) => {
    expect(corpusSizeForDocuments(documents, pages)).toBe(size);
  });

  it("a count must match the size bucket; without a count anything goes", () => {
    expect(corpusIssues(makeTraits({ corpusSize: "small" }))).toEqual([]);
    expect(corpusIssues(makeTraits({ corpusSize: "small", corpusDocuments: 800 }))).toEqual([]);
    expect(corpusIssues(makeTraits({ corpusSize: "small", corpusDocuments: 5_000 }))).toEqual([
      {
        path: "corpusSize",
        message: 'With 5000 documents, corpusSize must be "large" (it is derived from the count); send the count\'s bucket or leave the count out.',
      },
    ]);
  });

  it("the API accepts v1 bodies without a count, and refuses a count that contradicts the size", () => {
    expect(parseTraits(makeTraits())).toEqual(makeTraits());
    expect(recommend(makeTraits({ corpusDocuments: 800, documentPages: 3 })).recommendation.architecture).toBeDefined();
    expect(() => parseTraits(makeTraits({ corpusSize: "massive", corpusDocuments: 10 }))).toThrow(ValidationError);
  });

  it("links carry the count and length when given, and read them back", () => {
    const traits = makeTraits({ corpusSize: "large", corpusDocuments: 120_000, documentPages: 2.5 });
    const query = traitsToQueryString(traits);
    expect(query).toContain("corpusDocuments=120000");
    expect(query).toContain("documentPages=2.5");
    expect(traitsFromSearchParams(new URLSearchParams(query))).toEqual({ ok: true, traits });
    expect(traitsToQueryString(makeTraits())).not.toContain("corpusDocuments");
    const contradictory = new URLSearchParams(traitsToQueryString(makeTraits({ corpusSize: "small" })));
    contradictory.set("corpusDocuments", "5000000");
    const read = traitsFromSearchParams(contradictory);
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.issues.map((issue) => issue.path)).toEqual(["corpusSize"]);
    const blank = new URLSearchParams(traitsToQueryString(makeTraits()));
    blank.set("corpusDocuments", "");
    expect(traitsFromSearchParams(blank)).toEqual({ ok: true, traits: makeTraits() });
  });

  it("a what-if of the corpus size forgets the count it no longer matches", () => {
    const traits = makeTraits({ corpusSize: "large", corpusDocuments: 120_000, documentPages: 2 });
    expect(withAnswer(traits, "corpusSize", "small")).toEqual(makeTraits({ corpusSize: "small" }));
    expect(withAnswer(traits, "latency", "strict")).toEqual({ ...traits, latency: "strict" });
  });
});
