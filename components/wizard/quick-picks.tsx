import type { Question } from "@/lib/decision/trait-catalog";

interface QuickPicksProps {
  question: Extract<Question, { kind: "number" }>;
  /** The current answer, to mark the matching pick as pressed. */
  value: number | undefined;
  onPick: (value: number) => void;
}

/** Round figures for a number question, one press each ("$25k", "1M", …). */
export function QuickPicks({ question, value, onPick }: QuickPicksProps) {
  return (
    <div role="group" aria-label={`Quick picks for ${question.short.toLowerCase()}`} className="flex flex-wrap gap-2">
      {question.presets.map((preset) => (
        <button
          key={preset.value}
          type="button"
          onClick={() => onPick(preset.value)}
          aria-pressed={value === preset.value}
          className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand-500 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:font-semibold dark:border-slate-700 dark:aria-pressed:border-brand-300 dark:aria-pressed:bg-slate-800"
        >
          {preset.label}
        </button>
      ))}
    </div>
  );
}
