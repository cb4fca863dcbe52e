import Link from "next/link";
import { inputClass } from "@/components/shared/form";
import { card, primaryButton, secondaryButton, textLink } from "@/components/shared/ui";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { architectures } from "@/lib/decision/types";
import { paths } from "@/lib/paths";
import type { DashboardPage } from "@/lib/server/workspace/dashboard";
import { assessmentStatuses, type DashboardQuery } from "@/lib/workspace/schemas";
import { formatDate, StatusBadge, statusLabels } from "./labels";

type Filters = Omit<DashboardQuery, "cursor" | "limit">;

function query(filters: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** A team's saved assessments: search, filters, counts per architecture, and a keyset-paginated list. */
export function DashboardView({ teamSlug, page, filters, canCreate }: { teamSlug: string; page: DashboardPage; filters: Filters; canCreate: boolean }) {
  const base = paths.team(teamSlug);
  return (
    <div className="mt-6">
      <form method="get" action={base} role="search" aria-label="Search and filter assessments" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end">
        <label className="text-sm font-semibold">
          Search titles
          <input name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass} />
        </label>
        <label className="text-sm font-semibold">
          Status
          <select name="status" defaultValue={filters.status ?? ""} className={inputClass}>
            <option value="">Any</option>
            {assessmentStatuses.map((status) => (
              <option key={status} value={status}>{statusLabels[status]}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Architecture
          <select name="architecture" defaultValue={filters.architecture ?? ""} className={inputClass}>
            <option value="">Any</option>
            {architectures.map((a) => (
              <option key={a} value={a}>{architectureLabels[a]}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Sort
          <select name="sort" defaultValue={filters.sort} className={inputClass}>
            <option value="updated">Last updated</option>
            <option value="created">Newest</option>
            <option value="title">Title A–Z</option>
          </select>
        </label>
        <button type="submit" className={primaryButton}>Apply</button>
      </form>

      <ul aria-label="Assessments per architecture" className="mt-4 flex flex-wrap gap-2 text-sm">
        {architectures.map((a) => (
          <li key={a}>
            <Link href={`${base}${query({ ...filters, architecture: a })}`} className={`${secondaryButton} px-3 py-1`} aria-current={filters.architecture === a ? "true" : undefined}>
              {architectureLabels[a]} <span data-testid={`count-${a}`}>{page.counts[a]}</span>
            </Link>
          </li>
        ))}
      </ul>

      {page.items.length === 0 ? (
        <div className={`${card} mt-6 p-6`}>
          <p>No assessments match. {canCreate ? <Link className={textLink} href={paths.assess()}>Start an assessment</Link> : null}</p>
        </div>
      ) : (
        <ul aria-label="Assessments" className={`${card} mt-6 divide-y divide-slate-200 dark:divide-slate-800`}>
          {page.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3" data-testid="assessment-row">
              <div className="min-w-0">
                <Link href={paths.assessment(teamSlug, item.id)} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                  {item.title}
                </Link>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {architectureLabels[item.architecture]} · by {item.authorName} · updated {formatDate(item.updatedAt)}
                </p>
              </div>
              <StatusBadge status={item.status} />
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <p className="mt-4">
          <Link className={secondaryButton} href={`${base}${query(filters, { cursor: page.nextCursor })}`}>Next page →</Link>
        </p>
      ) : null}
    </div>
  );
}
