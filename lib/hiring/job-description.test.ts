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

  const neutralSentence = "The product is a question-answering system built on retrieval-augmented generation, drawing on up to about a thousand documents that change monthly";
  it.each<[string, Parameters<typeof makeTraits>[0], string]>([
    ["no extra constraint", {}, ""],
    ["citations required", { citations: "required" }, "; every answer must cite its sources"],
    ["citations only helpful", { citations: "helpful" }, ""],
    ["per-user access", { perUserAccess: true }, "; users may only see the documents they are allowed to"],
    ["shared access", { perUserAccess: false }, ""],
    ["regulated data", { dataSensitivity: "regulated" }, "; the data is regulated"],
    ["internal data", { dataSensitivity: "internal" }, ""],
    [
      "all three",
      { citations: "required", perUserAccess: true, dataSensitivity: "regulated" },
      "; every answer must cite its sources, and users may only see the documents they are allowed to, and the data is regulated",
    ],
    ["citations and regulated data", { citations: "required", dataSensitivity: "regulated" }, "; every answer must cite its sources, and the data is regulated"],
  ])("adds the project's constraints to its sentence: %s", (_name, traits, tail) => {
    expect(projectSentence(makeTraits(traits), "rag")).toBe(`${neutralSentence}${tail}.`);
  });

  // A "must" context skill is a requirement ("needed because"), a "nice" one a nice-to-have ("useful because"); never both.
  it.each<[string, Parameters<typeof makeTraits>[0], string[], string[]]>([
    ["no context", {}, [], []],
    [
      "citations required (must)",
      { citations: "required" },
      ["Measuring grounding: whether each claim is backed by a cited source (needed because answers must cite their sources)"],
      [],
    ],
    ["regulated data (nice)", { dataSensitivity: "regulated" }, [], ["Governance frameworks: compliance checks and drift reports (useful because the data is regulated)"]],
    [
      "both",
      { citations: "required", dataSensitivity: "regulated", errorCost: "high" },
      [
        "Designing human review for high-stakes answers (needed because a confidently wrong answer is costly)",
        "Measuring grounding: whether each claim is backed by a cited source (needed because answers must cite their sources)",
      ],
      ["Governance frameworks: compliance checks and drift reports (useful because the data is regulated)"],
    ],
  ])("sorts the evaluation engineer's context skills by level: %s", (_name, traits, needed, useful) => {
    const jd = buildJobDescription({ role: "evaluation_engineer", seniority: "mid", engagement: "full_time", architecture: "rag", traits: makeTraits(traits), peakFte: 1 });
    expect(jd.requirements.filter((r) => r.includes(" because "))).toEqual(needed);
    expect(jd.niceToHaves.filter((r) => r.includes(" because "))).toEqual(useful);
    expect(jd.niceToHaves.filter((r) => r.includes("needed because"))).toEqual([]);
    expect(jd.requirements.filter((r) => r.includes("useful because"))).toEqual([]);
  });

  it("keeps the catalog's nice-to-haves ahead of the project's, and the project's as written", () => {
    const traits = makeTraits({ dataSensitivity: "regulated" });
    const jd = buildJobDescription({ role: "evaluation_engineer", seniority: "mid", engagement: "full_time", architecture: "rag", traits, peakFte: 1 });
    const catalog = roleCatalog.evaluation_engineer.niceToHaveSkills;
    expect(jd.niceToHaves.slice(0, catalog.length)).toEqual([...catalog]);
    expect(jd.niceToHaves[catalog.length]).toBe("Governance frameworks: compliance checks and drift reports (useful because the data is regulated)");
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
