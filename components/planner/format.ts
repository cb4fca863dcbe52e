/** Number formats shared by the planner's server and client parts (same output on both, so hydration matches). */

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const compactUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 3 });
const smallUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumSignificantDigits: 3 });
const plain = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6 });

/** "$1,092,940" */
export function usd(value: number): string {
  return `${value < 0 ? "−" : ""}$${whole.format(Math.abs(Math.round(value)))}`;
}

/** "$1.09M", for axes and tight spaces. */
export function usdCompact(value: number): string {
  return compactUsd.format(value);
}

/** "$1,093k": thousands of dollars, for the month-by-month table. */
export function usdThousands(value: number): string {
  return `$${whole.format(Math.round(value / 1000))}k`;
}

/** Per-unit prices such as "$0.00801" (three significant digits); whole dollars above $100. */
export function usdUnit(value: number): string {
  return Math.abs(value) >= 100 ? usd(value) : smallUsd.format(value);
}

/** "12,000" or "0.0833333": an assumption value of whatever size, readable and exact to six significant digits. */
export function number(value: number): string {
  return plain.format(value);
}

/** FTE as "1", "0.5", "1.5". */
export function fte(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, "");
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11" → "Nov 2026". */
export function checkedDate(yyyyMm: string): string {
  const [year, month] = yyyyMm.split("-");
  const name = months[Number(month) - 1];
  return year && name ? `${name} ${year}` : yyyyMm;
}
