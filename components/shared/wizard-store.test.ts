import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Traits } from "@/lib/decision/traits";

/** An in-memory localStorage, installed before the store module is loaded (it binds storage on creation). */
const memory = new Map<string, string>();
vi.stubGlobal("window", {
  localStorage: {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
    removeItem: (key: string) => void memory.delete(key),
  },
});
const { useWizardStore, sanitizeState, wizardStorageKey, setAsideStorageKey, readSetAside, setAsideAndLoad, swapSetAside, discardSetAside, wouldReplaceAnswers } =
  await import("./wizard-store");

const traits: Traits = {
  need: "both",
  taskType: "agent_workflow",
  promptBaseline: "insufficient",
  knowledgeChange: "weekly",
  corpusSize: "small",
  citations: "helpful",
  outputControl: "strict",
  domainVocabulary: "highly_specialized",
  errorCost: "high",
  latency: "tolerant",
  dataSensitivity: "internal",
  perUserAccess: false,
  timeToShip: "months",
  labeledExamples: "thousands",
  gpuAccess: "dedicated",
  upfrontBudgetUsd: 250_000,
  monthlyQueries: 500_000,
  teamSkills: [],
};

const stored = () => JSON.parse(memory.get(wizardStorageKey) ?? "null") as { version: number; state: Record<string, unknown> } | null;

beforeEach(() => {
  useWizardStore.getState().reset();
  memory.clear();
});

