import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { architectures, roles } from "@/lib/decision/types";
import { buildScorecard, maxCompetencies, minCompetencies, renderScorecardMarkdown, scorecardScale } from "./scorecards";

describe("interview scorecards", () => {
  it("use the four-point overall scale", () => {
    expect(scorecardScale).toEqual(["Definitely not", "No", "Yes", "Strong yes"]);
  });

  it("property: every role, for any answers, has 4–6 competencies with 2–3 questions and both signals", () => {
    fc.assert(
      fc.property(traitsArbitrary, fc.constantFrom(...roles), fc.constantFrom(...architectures), (traits, role, architecture) => {
        const card = buildScorecard(role, traits, architecture);
        expect(card.competencies.length).toBeGreaterThanOrEqual(minCompetencies);
        expect(card.competencies.length).toBeLessThanOrEqual(maxCompetencies);
        for (const competency of card.competencies) {
          expect(competency.questions.length).toBeGreaterThanOrEqual(2);
          expect(competency.questions.length).toBeLessThanOrEqual(3);
          expect(competency.strongSignal).not.toBe("");
          expect(competency.weakSignal).not.toBe("");
          expect(competency.strongSignal).not.toBe(competency.weakSignal);
        }
        expect(new Set(card.competencies.map((c) => c.name)).size).toBe(card.competencies.length);
      }),
    );
  });

  it.each([
    { role: "rag_engineer" as const, traits: { perUserAccess: true }, extra: "Access control in retrieval" },
    { role: "deep_learning_engineer" as const, traits: { latency: "strict" as const }, extra: "Small, fast models" },
    { role: "mlops_engineer" as const, traits: { dataSensitivity: "regulated" as const }, extra: "Compliance in operations" },
    { role: "data_engineer" as const, traits: { knowledgeChange: "realtime" as const }, extra: "Streaming updates" },
    { role: "evaluation_engineer" as const, traits: { errorCost: "high" as const }, extra: "High-stakes review" },
    { role: "ai_product_engineer" as const, traits: { taskType: "agent_workflow" as const }, extra: "Agent orchestration" },
  ])("$role gains '$extra' when the answers call for it", ({ role, traits, extra }) => {
    const plain = buildScorecard(role, makeTraits(), "rag");
    const extended = buildScorecard(role, makeTraits(traits), "rag");
    expect(plain.competencies.map((c) => c.name)).not.toContain(extra);
    expect(extended.competencies.at(-1)?.name).toBe(extra);
    expect(extended.competencies).toHaveLength(plain.competencies.length + 1);
  });

  it("renders Markdown with every competency, question, signal and the overall scale", () => {
    const card = buildScorecard("rag_engineer", makeTraits({ perUserAccess: true }), "rag");
    const md = renderScorecardMarkdown(card);
    expect(md.startsWith("# Interview scorecard: RAG engineer\n")).toBe(true);
    for (const competency of card.competencies) {
      expect(md).toContain(`. ${competency.name}`);
      for (const question of competency.questions) expect(md).toContain(question);
      expect(md).toContain(competency.strongSignal);
      expect(md).toContain(competency.weakSignal);
    }
    expect(md).toContain("## Overall\n\n☐ Definitely not  ☐ No  ☐ Yes  ☐ Strong yes");
  });

  it("numbers competencies from 1 and each competency's questions from 1, with a rating line under each", () => {
    const card = buildScorecard("rag_engineer", makeTraits(), "rag");
    const md = renderScorecardMarkdown(card);
    const [first, second] = card.competencies;
    expect(md).toContain(`\n## 1. ${first?.name ?? ""}\n`);
    expect(md).toContain(`\n## 2. ${second?.name ?? ""}\n`);
    expect(md).toContain(`\nQuestions:\n\n1. ${first?.questions[0] ?? ""}\n2. ${first?.questions[1] ?? ""}\n`);
    expect(md).not.toContain("## 0.");
    expect(md.split("\nRating: ☐ Definitely not  ☐ No  ☐ Yes  ☐ Strong yes\n")).toHaveLength(card.competencies.length + 1);
  });

  // Access control in retrieval matters when users see different documents or when the data is regulated.
  it.each<[Parameters<typeof makeTraits>[0], boolean]>([
    [{}, false],
    [{ perUserAccess: true }, true],
    [{ dataSensitivity: "regulated" }, true],
    [{ dataSensitivity: "public" }, false],
    [{ perUserAccess: true, dataSensitivity: "regulated" }, true],
  ])("the RAG engineer's card for %j asks about access control: %s", (traits, expected) => {
    const names = buildScorecard("rag_engineer", makeTraits(traits), "rag").competencies.map((c) => c.name);
    expect(names.includes("Access control in retrieval")).toBe(expected);
  });
});
