const multipliers: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * Reads what a person types into an amount field: "25000", "25,000", "$25k", "1.5M", "2 000".
 * Returns undefined for an empty field and NaN for text that is not an amount.
 */
export function parseAmount(raw: string): number | undefined {
  const text = raw.trim().toLowerCase().replace(/[\s,_$]/g, "");
  if (text === "") return undefined;
  const match = /^(-?\d+(?:\.\d+)?|-?\.\d+)([kmb])?$/.exec(text);
  if (!match?.[1]) return Number.NaN;
  const scale = match[2] ? (multipliers[match[2]] ?? 1) : 1;
  // Round away floating-point noise such as 1.1 * 1e6 = 1100000.0000000002.
  return Math.round(Number(match[1]) * scale * 1e6) / 1e6;
}

const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatAmount(value: number | undefined): string {
  return value === undefined ? "" : plain.format(value);
}