describe("wizard store", () => {
  test("starts empty: nothing answered, step 0", () => {
    const { answers, stepIndex, furthestStep } = useWizardStore.getState();
    expect({ answers, stepIndex, furthestStep }).toEqual({ answers: {}, stepIndex: 0, furthestStep: 0 });
  });

  test("answers persist under wizard-v1, version 1, without the actions", () => {
    useWizardStore.getState().setAnswer("need", "knowledge");
    expect(stored()).toEqual({ version: 1, state: { answers: { need: "knowledge" }, stepIndex: 0, furthestStep: 0 } });
    useWizardStore.getState().clearAnswer("need");
    expect(stored()?.state.answers).toEqual({});
  });

  test("goToStep moves at most one step past the furthest reached and remembers it", () => {
    const store = useWizardStore.getState();
    store.goToStep(4);
    expect(useWizardStore.getState()).toMatchObject({ stepIndex: 1, furthestStep: 1 });
    store.goToStep(2);
    store.goToStep(0);
    expect(useWizardStore.getState()).toMatchObject({ stepIndex: 0, furthestStep: 2 });
    store.goToStep(-3);
    expect(useWizardStore.getState().stepIndex).toBe(0);
  });

  test("loadTraits fills every answer, opens every step and shows the first", () => {
    useWizardStore.getState().loadTraits(traits);
    expect(useWizardStore.getState()).toMatchObject({ answers: traits, stepIndex: 0, furthestStep: 5 });
    expect(stored()?.state).toEqual({ answers: traits, stepIndex: 0, furthestStep: 5 });
  });

  test("loadTraits leaves out the assumptions of retrieval questions a behaviour-only need skips", () => {
    useWizardStore.getState().loadTraits({ ...traits, need: "behavior", knowledgeChange: "monthly", corpusSize: "small", citations: "helpful", perUserAccess: false });
    const answers = useWizardStore.getState().answers;
    expect(Object.keys(answers).filter((key) => ["knowledgeChange", "corpusSize", "citations", "perUserAccess"].includes(key))).toEqual([]);
    expect(answers.need).toBe("behavior");
  });

  test("reset forgets everything", () => {
    useWizardStore.getState().loadTraits(traits);
    useWizardStore.getState().reset();
    expect(stored()?.state).toEqual({ answers: {}, stepIndex: 0, furthestStep: 0 });
  });

  test("rehydrating drops invalid answers and clamps steps", async () => {
    memory.set(
      wizardStorageKey,
      JSON.stringify({ version: 1, state: { answers: { need: "knowledge", latency: "warp", extra: 1, monthlyQueries: 10 }, stepIndex: 7, furthestStep: 3 } }),
    );
    await useWizardStore.persist.rehydrate();
    expect(useWizardStore.getState()).toMatchObject({ answers: { need: "knowledge", monthlyQueries: 10 }, stepIndex: 3, furthestStep: 3 });
  });

  test("another version starts afresh instead of guessing", async () => {
    memory.set(wizardStorageKey, JSON.stringify({ version: 0, state: { answers: { need: "knowledge" }, stepIndex: 2, furthestStep: 2 } }));
    await useWizardStore.persist.rehydrate();
    expect(useWizardStore.getState()).toMatchObject({ answers: {}, stepIndex: 0, furthestStep: 0 });
  });

  test("sanitizeState tolerates garbage", () => {
    expect(sanitizeState(null)).toEqual({ answers: {}, stepIndex: 0, furthestStep: 0 });
    expect(sanitizeState({ answers: "x", stepIndex: "2", furthestStep: 1.5 })).toEqual({ answers: {}, stepIndex: 0, furthestStep: 0 });
  });

  describe("'Not sure' answers", () => {
    test("marking an answer unsure forgets it; answering it takes the mark off", () => {
      const store = useWizardStore.getState();
      store.setAnswer("latency", "strict");
      store.setUnsure("latency", true);
      store.setUnsure("monthlyQueries", true);
      expect(useWizardStore.getState().answers).toEqual({ unsure: ["latency", "monthlyQueries"] });
      useWizardStore.getState().setAnswer("latency", "batch");
      expect(useWizardStore.getState().answers).toEqual({ latency: "batch", unsure: ["monthlyQueries"] });
      useWizardStore.getState().setUnsure("monthlyQueries", false);
      expect(useWizardStore.getState().answers).toEqual({ latency: "batch" });
      expect(stored()?.state.answers).toEqual({ latency: "batch" });
    });

    test("unsure of the corpus size forgets its document count; marking twice lists it once", () => {
      const store = useWizardStore.getState();
      store.setAnswer("corpusDocuments", 5_000);
      store.setAnswer("documentPages", 3);
      store.setAnswer("corpusSize", "large");
      store.setUnsure("corpusSize", true);
      store.setUnsure("corpusSize", true);
      expect(useWizardStore.getState().answers).toEqual({ unsure: ["corpusSize"] });
    });

    test("stored unsure lists survive a reload; invalid ones are dropped", () => {
      expect(sanitizeState({ answers: { unsure: ["latency"], need: "both" }, stepIndex: 0, furthestStep: 0 }).answers).toEqual({ unsure: ["latency"], need: "both" });
      expect(sanitizeState({ answers: { unsure: ["need"], need: "both" } }).answers).toEqual({ need: "both" });
      expect(sanitizeState({ answers: { unsure: "latency" } }).answers).toEqual({});
    });

    test("Edit answers loads the unsure list with the rest", () => {
      useWizardStore.getState().loadTraits({ ...traits, unsure: ["latency"] });
      expect(useWizardStore.getState().answers.unsure).toEqual(["latency"]);
    });
  });

  describe("answers set aside by Edit answers", () => {
    test("only answers of its own, different from the link's, would be replaced", () => {
      expect(wouldReplaceAnswers(traits)).toBe(false);
      useWizardStore.getState().loadTraits(traits);
      expect(wouldReplaceAnswers({ ...traits })).toBe(false);
      expect(wouldReplaceAnswers({ ...traits, latency: "strict" })).toBe(true);
    });

    test("setting aside keeps the answers in progress; switching swaps the two sets; discarding forgets", () => {
      const store = useWizardStore.getState();
      store.setAnswer("need", "behavior");
      store.goToStep(1);
      setAsideAndLoad(traits);
      expect(useWizardStore.getState().answers).toEqual(traits);
      expect(readSetAside()).toMatchObject({ answers: { need: "behavior" }, stepIndex: 1, furthestStep: 1 });
      swapSetAside();
      expect(useWizardStore.getState()).toMatchObject({ answers: { need: "behavior" }, stepIndex: 1 });
      expect(readSetAside()?.answers).toEqual(traits);
      discardSetAside();
      expect(readSetAside()).toBeNull();
      expect(memory.has(setAsideStorageKey)).toBe(false);
    });

    test("tampered or empty storage reads as nothing set aside", () => {
      memory.set(setAsideStorageKey, "{not json");
      expect(readSetAside()).toBeNull();
      memory.set(setAsideStorageKey, JSON.stringify({ answers: {} }));
      expect(readSetAside()).toBeNull();
      memory.set(setAsideStorageKey, JSON.stringify({ answers: { need: "both", latency: "instant" }, stepIndex: 9, furthestStep: 2 }));
      expect(readSetAside()).toEqual({ answers: { need: "both" }, stepIndex: 2, furthestStep: 2, setAsideAt: "" });
    });
  });
});
