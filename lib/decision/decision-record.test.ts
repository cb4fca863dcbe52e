import { describe, expect, it } from "vitest";
import { decisionRecordFilename, decisionRecordTitle, escapeCell, flipText, renderDecisionRecord } from "./decision-record";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "./traits";
import type { Recommendation } from "./types";

// The answers the assertions read: the title's main job, the drivers' labels and the skills the flips add or drop.
const traits: Traits = makeTraits({
  taskType: "support_assistant",
  latency: "tolerant",
  perUserAccess: true,
  upfrontBudgetUsd: 25_000,
  teamSkills: ["prompt_engineering", "evaluation"],
});

// Hand-made so the renderer is tested on its own, whatever the engine's weights are today.
const result: Recommendation = {
  engineVersion: "1.0.0",
  recommendation: {
    architecture: "rag",
    confidence: 0.78,
    runnerUp: "hybrid",
    summary: "Your facts change daily and answers must cite sources, so retrieve them at answer time.",
  },
  scores: { prompt_engineering: 31, rag: 84, fine_tuning: 12, hybrid: 55.5 },
  factors: [
    {
      trait: "knowledgeChange",
      answer: "daily",
      effects: { rag: 18, fine_tuning: -15 },
      rationale: "Facts that change daily would make a trained model stale within days.",
      sources: ["004"],
    },
    {
      trait: "citations",
      answer: "required",
      effects: { rag: 12, hybrid: 6 },
      rationale: "Retrieval gives every answer a source | an audit trail.",
      sources: ["004"],
      gate: true,
    },
    {
      trait: "latency",
      answer: "tolerant",
      effects: { rag: -2 },
      rationale: "A retrieval hop costs a little time.",
      sources: [],
    },
  ],
  flips: [
    { trait: "labeledExamples", to: "thousands", architecture: "hybrid" },
    { trait: "need", to: "behavior", architecture: "fine_tuning" },
    { trait: "teamSkills", to: ["prompt_engineering", "model_training", "evaluation"], architecture: "hybrid" },
    { trait: "teamSkills", to: ["evaluation"], architecture: "fine_tuning" },
  ],
  roleProfile: {
    primaryRole: "rag_engineer",
    roles: [
      {
        role: "rag_engineer",
        fte: 1,
        seniority: "senior",
        skills: ["chunking", "hybrid search"],
        tools: ["pgvector", "LangChain"],
        why: "Builds and tunes the retrieval pipeline.",
        sourcing: "hire",
      },
      {
        role: "evaluation_engineer",
        fte: 0.5,
        seniority: "mid",
        skills: ["test sets"],
        tools: ["Ragas"],
        why: "Measures answer quality.",
        sourcing: "contract",
      },
    ],
    warnings: [
      {
        code: "per-user-access",
        message: "Filter retrieval by each user's permissions.",
        title: "Per-user access",
        whyItMatters: "Users must not see each other's documents.",
        triggers: [],
        triggeredBy: "",
        source: "004",
      },
    ],
  },
};

