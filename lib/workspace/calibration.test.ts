import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/decision/recommend";
import { traitKeys } from "@/lib/decision/trait-keys";
import type { TraitKey, Traits } from "@/lib/decision/traits";
import { hybridTraits, makeTraits } from "@/tests/fixtures/traits";
import { analyzeCalibration, answerKey, settle, type MemberAnswers, type TraitComparison } from "./calibration";

// The saved answers: a tuned model that retrieves, close enough to its neighbours that some answers tip it.
const saved: Traits = hybridTraits;
const confidence = (changes: Partial<Traits>) => recommend({ ...saved, ...changes }).recommendation.confidence;

// Three members who disagree. Ann thinks the knowledge barely changes (that alone tips it to fine-tuning); Ben needs
// it in days (that alone tips it to RAG) and calls the data public; Cal calls it regulated (no change either way).
// All three want citations required where the saved answers say helpful. Ann and Cal list the same skills as saved,
// in another order: a set of skills compares as a set.
const ann: MemberAnswers = {
  userId: "u-ann",
  name: "Ann",
  answers: { ...saved, knowledgeChange: "static", citations: "required", teamSkills: ["evaluation", "mlops", "retrieval", "model_training"] },
};
const ben: MemberAnswers = { userId: "u-ben", name: "Ben", answers: { ...saved, timeToShip: "days", dataSensitivity: "public", citations: "required" } };
const cal: MemberAnswers = {
  userId: "u-cal",
  name: "Cal",
  answers: { ...saved, dataSensitivity: "regulated", citations: "required", teamSkills: ["mlops", "model_training", "evaluation", "retrieval"] },
};
const three = [ann, ben, cal];

const byTrait = (traits: readonly TraitComparison[], trait: TraitKey) => traits.find((comparison) => comparison.trait === trait) as TraitComparison;
const people = (...members: MemberAnswers[]) => members.map(({ userId, name }) => ({ userId, name }));

describe("answerKey: one written form per answer", () => {
  it.each([
    ["a choice", "weekly", "weekly"],
    ["a yes", true, "true"],
    ["a no", false, "false"],
    ["a number", 25_000, "25000"],
    ["no skills", [], ""],
    ["skills in catalog order", ["prompt_engineering", "evaluation"], "prompt_engineering,evaluation"],
    ["skills in another order", ["evaluation", "retrieval", "prompt_engineering"], "prompt_engineering,retrieval,evaluation"],
    ["a skill listed twice", ["mlops", "retrieval", "mlops"], "retrieval,mlops"],
  ] as const)("%s", (_name, value, key) => {
    expect(answerKey(value as Traits[TraitKey])).toBe(key);
  });
});

