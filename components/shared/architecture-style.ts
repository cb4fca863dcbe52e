import type { Architecture } from "@/lib/decision/types";

/** One colour per architecture, as whole class names so Tailwind finds them. Text colours pass WCAG AA. */
export const architectureStyle: Record<Architecture, { bar: string; text: string; soft: string }> = {
  prompt_engineering: {
    bar: "bg-emerald-600 dark:bg-emerald-400",
    text: "text-emerald-800 dark:text-emerald-300",
    soft: "bg-emerald-50 dark:bg-emerald-950/40",
  },
  rag: { bar: "bg-sky-600 dark:bg-sky-400", text: "text-sky-800 dark:text-sky-300", soft: "bg-sky-50 dark:bg-sky-950/40" },
  fine_tuning: {
    bar: "bg-amber-600 dark:bg-amber-400",
    text: "text-amber-800 dark:text-amber-300",
    soft: "bg-amber-50 dark:bg-amber-950/40",
  },
  hybrid: {
    bar: "bg-violet-600 dark:bg-violet-400",
    text: "text-violet-800 dark:text-violet-300",
    soft: "bg-violet-50 dark:bg-violet-950/40",
  },
};
