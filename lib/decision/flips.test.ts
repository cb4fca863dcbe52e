import { describe, expect, it } from "vitest";
import { alternatives, findFlips, withAnswer } from "./flips";
import { fineTuningTraits, hybridTraits, makeTraits, neutralTraits, promptTraits, ragTraits } from "@/tests/fixtures/traits";
import { referenceWinner } from "@/tests/domain/decision-reference";
import type { TraitKey, Traits } from "./traits";
import type { Architecture, Flip, TraitAnswer } from "./types";

const tosFor = (traits: Traits, trait: TraitKey) => alternatives(traits).filter((a) => a.trait === trait).map((a) => a.to);

describe("alternatives: every single-answer change worth trying", () => {
  it("for the neutral project: every other choice, one probe per other numeric band, each skill added", () => {
    const byTrait = new Map<TraitKey, TraitAnswer[]>();
    for (const { trait, to } of alternatives(neutralTraits)) byTrait.set(trait, [...(byTrait.get(trait) ?? []), to]);
    expect(Object.fromEntries(byTrait)).toStrictEqual({
      need: ["behavior", "both"],
      taskType: ["search_summarize", "support_assistant", "classification_extraction", "structured_generation", "branded_content", "code_generation", "agent_workflow"],
      promptBaseline: ["not_tried", "sufficient"],
      knowledgeChange: ["realtime", "daily", "weekly", "yearly", "static"],
      corpusSize: ["fits_in_prompt", "large", "massive"],
      citations: ["none", "required"],
      outputControl: ["loose", "strict"],
      domainVocabulary: ["specialized", "highly_specialized"],
      errorCost: ["low", "high"],
      latency: ["strict", "interactive", "batch"],
      dataSensitivity: ["public", "regulated"],
      perUserAccess: [true],
      timeToShip: ["days", "months"],
      labeledExamples: ["none", "under_100", "thousands", "tens_of_thousands"],
      gpuAccess: ["none", "dedicated"],
      upfrontBudgetUsd: [0, 2_000, 5_000, 10_000, 100_000],
      monthlyQueries: [1_000, 1_000_000, 10_000_000],
      teamSkills: [["prompt_engineering"], ["retrieval"], ["vector_databases"], ["model_training"], ["mlops"], ["data_engineering"], ["evaluation"]],
    });
    expect(alternatives(neutralTraits)).toHaveLength(56);
  });

  it("offers the other boolean answer", () => {
    expect(tosFor(makeTraits({ perUserAccess: true }), "perUserAccess")).toEqual([false]);
  });

  it("adds a missing skill in canonical order and removes a present one, keeping the rest as given", () => {
    const traits = makeTraits({ teamSkills: ["evaluation", "retrieval"] });
    expect(tosFor(traits, "teamSkills")).toEqual([
      ["prompt_engineering", "retrieval", "evaluation"],
      ["evaluation"],
      ["retrieval", "vector_databases", "evaluation"],
      ["retrieval", "model_training", "evaluation"],
      ["retrieval", "mlops", "evaluation"],
      ["retrieval", "data_engineering", "evaluation"],
      ["retrieval"],
    ]);
  });

  // Budget bands split at every threshold a rule or gate tests ($2k and $10k gates; $5k, $25k, $100k bands); each
  // band is probed at its lower edge: $0, $2k, $5k, $10k, $25k, $100k.
  it.each([
    [0, [2_000, 5_000, 10_000, 25_000, 100_000]],
    [1_999.99, [2_000, 5_000, 10_000, 25_000, 100_000]],
    [2_000, [0, 5_000, 10_000, 25_000, 100_000]],
    [4_999.99, [0, 5_000, 10_000, 25_000, 100_000]],
    [5_000, [0, 2_000, 10_000, 25_000, 100_000]],
    [9_999.99, [0, 2_000, 10_000, 25_000, 100_000]],
    [10_000, [0, 2_000, 5_000, 25_000, 100_000]],
    [24_999.99, [0, 2_000, 5_000, 25_000, 100_000]],
    [25_000, [0, 2_000, 5_000, 10_000, 100_000]],
    [99_999.99, [0, 2_000, 5_000, 10_000, 100_000]],
    [100_000, [0, 2_000, 5_000, 10_000, 25_000]],
    [1_000_000_000, [0, 2_000, 5_000, 10_000, 25_000]],
  ])("a budget of %d tries the other bands' probes %j", (usd, expected) => {
    expect(tosFor(makeTraits({ upfrontBudgetUsd: usd }), "upfrontBudgetUsd")).toEqual(expected);
  });

  // Request bands split at 10k, 1M and 10M; probed at 1k (under 10k), 100k (10k to 1M), 1M and 10M.
  it.each([
    [0, [100_000, 1_000_000, 10_000_000]],
    [9_999, [100_000, 1_000_000, 10_000_000]],
    [10_000, [1_000, 1_000_000, 10_000_000]],
    [50_000, [1_000, 1_000_000, 10_000_000]],
    [999_999, [1_000, 1_000_000, 10_000_000]],
    [1_000_000, [1_000, 100_000, 10_000_000]],
    [9_999_999, [1_000, 100_000, 10_000_000]],
    [10_000_000, [1_000, 100_000, 1_000_000]],
    [100_000_000_000, [1_000, 100_000, 1_000_000]],
  ])("%d requests a month try the probes %j", (requests, expected) => {
    expect(tosFor(makeTraits({ monthlyQueries: requests }), "monthlyQueries")).toEqual(expected);
  });

  // Between 10,000 and 99,999 requests the under-10k band is tried too: this project (RAG 49, prompt 48) becomes
  // prompt engineering at 1,000 requests.
  it("a project at 50,000 requests a month lists the flip to the under-10k band", () => {
    const traits = makeTraits({ need: "both", promptBaseline: "sufficient", monthlyQueries: 50_000 });
    expect(referenceWinner(withAnswer(traits, "monthlyQueries", 1_000))).toBe("prompt_engineering");
    expect(findFlips(traits, "rag")).toContainEqual({ trait: "monthlyQueries", to: 1_000, architecture: "prompt_engineering" });
  });
});