describe("analyzeCalibration: three members who disagree", () => {
  const analysis = analyzeCalibration(saved, three);

  it("lists disagreements that change the recommendation first, then the others, then agreement, catalog order within each", () => {
    const decisive = ["knowledgeChange", "timeToShip"];
    const disputed = [...decisive, "citations", "dataSensitivity"];
    expect(analysis.decisive).toEqual(decisive);
    expect(analysis.disputed).toEqual(disputed);
    expect(analysis.traits.map((comparison) => comparison.trait)).toEqual([...disputed, ...traitKeys.filter((key) => !disputed.includes(key))]);
    expect(analysis.traits.map((comparison) => comparison.changesRecommendation)).toEqual(traitKeys.map((_, index) => index < 2));
  });

  it("a disagreement that tips the recommendation: the answer under each member's view, the saved answer first", () => {
    const knowledge = byTrait(analysis.traits, "knowledgeChange");
    expect(knowledge).toMatchObject({ label: "Knowledge changes", question: "How often does the underlying information change?", disagreement: "members", changesRecommendation: true });
    expect(knowledge.saved).toEqual({ key: "weekly", value: "weekly", label: "Weekly" });
    expect(knowledge.alternatives).toEqual([
      { key: "weekly", value: "weekly", label: "Weekly", saved: true, members: people(ben, cal), architecture: "hybrid", confidence: confidence({}) },
      { key: "static", value: "static", label: "Practically never", saved: false, members: people(ann), architecture: "fine_tuning", confidence: confidence({ knowledgeChange: "static" }) },
    ]);
    expect(knowledge.answers).toEqual([
      { userId: "u-ann", name: "Ann", key: "static", value: "static", label: "Practically never", differsFromSaved: true },
      { userId: "u-ben", name: "Ben", key: "weekly", value: "weekly", label: "Weekly", differsFromSaved: false },
      { userId: "u-cal", name: "Cal", key: "weekly", value: "weekly", label: "Weekly", differsFromSaved: false },
    ]);
    const ship = byTrait(analysis.traits, "timeToShip");
    expect(ship.alternatives.map((alternative) => [alternative.key, alternative.architecture, alternative.members.map((member) => member.name)])).toEqual([
      ["months", "hybrid", ["Ann", "Cal"]],
      ["days", "rag", ["Ben"]],
    ]);
  });

  it("a disagreement that does not: three answers, one recommendation", () => {
    const sensitivity = byTrait(analysis.traits, "dataSensitivity");
    expect(sensitivity).toMatchObject({ disagreement: "members", changesRecommendation: false });
    expect(sensitivity.alternatives.map((alternative) => [alternative.key, alternative.label, alternative.saved, alternative.architecture, alternative.members.map((member) => member.name)])).toEqual([
      ["internal", "Internal", true, "hybrid", ["Ann"]],
      ["public", "Public", false, "hybrid", ["Ben"]],
      ["regulated", "Regulated", false, "hybrid", ["Cal"]],
    ]);
  });

  it("members who agree with each other but not with the saved answers: a disagreement with the saved answer", () => {
    const citations = byTrait(analysis.traits, "citations");
    expect(citations).toMatchObject({ disagreement: "saved", changesRecommendation: false });
    expect(citations.alternatives).toEqual([
      { key: "helpful", value: "helpful", label: "Helpful", saved: true, members: [], architecture: "hybrid", confidence: confidence({}) },
      { key: "required", value: "required", label: "Required", saved: false, members: people(ann, ben, cal), architecture: "hybrid", confidence: confidence({ citations: "required" }) },
    ]);
  });

  it("compares skills as sets: the same skills in another order are agreement", () => {
    const skills = byTrait(analysis.traits, "teamSkills");
    expect(skills).toMatchObject({ disagreement: "none", changesRecommendation: false, alternatives: [] });
    const canonical = ["retrieval", "model_training", "mlops", "evaluation"];
    expect(skills.saved).toMatchObject({ key: canonical.join(","), value: canonical });
    expect(skills.answers.map((answer) => [answer.name, answer.value, answer.differsFromSaved])).toEqual([
      ["Ann", canonical, false],
      ["Ben", canonical, false],
      ["Cal", canonical, false],
    ]);
    expect(skills.answers[0]?.label).toBe("Retrieval pipelines, Model training, MLOps, Evaluation");
  });

  it("an agreed question has no alternatives to weigh", () => {
    const need = byTrait(analysis.traits, "need");
    expect(need).toMatchObject({ disagreement: "none", alternatives: [], changesRecommendation: false, saved: { key: "both", label: "Both" } });
    expect(need.answers.every((answer) => !answer.differsFromSaved && answer.key === "both")).toBe(true);
  });

  it("gives the recommendation under the saved answers and under each member's own full set", () => {
    expect(analysis.saved).toEqual({ architecture: "hybrid", confidence: confidence({}) });
    expect(analysis.members).toEqual([
      { userId: "u-ann", name: "Ann", architecture: "hybrid", confidence: recommend(ann.answers).recommendation.confidence, differences: 2 },
      { userId: "u-ben", name: "Ben", architecture: "rag", confidence: recommend(ben.answers).recommendation.confidence, differences: 3 },
      { userId: "u-cal", name: "Cal", architecture: "hybrid", confidence: recommend(cal.answers).recommendation.confidence, differences: 2 },
    ]);
  });
});

