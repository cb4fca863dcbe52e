/**
 * Escapes the characters that would change Markdown structure inside running text. The product's own copy is
 * plain prose, so this only guards against emphasis or headings sneaking in through data.
 */
export function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, "\\$1");
}

export function bulletList(items: readonly string[]): string[] {
  return items.map((item) => `- ${mdEscape(item)}`);
}
