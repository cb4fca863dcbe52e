import { describe, expect, it } from "vitest";
import { decisionRecordFilename, decisionRecordTitle, effectsText, escapeCell, flipCondition, flipText, renderDecisionRecord, traitLabel } from "./decision-record";
import { recommend } from "./recommend";
import { skippedAssumptions } from "./skipped";
import { makeTraits } from "@/tests/fixtures/traits";
import type { Traits } from "./traits";
import type { Factor, Recommendation } from "./types";

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
    expect(drivers).toContain("- Latency budget: Under 5,000 ms");
    expect(drivers).toContain("- Per-user access: Yes");
    expect(drivers).toContain("- One-time budget: $25,000");
    expect(drivers).toContain("- Team skills: Prompt engineering, Evaluation");
  });

  it("adds the team answers when given, and says which answers a behaviour-only need was not asked", () => {
    const behaviour = makeTraits({ need: "behavior", ...skippedAssumptions, teamSize: 4, engineeringStrength: "limited" });
    const record = renderDecisionRecord(behaviour, recommend(behaviour), { date: "2026-01-02" });
    const drivers = record.split("## Decision drivers")[1]?.split("## Considered options")[0] ?? "";
    expect(drivers.trim().split("\n")).toHaveLength(20);
    expect(drivers).toContain("- Engineers available: 4");
    expect(drivers).toContain("- General engineering: Limited");
    expect(drivers).toContain("- Source material: not asked, assumed Up to ~1,000 documents (the need is behaviour only)");
    expect(drivers).toMatch(/- Per-user access: not asked, assumed No \(the need is behaviour only\)/);
    expect(drivers).not.toMatch(/Output control: not asked/);
    // A knowledge need was asked everything: no such note.
    expect(md).not.toContain("not asked");
    const zero = renderDecisionRecord({ ...behaviour, teamSize: 0 }, recommend({ ...behaviour, teamSize: 0 }), { date: "2026-01-02" });
    expect(zero).toContain("- Engineers available: 0");
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
    expect(md).toContain("- Bad, because latency budget is “Under 5,000 ms”");
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

describe("decision record details", () => {
  const section = (md: string, heading: string) => md.split(`${heading}\n`)[1]?.split("\n#")[0]?.trim() ?? "";

  it.each([
    [{ rag: 18, fine_tuning: -15 }, "RAG +18, Fine-tuning −15"],
    [{ hybrid: 0, prompt_engineering: 2.5 }, "Prompt engineering +2.5"],
    [{ fine_tuning: -0.25, rag: 1.04 }, "RAG +1, Fine-tuning −0.3"],
    [{ prompt_engineering: 1, rag: 2, fine_tuning: 3, hybrid: 4 }, "Prompt engineering +1, RAG +2, Fine-tuning +3, Hybrid (fine-tuning + RAG) +4"],
    [{}, ""],
  ])("effectsText(%j) → %j", (effects, text) => {
    expect(effectsText(effects)).toBe(text);
  });

  it("escapes backslashes, pipes and line breaks in table cells", () => {
    expect(escapeCell("a\\b|c\r\nd\ne")).toBe("a\\\\b\\|c d e");
  });

  it("names traits by their short label", () => {
    expect(traitLabel("latency")).toBe("Latency budget");
    expect(traitLabel("teamSkills")).toBe("Team skills");
  });

  it("words a skills flip by what is added and what is dropped, and falls back to the answer otherwise", () => {
    const current = makeTraits({ teamSkills: ["retrieval", "evaluation"] });
    const swap = { trait: "teamSkills" as const, to: ["model_training", "mlops", "evaluation"] as Traits["teamSkills"], architecture: "fine_tuning" as const };
    expect(flipCondition(swap, current)).toBe("If the team also had Model training, MLOps and lacked Retrieval pipelines");
    expect(flipText(swap)).toBe("If team skills were “Model training, MLOps, Evaluation” → Fine-tuning");
    const same = { ...swap, to: ["evaluation", "retrieval"] as Traits["teamSkills"] };
    expect(flipCondition(same, current)).toBe("If team skills were “Evaluation, Retrieval pipelines”");
    expect(flipCondition({ trait: "upfrontBudgetUsd", to: 100_000, architecture: "hybrid" }, current)).toBe("If one-time budget were “$100,000”");
  });

  it("takes the status from the options and stamps no date or link unless given", () => {
    const md = renderDecisionRecord(traits, result, { status: "accepted" });
    expect(md).toContain("- Status: accepted");
    expect(md.split("\n").slice(0, 6)).toEqual([
      "# Use RAG for “Support assistant”",
      "",
      "- Status: accepted",
      "- Deciders: _fill in_",
      "- Decision engine: recommend-v1, engine 1.0.0",
      "",
    ]);
  });

  it.each([
    ["knowledge", "The model must gain new knowledge (facts from our own sources)."],
    ["behavior", "The model must gain new behaviour (a format, tone or style it does not follow today)."],
    ["both", "The model must gain both new knowledge and new behaviour."],
  ] as const)("states a %s need in the context", (need, sentence) => {
    expect(renderDecisionRecord({ ...traits, need }, result)).toContain(sentence);
  });

  it("keeps Markdown in answers and summaries from becoming markup", () => {
    const md = renderDecisionRecord(traits, {
      ...result,
      recommendation: { ...result.recommendation, summary: "Use *this* [link](x) <b> `code` _under_ \\ end\nnext line" },
    });
    expect(md).toContain("Chosen option: “RAG”. Use \\*this\\* \\[link\\](x) \\<b\\> \\`code\\` \\_under\\_ \\\\ end next line");
  });

  it("ranks tied options in the fixed order and prints decimals only where there are some", () => {
    const md = renderDecisionRecord(traits, { ...result, scores: { prompt_engineering: 40, rag: 84.04, fine_tuning: 40, hybrid: 40 } });
    const rows = section(md, "## Considered options").split("\n").slice(2);
    expect(rows.map((row) => row.split("|").slice(1, 3).map((cell) => cell.trim()))).toEqual([
      ["**RAG** (chosen)", "84"],
      ["Prompt engineering", "40"],
      ["Fine-tuning", "40"],
      ["Hybrid (fine-tuning + RAG)", "40"],
    ]);
  });

  it("sorts factors into good (for the choice, or a gate) and bad (against it)", () => {
    const md = renderDecisionRecord(traits, result);
    expect(section(md, "### Consequences").split("\n").map((line) => line.slice(0, 40))).toEqual([
      "- Good, because knowledge changes is “Da",
      "- Good, because citations is “Required”:",
      "- Bad, because latency budget is “Under ",
      "- Watch out — Per-user access: Filter re",
    ]);
  });

  it("counts a gate as a reason for the choice even when it moves only the other options", () => {
    const gateOnly: Factor = { trait: "timeToShip", answer: "days", effects: { fine_tuning: -24, hybrid: -24 }, rationale: "Training takes weeks.", sources: ["000"], gate: true };
    const md = renderDecisionRecord(traits, { ...result, factors: [gateOnly], roleProfile: { ...result.roleProfile, warnings: [] } });
    expect(section(md, "### Consequences")).toBe("- Good, because time to ship is “Within days”: Training takes weeks.");
    const notGate = renderDecisionRecord(traits, { ...result, factors: [{ ...gateOnly, gate: false }], roleProfile: { ...result.roleProfile, warnings: [] } });
    expect(section(notGate, "### Consequences")).toBe("- No single answer moved the scores much; revisit once the team has measured a first prompt.");
  });

  it("says nothing moved only when there is no good, no bad and no warning", () => {
    const noWarnings = { ...result.roleProfile, warnings: [] };
    const goodOnly = renderDecisionRecord(traits, { ...result, factors: [result.factors[0]!], roleProfile: noWarnings });
    expect(section(goodOnly, "### Consequences")).toMatch(/^- Good, because knowledge changes is “Daily”: [^\n]+$/);
    const badOnly = renderDecisionRecord(traits, { ...result, factors: [result.factors[2]!], roleProfile: noWarnings });
    expect(section(badOnly, "### Consequences")).toBe("- Bad, because latency budget is “Under 5,000 ms”: A retrieval hop costs a little time.");
  });

  it("falls back to the warning code when a warning has no title, and says so when nothing moved", () => {
    const untitled = renderDecisionRecord(traits, {
      ...result,
      factors: [],
      roleProfile: { ...result.roleProfile, warnings: [{ ...result.roleProfile.warnings[0]!, title: "" }] },
    });
    expect(section(untitled, "### Consequences")).toBe("- Watch out — per-user-access: Filter retrieval by each user's permissions.");
    // A factor that moves only other options is neither good nor bad for the choice.
    const quiet = renderDecisionRecord(traits, { ...result, factors: [{ ...result.factors[0]!, effects: { hybrid: 3 } }], roleProfile: { ...result.roleProfile, warnings: [] } });
    expect(section(quiet, "### Consequences")).toBe("- No single answer moved the scores much; revisit once the team has measured a first prompt.");
    const empty = renderDecisionRecord(traits, { ...result, factors: [], roleProfile: { ...result.roleProfile, warnings: [] } });
    expect(section(empty, "### Consequences")).toBe("- No single answer moved the scores much; revisit once the team has measured a first prompt.");
    expect(section(empty, "### Why: every answer that moved a score")).toBe("No answer moved a score.");
  });

  it("shows a dash for a factor that moved nothing", () => {
    const md = renderDecisionRecord(traits, { ...result, factors: [{ ...result.factors[2]!, effects: {} }] });
    expect(md).toContain("| Latency budget: Under 5,000 ms | — | A retrieval hop costs a little time. |");
  });

  it("gives the primary role alone when no roles are listed", () => {
    const md = renderDecisionRecord(traits, { ...result, roleProfile: { ...result.roleProfile, roles: [] } });
    expect(section(md, "## Roles")).toBe("Primary role: RAG engineer.");
    expect(md).not.toContain("Total:");
  });

  it("names the file after the architecture with every underscore replaced", () => {
    expect(decisionRecordFilename({ ...result, recommendation: { ...result.recommendation, architecture: "fine_tuning" } })).toBe("decision-record-fine-tuning.md");
    expect(decisionRecordFilename(result)).toBe("decision-record-rag.md");
  });
});

describe("decision record: confidence in words and the answers marked unsure", () => {
  it("names the level beside the confidence, and lists the unsure answers, those that could change the pick marked", () => {
    const far = { ...makeTraits(), unsure: ["latency" as const] };
    const farMd = renderDecisionRecord(far, recommend(far));
    // 0.95 − 0.05 for the one unsure answer; latency cannot change a pick 83 points ahead.
    expect(farMd).toContain("- Confidence: 90% (firm)\n- Not sure: latency budget\n");
    const close = { ...makeTraits({ need: "both", promptBaseline: "sufficient" }), unsure: ["corpusSize" as const, "gpuAccess" as const] };
    const closeMd = renderDecisionRecord(close, recommend(close));
    expect(closeMd).toContain("- Not sure: source material (could change the pick), training hardware\n");
    expect(closeMd).toMatch(/- Confidence: \d+% \(close call\)/);
    expect(renderDecisionRecord(makeTraits(), recommend(makeTraits()))).not.toContain("- Not sure:");
  });
});
