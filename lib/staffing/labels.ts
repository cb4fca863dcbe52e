import type { Sourcing, SourcingMode } from "./types";

/** The three ways to fill a role, worded the same on every page and in every export. */
export const sourcingModeLabels: Record<SourcingMode, string> = {
  hire: "Hire",
  train: "Train",
  contract: "Contract",
};

const sourcingDetail: Record<SourcingMode, string> = {
  hire: "a permanent employee",
  train: "someone you already employ",
  contract: "a contractor for a bounded need",
};

/** "Hire: a permanent employee", "Train: someone you already employ", "Contract: a contractor for a bounded need". */
export function sourcingLabel(sourcing: Pick<Sourcing, "mode">): string {
  return `${sourcingModeLabels[sourcing.mode]}: ${sourcingDetail[sourcing.mode]}`;
}

function trimmed(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, "").replace(/\.$/, "");
}

/**
 * How much of a person a load is, in words: "full-time" only for exactly one person; "half-time" for 0.5;
 * "part-time (about 25%)" below one; "1.5 people (full-time and half-time)" above it; "not needed" for none.
 */
export function workloadLabel(fte: number): string {
  if (!(fte > 0)) return "not needed";
  if (fte === 1) return "full-time";
  if (fte === 0.5) return "half-time";
  if (fte < 1) return `part-time (about ${Math.round(fte * 100)}%)`;
  const whole = Math.floor(fte);
  const rest = fte - whole;
  const people = `${trimmed(fte)} people`;
  if (rest === 0) return `${people} (${whole} full-time)`;
  return `${people} (${whole} full-time and one ${workloadLabel(rest)})`;
}
