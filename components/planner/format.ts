/** Number formats shared by the planner's server and client parts (same output on both, so hydration matches). */

const plain = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6 });

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

/** Weeks from kick-off as a reader counts them: work in week 0–1 is "week 1". */
export function weekLabel(weeks: number): string {
  return `week ${Math.max(1, Math.ceil(weeks))}`;
}
