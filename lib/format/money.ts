/** US-dollar formats for every page, export and note (same output on server and client, so hydration matches). */

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const compactUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 3 });
const smallUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumSignificantDigits: 3 });

/** "$1,092,940"; negatives with a true minus sign. */
export function usd(value: number): string {
  return `${value < 0 ? "−" : ""}$${whole.format(Math.abs(Math.round(value)))}`;
}

/** "$1.09M", for axes and tight spaces. */
export function usdCompact(value: number): string {
  return compactUsd.format(value);
}

/** "$1,093k": thousands of dollars, for month-by-month tables. */
export function usdThousands(value: number): string {
  return `$${whole.format(Math.round(value / 1000))}k`;
}

/** Per-unit prices such as "$0.00801" (three significant digits); whole dollars above $100. */
export function usdUnit(value: number): string {
  return Math.abs(value) >= 100 ? usd(value) : smallUsd.format(value);
}
