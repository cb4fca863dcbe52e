import Link from "next/link";
import { paths } from "@/lib/paths";

export type AssessmentTab = "overview" | "calibration" | "history" | "record";

const tabs: readonly { id: AssessmentTab; label: string; href: (teamSlug: string, id: string) => string }[] = [
  { id: "overview", label: "Review", href: paths.assessment },
  { id: "calibration", label: "Calibration", href: paths.assessmentCalibration },
  { id: "history", label: "History and compare", href: paths.assessmentHistory },
  { id: "record", label: "Decision record", href: paths.assessmentRecord },
];

/** The saved assessment's pages: review (comments, votes, status), calibration, history, the decision record. */
export function AssessmentTabs({ teamSlug, assessmentId, current }: { teamSlug: string; assessmentId: string; current: AssessmentTab }) {
  return (
    <nav aria-label="Assessment pages" className="mt-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const active = tab.id === current;
          return (
            <li key={tab.id}>
              <Link
                href={tab.href(teamSlug, assessmentId)}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-t-md border-b-2 px-4 py-2 text-sm font-semibold ${
                  active ? "border-brand-700 text-brand-800 dark:border-brand-300 dark:text-brand-200" : "border-transparent text-slate-700 hover:border-slate-400 dark:text-slate-300"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