describe("analyzeCalibration: edge cases", () => {
  it("with no answers yet, nothing is disputed and the questions keep the catalog order", () => {
    const analysis = analyzeCalibration(saved, []);
    expect(analysis.disputed).toEqual([]);
    expect(analysis.decisive).toEqual([]);
    expect(analysis.members).toEqual([]);
    expect(analysis.traits.map((comparison) => comparison.trait)).toEqual(traitKeys);
    expect(analysis.traits.every((comparison) => comparison.disagreement === "none" && comparison.answers.length === 0)).toBe(true);
  });

  it("one member alone can disagree with the saved answers", () => {
    const solo = { userId: "u-solo", name: "Solo", answers: { ...saved, timeToShip: "days" as const } };
    const analysis = analyzeCalibration(saved, [solo]);
    expect(analysis.disputed).toEqual(["timeToShip"]);
    expect(analysis.decisive).toEqual(["timeToShip"]);
    expect(byTrait(analysis.traits, "timeToShip").disagreement).toBe("saved");
    expect(analysis.members).toMatchObject([{ architecture: "rag", differences: 1 }]);
  });

  it("members who split while one of them keeps the saved answer: the saved answer is listed once, with that member", () => {
    const analysis = analyzeCalibration(saved, [ann, { userId: "u-same", name: "Same", answers: saved }]);
    const knowledge = byTrait(analysis.traits, "knowledgeChange");
    expect(knowledge.alternatives.map((alternative) => [alternative.key, alternative.saved, alternative.members.map((member) => member.name)])).toEqual([
      ["weekly", true, ["Same"]],
      ["static", false, ["Ann"]],
    ]);
  });

  it("weighs another corpus size without the saved document count, but the saved answer with it", () => {
    const counted = makeTraits({ corpusSize: "large", corpusDocuments: 5_000 });
    const analysis = analyzeCalibration(counted, [{ userId: "u-1", name: "One", answers: { ...counted, corpusSize: "fits_in_prompt", corpusDocuments: undefined } }]);
    const corpus = byTrait(analysis.traits, "corpusSize");
    expect(corpus.alternatives.map((alternative) => [alternative.key, alternative.architecture, alternative.confidence])).toEqual([
      ["large", recommend(counted).recommendation.architecture, recommend(counted).recommendation.confidence],
      ["fits_in_prompt", recommend(makeTraits({ corpusSize: "fits_in_prompt" })).recommendation.architecture, recommend(makeTraits({ corpusSize: "fits_in_prompt" })).recommendation.confidence],
    ]);
  });
});

