// Light Markdown for comments, parsed into a tree that a view renders as text nodes and a few elements.
// Nothing here produces HTML: raw HTML in the source is text like any other. Pure.
//
// Blocks: paragraphs (a single newline is a line break), fenced code blocks (```), bullet lists (-, * or + and a space).
// Inline: **bold**, *italic* or _italic_, `code`, [text](https://…) and bare https:// links (http and https only;
// any other link stays plain text), @[Display Name] and @handle mentions, backslash escapes of punctuation.

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "mention"; mention: Mention; source: string }
  | { type: "break" };

export type Block = { type: "paragraph"; children: Inline[] } | { type: "code-block"; text: string } | { type: "list"; items: Inline[][] };

/** `@[Display Name]` names a member by name; `@handle` by the part of their email before the @. */
export type Mention = { kind: "name"; value: string } | { kind: "handle"; value: string };

const maxDepth = 3;
const fence = /^ {0,3}```/;
const bullet = /^ {0,3}[-*+] +(.*)$/;

/** Parses comment source into blocks. Total: every string parses, and no input makes it throw. */
export function parseMarkdownLite(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      i += 1;
    } else if (fence.test(line)) {
      const end = lines.findIndex((candidate, at) => at > i && /^ {0,3}```\s*$/.test(candidate));
      const stop = end === -1 ? lines.length : end;
      blocks.push({ type: "code-block", text: lines.slice(i + 1, stop).join("\n") });
      i = stop + 1;
    } else if (bullet.test(line)) {
      const items: Inline[][] = [];
      while (i < lines.length && bullet.test(lines[i]!)) {
        items.push(parseInline(bullet.exec(lines[i]!)![1]!, 0));
        i += 1;
      }
      blocks.push({ type: "list", items });
    } else {
      const start = i;
      while (i < lines.length && lines[i]!.trim() !== "" && !fence.test(lines[i]!) && !bullet.test(lines[i]!)) i += 1;
      blocks.push({ type: "paragraph", children: parseParagraph(lines.slice(start, i)) });
    }
  }
  return blocks;
}

function parseParagraph(lines: readonly string[]): Inline[] {
  return lines.flatMap((line, index) => (index === 0 ? parseInline(line, 0) : [{ type: "break" } as const, ...parseInline(line, 0)]));
}

