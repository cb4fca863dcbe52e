import { architectures, type Architecture } from "@/lib/decision/types";
import { checkpointMonths, type ArchitectureCost, type BreakEven, type Cheapest } from "./types";

/** Differences smaller than this many dollars count as a tie (guards against floating-point noise). */
export const tieToleranceUsd = 1e-6;

function sign(diff: number): -1 | 0 | 1 {
  if (diff > tieToleranceUsd) return 1;
  if (diff < -tieToleranceUsd) return -1;
  return 0;
}

/** Every unordered pair of architectures, in contract order. */
export const architecturePairs: readonly (readonly [Architecture, Architecture])[] = architectures.flatMap((a, i) =>
  architectures.slice(i + 1).map((b) => [a, b] as const),
);

/**
 * When two cumulative curves swap order. The reference order is the first month in which they differ; the
 * break-even month is the first later month in which the other one is strictly cheaper. Ties never count as a flip.
 */
export function breakEven(a: Architecture, b: Architecture, curveA: readonly number[], curveB: readonly number[]): BreakEven {
  const length = Math.min(curveA.length, curveB.length);
  let reference: -1 | 0 | 1 = 0;
  let month: number | null = null;
  for (let i = 0; i < length; i++) {
    const s = sign((curveA[i] ?? 0) - (curveB[i] ?? 0));
    if (s === 0) continue;
    if (reference === 0) reference = s;
    else if (s === -reference) {
      month = i + 1;
      break;
    }
  }
  const last = length > 0 ? sign((curveA[length - 1] ?? 0) - (curveB[length - 1] ?? 0)) : 0;
  const cheaper = (s: -1 | 0 | 1) => (s < 0 ? a : s > 0 ? b : null);
  return { a, b, month, cheaperFirst: cheaper(reference), cheaperAtEnd: cheaper(last) };
}

export function allBreakEvens(byArchitecture: Record<Architecture, ArchitectureCost>): BreakEven[] {
  return architecturePairs.map(([a, b]) => breakEven(a, b, byArchitecture[a].cumulative, byArchitecture[b].cumulative));
}

/** Architectures ranked by cumulative cost at a month (ties keep contract order). */
export function rankingAt(byArchitecture: Record<Architecture, ArchitectureCost>, month: number) {
  return rankTotals((architecture) => byArchitecture[architecture].cumulative[month - 1] ?? 0);
}

/** Architectures ranked by a cumulative cost (ties keep contract order). */
export function rankTotals(total: (architecture: Architecture) => number) {
  return architectures
    .map((architecture) => ({ architecture, cumulative: total(architecture) }))
    .sort((x, y) => (sign(x.cumulative - y.cumulative) === 0 ? 0 : x.cumulative - y.cumulative));
}

/**
 * The cheapest of the architectures that can meet the answers (`eligible`), at 6, 12 and 24 months (checkpoints beyond
 * the horizon are left out). When none can, the cheapest of all, marked as not qualifying.
 */
export function cheapestAtCheckpoints(
  byArchitecture: Record<Architecture, ArchitectureCost>,
  horizonMonths: number,
  eligible: readonly Architecture[] = architectures,
): Cheapest[] {
  return checkpointMonths
    .filter((month) => month <= horizonMonths)
    .map((month) => {
      const ranking = rankingAt(byArchitecture, month);
      const qualifying = ranking.find((entry) => eligible.includes(entry.architecture));
      const first = qualifying ?? ranking[0] ?? { architecture: architectures[0], cumulative: 0 };
      return { month, architecture: first.architecture, cumulative: first.cumulative, ranking, qualifies: qualifying !== undefined };
    });
}