describe("settle: the answers kept", () => {
  const choices = { knowledgeChange: "static", timeToShip: "months", dataSensitivity: "public", citations: "required" };

  it("builds the settled answers from the values picked (a member's or the saved one) and records who answered what", () => {
    const result = settle(saved, three, choices);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.answers).toEqual({ ...saved, knowledgeChange: "static", dataSensitivity: "public", citations: "required" });
    expect(result.settlement.before).toBe("hybrid");
    expect(result.settlement.after).toBe(recommend(result.answers).recommendation.architecture);
    expect(result.settlement.traits.map((trait) => trait.trait)).toEqual(["knowledgeChange", "timeToShip", "citations", "dataSensitivity"]);
    const [knowledge, ship] = result.settlement.traits;
    expect(knowledge).toEqual({
      trait: "knowledgeChange",
      label: "Knowledge changes",
      saved: { value: "weekly", label: "Weekly" },
      answers: [
        { userId: "u-ann", name: "Ann", value: "static", label: "Practically never" },
        { userId: "u-ben", name: "Ben", value: "weekly", label: "Weekly" },
        { userId: "u-cal", name: "Cal", value: "weekly", label: "Weekly" },
      ],
      kept: { value: "static", label: "Practically never", saved: false, members: people(ann) },
    });
    expect(ship?.kept).toEqual({ value: "months", label: "In months", saved: true, members: people(ann, cal) });
    expect(result.settlement.members).toEqual([
      { userId: "u-ann", name: "Ann", architecture: "hybrid", confidence: recommend(ann.answers).recommendation.confidence, differences: 2, answers: ann.answers },
      { userId: "u-ben", name: "Ben", architecture: "rag", confidence: recommend(ben.answers).recommendation.confidence, differences: 3, answers: ben.answers },
      { userId: "u-cal", name: "Cal", architecture: "hybrid", confidence: recommend(cal.answers).recommendation.confidence, differences: 2, answers: cal.answers },
    ]);
  });

  it("takes a member instead of an answer: the answer that member gave", () => {
    const result = settle(saved, three, { knowledgeChange: "u-cal", timeToShip: "u-ben", dataSensitivity: "u-cal", citations: "u-ann" });
    expect(result).toMatchObject({ ok: true, answers: { ...saved, timeToShip: "days", dataSensitivity: "regulated", citations: "required" } });
    expect(result.ok && result.settlement.traits.map((trait) => [trait.trait, trait.kept.value, trait.kept.members.map((member) => member.name)])).toEqual([
      ["knowledgeChange", "weekly", ["Ben", "Cal"]],
      ["timeToShip", "days", ["Ben"]],
      ["citations", "required", ["Ann", "Ben", "Cal"]],
      ["dataSensitivity", "regulated", ["Cal"]],
    ]);
    expect(settle(saved, three, { ...choices, timeToShip: "u-nobody" })).toMatchObject({ ok: false, issues: [{ path: "choices.timeToShip" }] });
  });

  it("keeping every saved answer settles to the saved answers", () => {
    const result = settle(saved, three, { knowledgeChange: "weekly", timeToShip: "months", dataSensitivity: "internal", citations: "helpful" });
    expect(result).toMatchObject({ ok: true, answers: saved, settlement: { before: "hybrid", after: "hybrid" } });
  });

  it("picks a set of skills by its canonical key, whatever order the member listed them in", () => {
    const dana = { userId: "u-dana", name: "Dana", answers: { ...saved, teamSkills: ["evaluation", "prompt_engineering"] as Traits["teamSkills"] } };
    const result = settle(saved, [dana], { teamSkills: "prompt_engineering,evaluation" });
    expect(result).toMatchObject({ ok: true, answers: { ...saved, teamSkills: ["prompt_engineering", "evaluation"] } });
    expect(settle(saved, [dana], { teamSkills: "evaluation,prompt_engineering" })).toEqual({
      ok: false,
      issues: [{ path: "choices.teamSkills", message: 'Keep one of the answers given for "Team skills": Retrieval pipelines, Model training, MLOps, Evaluation; Prompt engineering, Evaluation.' }],
    });
  });

  it.each([
    ["a disputed question left out", { knowledgeChange: "static", dataSensitivity: "public", citations: "required" }, [{ path: "choices.timeToShip", message: 'Choose which answer to keep for "Time to ship".' }]],
    [
      "an answer no one gave",
      { ...choices, timeToShip: "weeks" },
      [{ path: "choices.timeToShip", message: 'Keep one of the answers given for "Time to ship": In months; Within days.' }],
    ],
    ["a question no one disputes", { ...choices, need: "both" }, [{ path: "choices.need", message: '"need" is not a disputed question: there is nothing to choose.' }]],
    [
      "several at once, unknown names first",
      { citations: "required", nonsense: "x" },
      [
        { path: "choices.nonsense", message: '"nonsense" is not a disputed question: there is nothing to choose.' },
        { path: "choices.knowledgeChange", message: 'Choose which answer to keep for "Knowledge changes".' },
        { path: "choices.timeToShip", message: 'Choose which answer to keep for "Time to ship".' },
        { path: "choices.dataSensitivity", message: 'Choose which answer to keep for "Data sensitivity".' },
      ],
    ],
  ])("refuses %s", (_name, picked, issues) => {
    expect(settle(saved, three, picked)).toEqual({ ok: false, issues });
  });

  it("with no disagreement, nothing needs choosing", () => {
    expect(settle(saved, [{ userId: "u-same", name: "Same", answers: saved }], {})).toMatchObject({ ok: true, answers: saved, settlement: { traits: [] } });
  });

  it("keeps the saved document count with the saved corpus size, and drops it with another size", () => {
    const counted = makeTraits({ corpusSize: "large", corpusDocuments: 5_000, documentPages: 3 });
    const member = { userId: "u-1", name: "One", answers: { ...makeTraits({ corpusSize: "small" }) } };
    expect(settle(counted, [member], { corpusSize: "large" })).toMatchObject({ ok: true, answers: counted });
    const other = settle(counted, [member], { corpusSize: "small" });
    expect(other.ok && other.answers).toEqual(makeTraits({ corpusSize: "small" }));
  });
});