/** True for an absolute http(s) URL without spaces, quotes or angle brackets: the only links ever made. */
export function isSafeUrl(url: string): boolean {
  if (!/^https?:\/\/[^\s"'<>`\\]+$/i.test(url) || url.length > 2000) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

interface Match {
  node: Inline;
  end: number;
}

type Rule = (text: string, at: number, depth: number) => Match | null;

const punctuation = /[!-/:-@[-`{-~]/;
const wordChar = /[\p{L}\p{N}_]/u;

const escapeRule: Rule = (text, at) => (text[at] === "\\" && punctuation.test(text[at + 1] ?? "") ? { node: { type: "text", text: text[at + 1]! }, end: at + 2 } : null);

const codeRule: Rule = (text, at) => {
  if (text[at] !== "`") return null;
  let run = 1;
  while (text[at + run] === "`") run += 1;
  const marker = "`".repeat(run);
  const close = text.indexOf(marker, at + run);
  if (close === -1 || close === at + run) return null;
  return { node: { type: "code", text: text.slice(at + run, close) }, end: close + run };
};

const strongRule: Rule = (text, at, depth) => {
  if (!text.startsWith("**", at) || depth >= maxDepth) return null;
  const close = text.indexOf("**", at + 2);
  if (close <= at + 2 || /\s/.test(text[at + 2]!) || /\s/.test(text[close - 1]!)) return null;
  return { node: { type: "strong", children: parseInline(text.slice(at + 2, close), depth + 1) }, end: close + 2 };
};

const emRule: Rule = (text, at, depth) => {
  const marker = text[at];
  if ((marker !== "*" && marker !== "_") || depth >= maxDepth || text[at + 1] === marker) return null;
  if (marker === "_" && wordChar.test(text[at - 1] ?? "")) return null;
  let close = text.indexOf(marker, at + 1);
  while (close !== -1 && marker === "_" && wordChar.test(text[close + 1] ?? "")) close = text.indexOf(marker, close + 1);
  if (close <= at + 1 || /\s/.test(text[at + 1]!) || /\s/.test(text[close - 1]!)) return null;
  return { node: { type: "em", children: parseInline(text.slice(at + 1, close), depth + 1) }, end: close + 1 };
};

/** The index of the `]` closing the `[` at `open`, counting nested brackets; -1 when unbalanced. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === "[") depth += 1;
    else if (text[i] === "]" && --depth === 0) return i;
  }
  return -1;
}

const linkRule: Rule = (text, at, depth) => {
  if (text[at] !== "[" || depth >= maxDepth) return null;
  const close = closingBracket(text, at);
  if (close === -1 || text[close + 1] !== "(") return null;
  const end = text.indexOf(")", close + 2);
  if (end === -1) return null;
  const href = text.slice(close + 2, end).trim();
  const label = text.slice(at + 1, close);
  if (!isSafeUrl(href) || label.trim() === "") return null;
  // Links inside a link's text would nest anchors: the text keeps formatting but no links or mentions.
  const children = parseInline(label, depth + 1, false);
  return { node: { type: "link", href, children }, end: end + 1 };
};

const bareUrlRule: Rule = (text, at) => {
  if (!/^https?:\/\//i.test(text.slice(at, at + 8)) || wordChar.test(text[at - 1] ?? "")) return null;
  const found = /^https?:\/\/[^\s<>"'`\\]+/i.exec(text.slice(at));
  if (!found) return null;
  const href = found[0].replace(/[.,;:!?)\]]+$/, "");
  return isSafeUrl(href) ? { node: { type: "link", href, children: [{ type: "text", text: href }] }, end: at + href.length } : null;
};

const mentionRule: Rule = (text, at) => {
  if (text[at] !== "@" || wordChar.test(text[at - 1] ?? "")) return null;
  const named = /^@\[([^\]\n]{1,60})\]/.exec(text.slice(at, at + 64));
  if (named && named[1]!.trim() !== "") {
    return { node: { type: "mention", mention: { kind: "name", value: normalizeName(named[1]!) }, source: named[0] }, end: at + named[0].length };
  }
  const handle = /^@([\p{L}\p{N}_][\p{L}\p{N}_.+-]{0,63})/u.exec(text.slice(at, at + 66));
  if (!handle) return null;
  const value = handle[1]!.replace(/[.+-]+$/, "");
  return { node: { type: "mention", mention: { kind: "handle", value: value.toLowerCase() }, source: `@${value}` }, end: at + 1 + value.length };
};

const rules: readonly Rule[] = [escapeRule, codeRule, strongRule, emRule, linkRule, bareUrlRule, mentionRule];
const linkRules = new Set<Rule>([linkRule, bareUrlRule, mentionRule]);

/** One line of inline content. `links` false inside a link's own text. */
export function parseInline(text: string, depth = 0, links = true): Inline[] {
  const out: Inline[] = [];
  let plain = "";
  let i = 0;
  while (i < text.length) {
    let match: Match | null = null;
    for (const rule of rules) {
      if (!links && linkRules.has(rule)) continue;
      match = rule(text, i, depth);
      if (match) break;
    }
    if (!match) {
      plain += text[i];
      i += 1;
      continue;
    }
    i = match.end;
    if (match.node.type === "text") {
      plain += match.node.text;
      continue;
    }
    if (plain) out.push({ type: "text", text: plain });
    plain = "";
    out.push(match.node);
  }
  if (plain) out.push({ type: "text", text: plain });
  return out;
}

/** A display name as mentions compare it: trimmed, inner whitespace collapsed, lower case. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The mentions in a comment's source, each once (code blocks and inline code mention no one). */
export function mentionsIn(source: string): Mention[] {
  const found = new Map<string, Mention>();
  const visit = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === "mention") found.set(`${node.mention.kind}:${node.mention.value}`, node.mention);
      else if (node.type === "strong" || node.type === "em" || node.type === "link") visit(node.children);
    }
  };
  for (const block of parseMarkdownLite(source)) {
    if (block.type === "paragraph") visit(block.children);
    else if (block.type === "list") block.items.forEach(visit);
  }
  return [...found.values()];
}

/** The key a resolved mention is known by, for highlighting (see `mentionsIn`). */
export const mentionKey = (mention: Mention) => `${mention.kind}:${mention.value}`;

/** The handle a member is mentioned by: the part of their email before the @, lower case. */
export const handleOf = (email: string) => (email.split("@")[0] ?? "").toLowerCase();

/** Whether a mention names this member (by name, or by email handle). */
export function mentionMatches(mention: Mention, member: { name: string; email: string }): boolean {
  return mention.kind === "name" ? normalizeName(member.name) === mention.value : handleOf(member.email) === mention.value;
}
