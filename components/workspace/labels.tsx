import { statusLabels } from "@/lib/workspace/review-workflow";
import type { AssessmentStatus } from "@/lib/workspace/schemas";

export { statusLabels };

export const statusStyles: Record<AssessmentStatus, string> = {
  draft: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  proposed: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  accepted: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  rejected: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  superseded: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

export const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
export const formatDate = (date: Date) => `${dateTime.format(date)} UTC`;

export function StatusBadge({ status, testId }: { status: AssessmentStatus; testId?: string }) {
  return <span data-testid={testId} className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${statusStyles[status]}`}>{statusLabels[status]}</span>;
}
