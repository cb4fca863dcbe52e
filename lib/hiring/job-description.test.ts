import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeTraits } from "@/tests/fixtures/traits";
import { traitsArbitrary } from "@/tests/fixtures/traits-arbitrary";
import { architectures, roles } from "@/lib/decision/types";
import { buildJobDescription, projectSentence, renderJobDescriptionMarkdown, toolRequirement } from "./job-description";
import { roleCatalog } from "@/lib/staffing/role-catalog";

const filler = /rock ?star|ninja|guru|fast-paced|passionate|synerg|self-starter|wear many hats|work hard|competitive salary/i;

describe("job descriptions", () => {
  it("are built from the catalog and the project's answers", () => {
    const traits = makeTraits({ perUserAccess: true, citations: "required", corpusSize: "large", taskType: "support_assistant" });
    const jd = buildJobDescription({ role: "rag_engineer", seniority: "senior", engagement: "full_time", architecture: "rag", traits, peakFte: 1.5 });
    // 1.5 FTE: two people, one of them full-time.
    expect(jd.heading).toBe("RAG engineer: senior, full-time, 2 openings (1.5 FTE in all)");
    expect(jd.summary).toContain(roleCatalog.rag_engineer.mission);
    expect(jd.summary).toContain("a support assistant built on retrieval-augmented generation");
    expect(jd.summary).toContain("up to about a million documents");
    expect(jd.requirements[0]).toMatch(/^Five or more years/);
    expect(jd.requirements).toContain("Document-level access control inside retrieval (needed because different users may see different documents)");
    expect(jd.requirements).toContain(
      "Hands-on experience with at least one vector database: Pinecone, Weaviate, Qdrant, FAISS or pgvector",
    );
    expect(jd.responsibilities).toEqual([...roleCatalog.rag_engineer.responsibilities]);
    expect(jd.successAfter90Days).toEqual([...roleCatalog.rag_engineer.successAfter90Days]);
  });

  it.each([
    { engagement: "contractor" as const, peakFte: 1, contractWeeks: { min: 9, max: 18 }, heading: "contract, about 9–18 weeks" },
    { engagement: "full_time" as const, peakFte: 0.5, contractWeeks: undefined, heading: "half-time" },
    { engagement: "full_time" as const, peakFte: 0.25, contractWeeks: undefined, heading: "part-time (about 25%)" },
    { engagement: "full_time" as const, peakFte: 1, contractWeeks: undefined, heading: "full-time" },
    { engagement: "full_time" as const, peakFte: 2, contractWeeks: undefined, heading: "full-time, 2 openings (2 FTE in all)" },
  ])("states the engagement: $heading", ({ engagement, peakFte, contractWeeks, heading }) => {
    const jd = buildJobDescription({
      role: "deep_learning_engineer",
      seniority: "mid",
      engagement,
      architecture: "fine_tuning",
      traits: makeTraits(),
      peakFte,
      ...(contractWeeks ? { contractWeeks } : {}),
    });
    expect(jd.heading).toBe(`Deep learning engineer (fine-tuning): mid-level, ${heading}`);
    expect(jd.responsibilities.some((r) => r.includes("before the contract ends"))).toBe(engagement === "contractor");
  });

  it("describes the project in one sentence from the answers", () => {
    expect(projectSentence(makeTraits({ taskType: "branded_content", corpusSize: "fits_in_prompt", knowledgeChange: "static" }), "fine_tuning")).toBe(
      "The product is a generator of on-brand content built on a fine-tuned model, drawing on a few pages of source material that rarely change.",
    );
  });

  it("formats tool groups of one and of many", () => {
    expect(toolRequirement({ category: "Experiment tracking", options: ["Weights & Biases"] })).toBe(
      "Hands-on experience with Weights & Biases (experiment tracking)",
    );
    expect(toolRequirement({ category: "Retrieval framework", options: ["LangChain", "LlamaIndex", "Haystack"] })).toBe(
      "Hands-on experience with at least one retrieval framework: LangChain, LlamaIndex or Haystack",
    );
  });

  it("property: every role has all sections filled, no filler, and renders every line to Markdown", () => {
    fc.assert(
      fc.property(traitsArbitrary, fc.constantFrom(...roles), fc.constantFrom(...architectures), (traits, role, architecture) => {
        const jd = buildJobDescription({ role, seniority: "mid", engagement: "full_time", architecture, traits, peakFte: 1 });
        for (const section of [jd.responsibilities, jd.requirements, jd.niceToHaves, jd.successAfter90Days]) {
          expect(section.length).toBeGreaterThanOrEqual(3);
          expect(new Set(section).size).toBe(section.length);
        }
        const md = renderJobDescriptionMarkdown(jd);
        expect(md).not.toMatch(filler);
        for (const heading of ["## What you will do", "## What you bring", "## Nice to have", "## Success after 90 days"]) {
          expect(md).toContain(heading);
        }
        expect(md.split("\n").filter((line) => line.startsWith("- "))).toHaveLength(
          jd.responsibilities.length + jd.requirements.length + jd.niceToHaves.length + jd.successAfter90Days.length,
        );
      }),
      { numRuns: 200 },
    );
  });
});
