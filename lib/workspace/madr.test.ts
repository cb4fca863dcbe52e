import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/decision/recommend";
import { makeTraits } from "@/tests/fixtures/traits";
import { commentsThatMattered, driversSection, madrFilename, madrFrontMatter, madrStatus, markdownText, maxQuotedComments, renderMadr, reviewPeople, yamlString, type MadrComment, type MadrInput } from "./madr";

const answers = makeTraits({ knowledgeChange: "daily" });
const result = recommend(answers);
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 12));

const comment = (overrides: Partial<MadrComment> = {}): MadrComment => ({
  authorId: "u-ann",
  authorName: "Ann",
  traitKey: null,
  parentId: null,
  body: "Looks right.",
  createdAt: day(3),
  deletedAt: null,
  ...overrides,
});

function input(overrides: Partial<MadrInput> = {}): MadrInput {
  return {
    title: "Support bot",
    status: "accepted",
    supersededBy: null,
    statusDate: day(20),
    requiredApprovals: 2,
    current: { number: 2, answers, result, authorName: "Ann", createdAt: day(10) },
    revisions: [
      { number: 1, architecture: "fine_tuning", engineVersion: "1.0.0", authorName: "Ann", createdAt: day(1) },
      { number: 2, architecture: result.recommendation.architecture, engineVersion: result.engineVersion, authorName: "Bob", createdAt: day(10) },
    ],
    acceptedBy: { userId: "u-cat", name: "Cat" },
    members: [
      { userId: "u-ann", name: "Ann" },
      { userId: "u-bob", name: "Bob" },
      { userId: "u-cat", name: "Cat" },
      { userId: "u-dan", name: "Dan" },
      { userId: "u-eve", name: "Eve" },
    ],
    votes: [
      { userId: "u-bob", userName: "Bob", verdict: "approve", note: "Ship it.", revisionNumber: 2, updatedAt: day(11) },
      { userId: "u-ann", userName: "Ann", verdict: "approve", note: "", revisionNumber: 1, updatedAt: day(2) },
      { userId: "u-cat", userName: "Cat", verdict: "approve", note: "", revisionNumber: 2, updatedAt: day(12) },
    ],
    comments: [comment(), comment({ authorId: null, authorName: "Visitor", body: "From outside." })],
    calibration: null,
    ...overrides,
  };
}

/**
 * A strict reader of the front matter this renderer writes: `key: "double-quoted"`, `key: []`, or `key:` followed by
 * `  - "item"` lines; anything else fails the test. Returns the values with YAML's escapes decoded.
 */
function parseFrontMatter(markdown: string): Record<string, string | string[]> {
  const lines = markdown.split("\n");
  expect(lines[0]).toBe("---");
  const end = lines.indexOf("---", 1);
  expect(end).toBeGreaterThan(0);
  const quoted = /^"((?:[^"\\\u0000-\u001f]|\\["\\nrt]|\\u[0-9a-f]{4})*)"$/;
  const decode = (text: string) => {
    const match = quoted.exec(text);
    if (!match) throw new Error(`Not a safe double-quoted scalar: ${text}`);
    return JSON.parse(`"${match[1] ?? ""}"`) as string;
  };
  const out: Record<string, string | string[]> = {};
  let list: string[] | null = null;
  for (const line of lines.slice(1, end)) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item && list) {
      list.push(decode(item[1] ?? ""));
      continue;
    }
    const entry = /^([a-z-]+): ?(.*)$/.exec(line);
    if (!entry) throw new Error(`Unexpected front-matter line: ${line}`);
    const [, key = "", value = ""] = entry;
    expect(key in out).toBe(false);
    if (value === "") out[key] = list = [];
    else if (value === "[]") {
      out[key] = [];
      list = null;
    } else {
      out[key] = decode(value);
      list = null;
    }
  }
  return out;
}

