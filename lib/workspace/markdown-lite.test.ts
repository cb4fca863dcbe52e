import { describe, expect, it } from "vitest";
import { handleOf, isSafeUrl, mentionMatches, mentionsIn, parseInline, parseMarkdownLite } from "./markdown-lite";

describe("markdown-lite blocks", () => {
  it("splits paragraphs on blank lines; a single newline is a line break", () => {
    expect(parseMarkdownLite("one\ntwo\n\nthree")).toEqual([
      { type: "paragraph", children: [{ type: "text", text: "one" }, { type: "break" }, { type: "text", text: "two" }] },
      { type: "paragraph", children: [{ type: "text", text: "three" }] },
    ]);
  });

  it("keeps fenced code literally, closed or not", () => {
    expect(parseMarkdownLite("```ts\n**not bold** <b>\n```\nafter")).toEqual([
      { type: "code-block", text: "**not bold** <b>" },
      { type: "paragraph", children: [{ type: "text", text: "after" }] },
    ]);
    expect(parseMarkdownLite("```\nopen to the end")).toEqual([{ type: "code-block", text: "open to the end" }]);
  });

  it("makes bullet lists of -, * and + lines", () => {
    expect(parseMarkdownLite("- a\n* **b**\n+ c\ntext")).toEqual([
      { type: "list", items: [[{ type: "text", text: "a" }], [{ type: "strong", children: [{ type: "text", text: "b" }] }], [{ type: "text", text: "c" }]] },
      { type: "paragraph", children: [{ type: "text", text: "text" }] },
    ]);
  });

  it("parses the empty string and whitespace to nothing, and CRLF like LF", () => {
    expect(parseMarkdownLite("")).toEqual([]);
    expect(parseMarkdownLite(" \n\t\n")).toEqual([]);
    expect(parseMarkdownLite("a\r\nb")).toEqual(parseMarkdownLite("a\nb"));
  });
});

describe("markdown-lite inline", () => {
  it.each([
    ["**bold**", [{ type: "strong", children: [{ type: "text", text: "bold" }] }]],
    ["*it* and _it_", [{ type: "em", children: [{ type: "text", text: "it" }] }, { type: "text", text: " and " }, { type: "em", children: [{ type: "text", text: "it" }] }]],
    ["`<b>x</b>`", [{ type: "code", text: "<b>x</b>" }]],
    ["``a ` b``", [{ type: "code", text: "a ` b" }]],
    ["snake_case_name", [{ type: "text", text: "snake_case_name" }]],
    ["2 * 3 * 4", [{ type: "text", text: "2 * 3 * 4" }]],
    ["\\*not em\\*", [{ type: "text", text: "*not em*" }]],
    ["**unclosed", [{ type: "text", text: "**unclosed" }]],
  ])("%s", (source, expected) => {
    expect(parseInline(source)).toEqual(expected);
  });

  it("links http(s) URLs only, with text; other schemes stay as their source text", () => {
    expect(parseInline("[docs](https://example.com/a?b=1)")).toEqual([{ type: "link", href: "https://example.com/a?b=1", children: [{ type: "text", text: "docs" }] }]);
    for (const source of ["[x](javascript:alert(1))", "[x](data:text/html,<script>)", "[x](JaVaScRiPt:alert(1))", "[x](//evil.example)", "[x](vbscript:x)"]) {
      expect(parseInline(source)).toEqual([{ type: "text", text: source }]);
    }
    // Empty link text is no link; the address in it is still a plain http(s) link.
    expect(parseInline("[](https://example.com)")).toEqual([
      { type: "text", text: "[](" },
      { type: "link", href: "https://example.com", children: [{ type: "text", text: "https://example.com" }] },
      { type: "text", text: ")" },
    ]);
  });

  it("counts nested brackets in link text and never nests links", () => {
    expect(parseInline("[a [b] c](https://e.com)")).toEqual([{ type: "link", href: "https://e.com", children: [{ type: "text", text: "a [b] c" }] }]);
    const [link] = parseInline("[see https://inner.example @sam](https://e.com)");
    expect(link).toEqual({ type: "link", href: "https://e.com", children: [{ type: "text", text: "see https://inner.example @sam" }] });
  });

  it("links bare URLs without their trailing punctuation", () => {
    expect(parseInline("see https://example.com/x.")).toEqual([
      { type: "text", text: "see " },
      { type: "link", href: "https://example.com/x", children: [{ type: "text", text: "https://example.com/x" }] },
      { type: "text", text: "." },
    ]);
  });

  it("finds @[Display Name] and @handle mentions, not email addresses", () => {
    expect(parseInline("ask @[Ana  María] and @sam.k.")).toEqual([
      { type: "text", text: "ask " },
      { type: "mention", mention: { kind: "name", value: "ana maría" }, source: "@[Ana  María]" },
      { type: "text", text: " and " },
      { type: "mention", mention: { kind: "handle", value: "sam.k" }, source: "@sam.k" },
      { type: "text", text: "." },
    ]);
    expect(parseInline("mail me@example.com")).toEqual([{ type: "text", text: "mail me@example.com" }]);
  });
});

describe("mentions", () => {
  it("lists each mention once, ignoring code", () => {
    expect(mentionsIn("@sam and @Sam, `@ana`\n```\n@bo\n```\n- @[Li Wei]")).toEqual([
      { kind: "handle", value: "sam" },
      { kind: "name", value: "li wei" },
    ]);
  });

  it("match a member by name or by the email's local part", () => {
    const member = { name: "Ana María", email: "Ana.M@example.com" };
    expect(handleOf(member.email)).toBe("ana.m");
    expect(mentionMatches({ kind: "name", value: "ana maría" }, member)).toBe(true);
    expect(mentionMatches({ kind: "handle", value: "ana.m" }, member)).toBe(true);
    expect(mentionMatches({ kind: "handle", value: "ana" }, member)).toBe(false);
  });
});

describe("isSafeUrl", () => {
  it.each([
    ["https://example.com", true],
    ["http://example.com/path?q=1#x", true],
    ["javascript:alert(1)", false],
    ["https://exa mple.com", false],
    ['https://example.com/"onmouseover=x', false],
    ["ftp://example.com", false],
    ["https://", false],
  ])("%s → %s", (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe("buildThreads", async () => {
  const { buildThreads } = await import("./comment-threads");
  it("nests replies under their parents and keeps orphans as threads", () => {
    const threads = buildThreads([
      { id: "a", parentId: null },
      { id: "b", parentId: "a" },
      { id: "c", parentId: "b" },
      { id: "d", parentId: "gone" },
    ]);
    expect(threads.map((t) => t.comment.id)).toEqual(["a", "d"]);
    expect(threads[0]!.replies[0]!.replies[0]!.comment.id).toBe("c");
  });
});

describe("markdown-lite on hostile input", () => {
  it.each(["[".repeat(4000), "_a".repeat(2000), "**a".repeat(1333), "`".repeat(4000), "@".repeat(4000), "[a](".repeat(1000), "*_`[".repeat(1000), "- ".repeat(2000), "https://".repeat(500)])(
    "parses 4,000 characters of %#-th pattern quickly",
    (source) => {
      const started = performance.now();
      parseMarkdownLite(source);
      expect(performance.now() - started).toBeLessThan(1000);
    },
  );
});
