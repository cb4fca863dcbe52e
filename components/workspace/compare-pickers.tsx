import { secondaryButton } from "@/components/shared/ui";

const select =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

interface Option {
  value: string;
  label: string;
}

/** Two drop-downs and a button: a plain GET form, so a comparison has its own link (`?left=…&right=…`). */
export function ComparePicker({ action, options, left, right, noun, anchor = "compare" }: { action: string; options: readonly Option[]; left: string; right: string; noun: string; anchor?: string }) {
  return (
    <form method="get" action={`${action}#${anchor}`} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]" aria-label={`Choose two ${noun}s to compare`}>
      <label className="block text-sm font-semibold">
        Left ({noun})
        <select name="left" defaultValue={left} className={select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-semibold">
        Right ({noun})
        <select name="right" defaultValue={right} className={select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      </label>
      <button type="submit" className={secondaryButton}>Compare</button>
    </form>
  );
}