describe("front matter", () => {
  it("fills status, date, decision-makers, consulted and informed from the review", () => {
    expect(parseFrontMatter(renderMadr(input()))).toEqual({
      status: "accepted",
      date: "2026-11-20",
      // Bob and Cat approved revision 2; Cat also accepted it (listed once). Ann's approval was of revision 1.
      "decision-makers": ["Bob", "Cat"],
      consulted: ["Ann", "Visitor (guest)"],
      informed: ["Dan", "Eve"],
    });
  });

  it("maps every status; a superseded record links its successor", () => {
    for (const status of ["draft", "proposed", "accepted", "rejected"] as const) expect(parseFrontMatter(renderMadr(input({ status }))).status).toBe(status);
    const superseded = input({ status: "superseded", supersededBy: { title: "Bot [v2]", href: "https://x.test/teams/a/assessments/b c" } });
    expect(parseFrontMatter(renderMadr(superseded)).status).toBe("superseded by [Bot \\[v2\\]](https://x.test/teams/a/assessments/b%20c)");
    expect(madrStatus({ status: "superseded", supersededBy: null })).toBe("superseded");
  });

  it("writes empty lists as []", () => {
    const lonely = input({ members: [], votes: [], comments: [], acceptedBy: null });
    expect(madrFrontMatter(lonely)).toEqual(["---", 'status: "accepted"', 'date: "2026-11-20"', "decision-makers: []", "consulted: []", "informed: []", "---"]);
  });

  it("keeps names with colons, quotes, backslashes, newlines and fences inert", () => {
    const evil = 'Mallory: "boss"\n---\nstatus: accepted\n# Owned \\ \t\u2028end';
    const markdown = renderMadr(
      input({
        members: [{ userId: "u-m", name: evil }],
        votes: [{ userId: "u-m", userName: evil, verdict: "approve", note: "ok\n## Injected", revisionNumber: 2, updatedAt: day(11) }],
        comments: [comment({ authorId: null, authorName: "guest\n---" })],
        acceptedBy: { userId: null, name: "Acceptor\r\n- injected: true" },
      }),
    );
    const front = parseFrontMatter(markdown);
    expect(front["decision-makers"]).toEqual([evil, "Acceptor\r\n- injected: true"]);
    expect(front.consulted).toEqual(["guest\n--- (guest)"]);
    expect(front.status).toBe("accepted");
    // Exactly two fences, and no heading line other than the renderer's own.
    expect(markdown.split("\n").filter((line) => line === "---")).toHaveLength(2);
    expect(markdown.split("\n").filter((line) => /^#+ /.test(line) && /Owned|Injected/.test(line))).toEqual([]);
  });
});

describe("yamlString", () => {
  it("escapes quotes, backslashes and control characters", () => {
    expect(yamlString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(yamlString("x\ny\rz\tw")).toBe('"x\\ny\\rz\\tw"');
    expect(yamlString("\u0000\u001f\u007f\u0085\u2028\u2029")).toBe('"\\u0000\\u001f\\u007f\\u0085\\u2028\\u2029"');
    expect(yamlString("plain: text # not a comment")).toBe('"plain: text # not a comment"');
  });
});

describe("markdownText", () => {
  it("keeps user text on one line and escapes what would open Markdown or HTML", () => {
    expect(markdownText("a\nb\r\nc\rd\u2028e\u2029f\u0085g")).toBe("a b c d e f g");
    expect(markdownText("<script>alert(1)</script>")).toBe("\\<script\\>alert\\(1\\)\\</script\\>");
    expect(markdownText("[link](javascript:x) ![img](y) *b* _i_ `c` ~s~ | # & {x} \\")).toBe(
      "\\[link\\]\\(javascript:x\\) \\!\\[img\\]\\(y\\) \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ \\| \\# \\& \\{x\\} \\\\",
    );
    expect(markdownText("  tab\there\u0000\u0007  ")).toBe("tab here");
  });
});

describe("reviewPeople", () => {
  it("counts a member once, in the first role that applies, and lists former members who voted as consulted", () => {
    const people = reviewPeople(
      input({
        votes: [
          { userId: "u-bob", userName: "Bob", verdict: "request_changes", note: "", revisionNumber: 2, updatedAt: day(11) },
          { userId: "u-gone", userName: "Gone", verdict: "abstain", note: "", revisionNumber: 2, updatedAt: day(11) },
        ],
        comments: [comment({ authorId: "u-dan", authorName: "Dan" }), comment({ authorId: "u-left", authorName: "Left" }), comment({ authorId: "u-left", authorName: "Left" }), comment({ authorId: null, authorName: "V" }), comment({ authorId: null, authorName: "V" })],
        acceptedBy: null,
      }),
    );
    expect(people).toEqual({ decisionMakers: [], consulted: ["Bob", "Dan", "Gone", "Left", "V (guest)"], informed: ["Ann", "Cat", "Eve"] });
  });

  it("names an acceptor with no account once", () => {
    expect(reviewPeople(input({ votes: [], comments: [], members: [], acceptedBy: { userId: null, name: "Old owner" } })).decisionMakers).toEqual(["Old owner"]);
  });
});

describe("commentsThatMattered", () => {
  it("keeps top-level comments and those on an answer, newest first, without deleted ones, at most ten", () => {
    const comments = [
      comment({ body: "old", createdAt: day(1) }),
      comment({ body: "reply", parentId: "c1", createdAt: day(5) }),
      comment({ body: "reply on an answer", parentId: "c1", traitKey: "latency", createdAt: day(4) }),
      comment({ body: "deleted", createdAt: day(6), deletedAt: day(7) }),
      comment({ body: "new", createdAt: day(3) }),
    ];
    expect(commentsThatMattered(comments).map((c) => c.body)).toEqual(["reply on an answer", "new", "old"]);
    const many = Array.from({ length: 14 }, (_, i) => comment({ body: `c${i}`, createdAt: day(i + 1) }));
    expect(commentsThatMattered(many).map((c) => c.body)).toEqual(["c13", "c12", "c11", "c10", "c9", "c8", "c7", "c6", "c5", "c4"]);
    expect(maxQuotedComments).toBe(10);
  });
});

describe("renderMadr body", () => {
  const markdown = renderMadr(input({ link: "https://x.test/teams/a/assessments/1" }));

  it("has the MADR 4 sections in order", () => {
    const headings = markdown.split("\n").filter((line) => /^##? /.test(line));
    expect(headings).toEqual([
      "# Support bot",
      "## Context and Problem Statement",
      "## Decision Drivers",
      "## Considered Options",
      "## Decision Outcome",
      "## Pros and Cons of the Options",
      "## More Information",
    ]);
    for (const sub of ["### Consequences", "### Confirmation", "### RAG", "### Fine-tuning", "### Prompt engineering", "### Hybrid (fine-tuning + RAG)", "### Approvals", "### Comments", "### Revision history"]) {
      expect(markdown).toContain(`\n${sub}\n`);
    }
    expect(markdown).not.toContain("### Calibration");
  });

  it("states the chosen option, the approvals against the requirement, and the revision history newest first", () => {
    expect(markdown).toContain("Chosen option: “RAG”, because ");
    expect(markdown).toContain("2 of 2 required approvals on revision 2. Accepted by Cat on 2026-11-20.");
    expect(markdown).toContain("- Bob — Approve, 2026-11-11: Ship it.");
    expect(markdown).toContain("- Ann — Approve (on revision 1, no longer counted), 2026-11-02\n");
    expect(markdown).toContain(`Confidence ${Math.round(result.recommendation.confidence * 100)}%; runner-up `);
    expect(renderMadr(input())).not.toContain("The assessment: <");
    expect(markdown).toContain("- Visitor (guest) on the assessment, 2026-11-03: From outside.");
    expect(markdown.indexOf("- Revision 2, 2026-11-10, by Bob")).toBeLessThan(markdown.indexOf("- Revision 1, 2026-11-01, by Ann: Fine-tuning (engine 1.0.0)"));
    expect(markdown).toContain("The assessment: <https://x.test/teams/a/assessments/1>.");
    expect(markdown).toContain(`This record describes revision 2, saved by Ann on 2026-11-10 and scored by engine ${result.engineVersion}.`);
  });

  it("lists every option with its score, best first", () => {
    const options = markdown.split("## Considered Options")[1]?.split("## Decision Outcome")[0] ?? "";
    expect(options.trim().split("\n")[0]).toBe(`- RAG (score ${result.scores.rag} of 100)`);
    expect(options.trim().split("\n")).toHaveLength(4);
  });

  it("words the outcome by status", () => {
    expect(renderMadr(input({ status: "rejected", acceptedBy: null }))).toContain("Recommended option: “RAG”; the team rejected it.");
    const draft = renderMadr(input({ status: "proposed", acceptedBy: null, requiredApprovals: 1 }));
    expect(draft).toContain("Recommended option: “RAG”, not accepted yet (status: proposed).");
    expect(draft).toContain("2 of 1 required approval on revision 2.\n");
    expect(renderMadr(input({ status: "superseded", supersededBy: { title: "T", href: "/x" } }))).toContain("Chosen option: “RAG”, because ");
  });

  it("says when no one voted or commented", () => {
    const quiet = renderMadr(input({ votes: [], comments: [] }));
    expect(quiet).toContain("### Approvals\n\nNo one has voted.");
    expect(quiet).toContain("### Comments\n\nNo comments.");
  });

  it("quotes a comment on an answer with the answer's name, and clips long comments", () => {
    const long = renderMadr(input({ comments: [comment({ traitKey: "latency", body: "x".repeat(700) }), comment({ traitKey: "nonsense", body: "odd", createdAt: day(2) })] }));
    expect(long).toContain(`- Ann on “Latency budget”, 2026-11-03: ${"x".repeat(599)}…`);
    expect(long).toContain("- Ann on the assessment, 2026-11-02: odd");
    const exact = renderMadr(input({ comments: [comment({ body: "y".repeat(600) })] }));
    expect(exact).toContain(`: ${"y".repeat(600)}\n`);
  });

  it("keeps injected headings, HTML and fences in comments inert", () => {
    const evil = renderMadr(input({ title: "T\n# Heading", comments: [comment({ body: "hi\n---\nstatus: x\n## Hacked\n<img src=x onerror=alert(1)>" })] }));
    const lines = evil.split("\n");
    expect(lines.filter((line) => line === "---")).toHaveLength(2);
    expect(lines.some((line) => line.startsWith("## Hacked") || line.startsWith("status: x") || line.startsWith("# Heading"))).toBe(false);
    expect(evil).toContain("# T \\# Heading");
    expect(evil).not.toMatch(/(^|[^\\])<img/);
    expect(evil).toContain("\\<img src=x onerror=alert\\(1\\)\\>");
  });

  it("summarises a settled calibration round", () => {
    const calibrated = renderMadr(input({ calibration: { settledAt: day(9), participants: ["Ann", "Bob", "Cat"], disputedTraits: ["latency", "odd_key"], settledRevision: 2 } }));
    expect(calibrated).toContain("### Calibration\n\n3 members answered independently (Ann, Bob, Cat); settled on 2026-11-09 as revision 2. Disputed and settled: Latency budget, odd\\_key.");
    const agreed = renderMadr(input({ calibration: { settledAt: day(9), participants: ["Ann"], disputedTraits: [], settledRevision: null } }));
    expect(agreed).toContain("1 member answered independently (Ann); settled on 2026-11-09. They agreed on every answer.");
    const empty = renderMadr(input({ calibration: { settledAt: day(9), participants: [], disputedTraits: [], settledRevision: null } }));
    expect(empty).toContain("0 members answered independently (no one)");
  });

  it("lists flips under Confirmation, or says there are none", () => {
    const flipping = { ...result, flips: [{ trait: "latency" as const, to: "strict" as const, architecture: "fine_tuning" as const }] };
    expect(renderMadr(input({ current: { number: 2, answers, result: flipping, authorName: "Ann", createdAt: day(10) } }))).toContain("Revisit the decision if one of these answers changes:\n\n- If latency budget were “");
    const stable = { ...result, flips: [] };
    expect(renderMadr(input({ current: { number: 2, answers, result: stable, authorName: "Ann", createdAt: day(10) } }))).toContain("No single different answer would change the recommendation.");
  });

  it("gives each option its good and bad answers, or says none moved it", () => {
    const one = { ...result, factors: [{ trait: "latency" as const, answer: "strict" as const, effects: { rag: 3, fine_tuning: -2 }, rationale: "Fast.", sources: [] }] };
    const text = renderMadr(input({ current: { number: 2, answers, result: one, authorName: "Ann", createdAt: day(10) } }));
    const pros = text.split("## Pros and Cons of the Options")[1]?.split("## More Information")[0] ?? "";
    expect(pros).toContain("### RAG\n\nKeep the model as it is and fetch the right passages from your sources at answer time.\n\n- Good, because latency budget is “");
    expect(pros).toContain("### Fine-tuning\n\nTrain the model's weights on curated examples so the behaviour is built in.\n\n- Bad, because latency budget is “");
    expect(pros).toContain("### Hybrid (fine-tuning + RAG)\n\nTune the model for voice and format, and retrieve fresh facts at answer time.\n\n- Neutral, because no answer moved this option's score.");
  });
});

describe("driversSection", () => {
  it("lists the answers that weighed most, one line per answer, up to the limit", () => {
    const lines = driversSection(result, 3);
    expect(lines.slice(0, 2)).toEqual(["## Decision Drivers", ""]);
    expect(lines).toHaveLength(5);
    const twice = { ...result, factors: [result.factors[0]!, { ...result.factors[0]!, rationale: "again" }] };
    expect(driversSection(twice)).toHaveLength(3);
    expect(driversSection({ ...result, factors: [] })).toEqual(["## Decision Drivers", "", "- No single answer moved the scores much."]);
  });
});

describe("madrFilename", () => {
  it("makes a safe file name from the title", () => {
    expect(madrFilename("Support bot: v2 / ÉTÉ")).toBe("support-bot-v2-ete.md");
    expect(madrFilename("***")).toBe("decision.md");
    expect(madrFilename(`${"a".repeat(59)} b`)).toBe(`${"a".repeat(59)}.md`);
  });
});