describe("withAnswer", () => {
  it("returns a changed copy and leaves the project as it was", () => {
    const traits = makeTraits();
    const changed = withAnswer(traits, "latency", "strict");
    expect(changed).toEqual({ ...neutralTraits, latency: "strict" });
    expect(traits).toEqual(neutralTraits);
  });
});

describe("findFlips: the single-answer changes that change the architecture, and what it becomes", () => {
  it("finds none for a project far ahead", () => {
    expect(findFlips(ragTraits, "rag")).toEqual([]);
  });

  it("lists each flip of a close project with the architecture it leads to", () => {
    // RAG 53, hybrid 36.1, fine-tuning −3.6, prompt −18 (both needs, a batch latency budget): the hybrid shares 7/8 of
    // RAG's points on the retrieval answers, so the behaviour answers decide between them.
    const traits = makeTraits({ need: "both", latency: "batch" });
    expect(findFlips(traits, "rag")).toStrictEqual<Flip[]>([
      { trait: "need", to: "behavior", architecture: "fine_tuning" },
      { trait: "taskType", to: "classification_extraction", architecture: "hybrid" }, // RAG −20: 33 against 36.1
      { trait: "taskType", to: "branded_content", architecture: "hybrid" }, // RAG −18, hybrid +2
      { trait: "taskType", to: "agent_workflow", architecture: "hybrid" }, // RAG −10, hybrid +8
      { trait: "timeToShip", to: "months", architecture: "hybrid" }, // RAG −6, hybrid +14
    ]);
  });

  it.each<[string, Traits]>([
    ["behaviour only", makeTraits({ need: "behavior" })],
    ["close prompt/RAG", makeTraits({ need: "both", promptBaseline: "sufficient" })],
    ["close prompt/fine-tuning", makeTraits({ need: "behavior", promptBaseline: "sufficient", corpusSize: "massive", latency: "strict" })],
    ["budget on the gate edges", makeTraits({ need: "behavior", labeledExamples: "none", gpuAccess: "none", upfrontBudgetUsd: 1_999.99 })],
    ["named RAG case", ragTraits],
    ["named fine-tuning case", fineTuningTraits],
    ["named hybrid case", hybridTraits],
    ["named prompt case", promptTraits],
  ])("keeps exactly the alternatives the reference table says change the winner: %s", (_name, traits) => {
    const current = referenceWinner(traits);
    const expected = alternatives(traits)
      .map(({ trait, to }) => ({ trait, to, architecture: referenceWinner(withAnswer(traits, trait, to)) }))
      .filter((flip) => flip.architecture !== current);
    expect(findFlips(traits, current)).toStrictEqual(expected);
  });

  it("compares against the architecture it is given", () => {
    // Told the current winner is hybrid, every alternative counts as a change: all keep RAG on top but a behaviour need.
    const flips = findFlips(neutralTraits, "hybrid" as Architecture);
    expect(flips).toHaveLength(56);
    expect(new Set(flips.map((f) => f.architecture))).toEqual(new Set(["rag", "fine_tuning"]));
    expect(flips.filter((f) => f.architecture === "fine_tuning")).toEqual([{ trait: "need", to: "behavior", architecture: "fine_tuning" }]);
  });
});
