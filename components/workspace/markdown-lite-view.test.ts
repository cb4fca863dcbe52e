import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownLite } from "./markdown-lite-view";

const render = (source: string, mentions: string[] = []) => renderToStaticMarkup(createElement(MarkdownLite, { source, mentions }));

/** Every tag in the markup: text is escaped by React, so each `<` that is left opens a real element. */
function tags(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map((match) => ({ name: match[1]!.toLowerCase(), attributes: match[2] ?? "" }));
}

const allowed = new Set(["div", "p", "br", "strong", "em", "code", "pre", "ul", "li", "a", "span"]);

function expectInert(html: string) {
  expect(html.toLowerCase()).not.toContain("<script");
  for (const tag of tags(html)) {
    expect(allowed.has(tag.name)).toBe(true);
    expect(tag.attributes).not.toMatch(/\son[a-z]*\s*=/i);
    for (const [, href] of tag.attributes.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
  }
}

describe("MarkdownLite rendering", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["[x](javascript:alert(1))", "[x](javascript:alert(1))"],
    ["[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](data:text/html;base64,PHNjcmlwdD4=)"],
    ['[x](https://e.com/" onmouseover="alert(1))', "onmouseover"],
    ["**<b>bold</b>**", "<strong>&lt;b&gt;bold&lt;/b&gt;</strong>"],
    ["`<svg onload=alert(1)>`", "&lt;svg onload=alert(1)&gt;"],
    ["```\n</code></pre><script>x</script>\n```", "&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;"],
    ["[[[nested]]](https://e.com)", '<a href="https://e.com"'],
    ["[a](https://e.com)[b](javascript:x)", "[b](javascript:x)"],
    ["\u202eevil\u202c and 😀 and ﷽", "😀"],
    ["&lt;script&gt; &amp;", "&amp;lt;script&amp;gt; &amp;amp;"],
  ])("renders %j inert", (source, expected) => {
    const html = render(source);
    expectInert(html);
    expect(html).toContain(expected);
  });

  it("gives links rel nofollow noopener noreferrer ugc", () => {
    expect(render("[docs](https://example.com)")).toContain('rel="nofollow noopener noreferrer ugc"');
  });

  it("highlights only the mentions it is told are members", () => {
    const html = render("@sam and @bo", ["handle:sam"]);
    expect(html).toContain('<span class="');
    expect(html.match(/data-mention/g)).toHaveLength(1);
    expect(html).toContain("@bo");
  });

  it("property: any input renders without scripts, event handlers or non-http(s) links", () => {
    const pieces = fc.constantFrom("<script>", "</script>", "<img src=x onerror=alert(1)>", "javascript:", "data:", "[", "]", "(", ")", "**", "*", "_", "`", "```", "\n", "- ", "@", "@[", "https://e.com", "\"", "'", " on", "=", "&", "\\");
    const source = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join("")));
    fc.assert(
      fc.property(source, (input) => {
        expectInert(render(input, ["handle:e"]));
      }),
      { numRuns: 500 },
    );
  });
});
