import type { Architecture } from "@/lib/decision/types";

/**
 * Line colours and dash patterns per architecture, matching the results page's palette (Tailwind 600 on light,
 * 400 on dark). Dashes keep the four lines apart without colour.
 */
export const lineStyle: Record<Architecture, { light: string; dark: string; dash: number[]; swatch: string }> = {
  prompt_engineering: { light: "#059669", dark: "#34d399", dash: [], swatch: "text-emerald-600 dark:text-emerald-400" },
  rag: { light: "#0284c7", dark: "#38bdf8", dash: [10, 5], swatch: "text-sky-600 dark:text-sky-400" },
  fine_tuning: { light: "#d97706", dark: "#fbbf24", dash: [2, 4], swatch: "text-amber-600 dark:text-amber-400" },
  hybrid: { light: "#7c3aed", dark: "#a78bfa", dash: [12, 4, 3, 4], swatch: "text-violet-600 dark:text-violet-400" },
};

export const axisColours = {
  light: { text: "#334155", grid: "#e2e8f0" },
  dark: { text: "#cbd5e1", grid: "#1e293b" },
} as const;

/** A short line in the series' colour and dash, for legends and tables. */
export function Swatch({ architecture }: { architecture: Architecture }) {
  const style = lineStyle[architecture];
  return (
    <svg aria-hidden="true" viewBox="0 0 28 8" className={`h-2 w-7 shrink-0 ${style.swatch}`}>
      <line x1="1" y1="4" x2="27" y2="4" stroke="currentColor" strokeWidth="3" strokeDasharray={style.dash.join(" ")} strokeLinecap="butt" />
    </svg>
  );
}