describe("renderDecisionRecord", () => {
  const md = renderDecisionRecord(traits, result, { shareUrl: "https://example.test/results?need=knowledge", date: "2026-01-02" });
  const headings = md.split("\n").filter((line) => line.startsWith("#"));

  it("has the MADR sections in order", () => {
    expect(headings).toEqual([
      "# Use RAG for “Support assistant”",
      "## Context and problem statement",
      "## Decision drivers",
      "## Considered options",
      "## Decision outcome",
      "### Consequences",
      "### Why: every answer that moved a score",
      "## What would change this decision",
      "## Roles",
    ]);
  });

  it("states status, date, engine version and the share link", () => {
    expect(md).toContain("- Status: proposed");
    expect(md).toContain("- Date: 2026-01-02");
    expect(md).toContain("engine 1.0.0");
    expect(md).toContain("- Shareable result: <https://example.test/results?need=knowledge>");
  });

  it("lists every answer as a decision driver, with the catalog's labels", () => {
    const drivers = md.split("## Decision drivers")[1]?.split("## Considered options")[0] ?? "";
    expect(drivers.trim().split("\n")).toHaveLength(18);
    expect(drivers).toContain("- Latency budget: Under 5 seconds");
    expect(drivers).toContain("- Per-user access: Yes");
    expect(drivers).toContain("- One-time budget: $25,000");
    expect(drivers).toContain("- Team skills: Prompt engineering, Evaluation");
  });

  it("ranks the four options by score and marks the chosen one", () => {
    const options = md.split("## Considered options")[1]?.split("## Decision outcome")[0] ?? "";
    const rows = options.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Option"));
    expect(rows.map((row) => row.split("|")[1]?.trim())).toEqual([
      "**RAG** (chosen)",
      "Hybrid (fine-tuning + RAG)",
      "Prompt engineering",
      "Fine-tuning",
    ]);
    expect(rows[1]).toContain("| 55.5 |");
  });

  it("gives the outcome with confidence, runner-up and the engine's summary", () => {
    expect(md).toContain("Chosen option: “RAG”. Your facts change daily");
    expect(md).toContain("- Confidence: 78%");
    expect(md).toContain("- Runner-up: Hybrid (fine-tuning + RAG) (score 55.5)");
  });

  it("turns factors into good and bad consequences, and warnings into watch-outs", () => {
    expect(md).toContain("- Good, because knowledge changes is “Daily”");
    expect(md).toContain("- Bad, because latency budget is “Under 5 seconds”");
    expect(md).toContain("- Watch out — Per-user access: Filter retrieval by each user's permissions.");
    expect(md).toContain("| Citations: Required (gate) | RAG +12, Hybrid (fine-tuning + RAG) +6 |");
    expect(md).toContain("| Knowledge changes: Daily | RAG +18, Fine-tuning −15 |");
  });

  it("escapes table cells so a pipe in a rationale cannot break the table", () => {
    expect(md).toContain("source \\| an audit trail");
    expect(escapeCell("a|b\nc")).toBe("a\\|b c");
  });

  it("lists what would change the decision, in plain language", () => {
    expect(md).toContain("- If labelled examples were “Thousands” → Hybrid (fine-tuning + RAG)");
    expect(md).toContain("- If the team also had Model training → Hybrid (fine-tuning + RAG)");
    expect(md).toContain("- If the team lacked Prompt engineering → Fine-tuning");
    expect(flipText({ trait: "latency", to: "strict", architecture: "fine_tuning" })).toBe(
      "If latency budget were “Under 300 ms” → Fine-tuning",
    );
  });

  it("tables the roles with FTE and a total", () => {
    expect(md).toContain("Primary role: RAG engineer.");
    expect(md).toContain("| RAG engineer | Hire | 1 (full-time) | senior | chunking, hybrid search | pgvector, LangChain | Builds and tunes the retrieval pipeline. |");
    expect(md).toContain("| Evaluation and observability engineer | Contract | 0.5 (half-time) | mid |");
    expect(md).toContain("Total: 1.5 FTE, if every role's peak fell in the same phase.");
  });

  it("is deterministic and works without options", () => {
    expect(renderDecisionRecord(traits, result, { shareUrl: "https://example.test/results?need=knowledge", date: "2026-01-02" })).toBe(md);
    const bare = renderDecisionRecord(traits, result);
    expect(bare).not.toContain("Date:");
    expect(bare).not.toContain("Shareable result");
    expect(bare.endsWith("\n")).toBe(true);
  });

  it("names the record and its file after the architecture", () => {
    expect(decisionRecordTitle(traits, { ...result, recommendation: { ...result.recommendation, architecture: "fine_tuning" } })).toBe(
      "Use Fine-tuning for “Support assistant”",
    );
    expect(decisionRecordFilename({ ...result, recommendation: { ...result.recommendation, architecture: "prompt_engineering" } })).toBe(
      "decision-record-prompt-engineering.md",
    );
  });

  it("says so when nothing would change the decision", () => {
    const settled = renderDecisionRecord(traits, { ...result, flips: [] });
    expect(settled).toContain("No single different answer would change the recommendation.");
  });
});
