"use client";

import { smallButton } from "@/components/shared/ui";
import { useHydrated } from "@/components/shared/use-hydrated";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import {
  assumptionGroups,
  assumptionKeys,
  defaultAssumptions,
  defaultPeopleSettings,
  recruitingModes,
  regionLabels,
  regions,
  type AssumptionGroup,
  type AssumptionKey,
  type CostModel,
  type PeopleSettings,
  type RecruitingMode,
} from "@/lib/cost";
import { AssumptionField, hintClass } from "./assumption-fields";
import type { AssumptionEdits } from "./use-assumption-edits";

const groupTitles: Record<AssumptionGroup, string> = {
  people: "People and pay",
  hiring: "Hiring calendar",
  build: "Build (one-time)",
  run: "Running costs",
  retraining: "Retraining",
};

export interface AssumptionsPanelProps {
  edits: AssumptionEdits;
  people: PeopleSettings;
  onPeople: (people: PeopleSettings) => void;
  used: ReadonlySet<AssumptionKey>;
  model: CostModel;
  onResetAll: () => void;
}

/** Every default of the cost model as an editable, sourced field; the charts follow each valid keystroke. */
export function AssumptionsPanel({ edits, people, onPeople, used, model, onResetAll }: AssumptionsPanelProps) {
  return (
    <aside
      aria-labelledby="assumptions-heading"
      id="assumptions"
      className="scroll-mt-4 rounded-2xl border border-slate-200 bg-white lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto print:static print:max-h-none print:overflow-visible dark:border-slate-800 dark:bg-slate-950"
      data-testid="assumptions"
    >
      <AssumptionsHeader edits={edits} people={people} model={model} onResetAll={onResetAll} />

      <div className="p-4">
        <PeoplePicker people={people} onPeople={onPeople} />
        {assumptionGroups.map((group) => (
          <AssumptionGroupFields key={group} group={group} edits={edits} used={used} />
        ))}
        <p className="mt-4 text-xs muted">Estimates for planning, not quotes: replace any figure with your own. Nothing you type leaves this page.</p>
      </div>
    </aside>
  );
}

/** The panel's sticky top: heading, reset-all, how many figures changed, and the live cheapest option. */
function AssumptionsHeader({ edits, people, model, onResetAll }: Pick<AssumptionsPanelProps, "edits" | "people" | "model" | "onResetAll">) {
  const editedCount = edits.changed.size;
  const errorCount = Object.keys(edits.errors).length;
  return (
    <div className="sticky top-0 z-10 border-b print:static border-slate-200 bg-white/95 p-4 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="flex items-center justify-between gap-2">
        <h3 id="assumptions-heading" className="text-lg font-bold">
          Assumptions
        </h3>
        <button type="button" onClick={onResetAll} disabled={editedCount === 0 && errorCount === 0 && people.region === defaultPeopleSettings.region && people.recruiting === defaultPeopleSettings.recruiting} className={`no-print ${smallButton} disabled:opacity-50`}>
          Reset to defaults
        </button>
      </div>
      <p className="mt-1 text-xs muted">
        {editedCount === 0 ? "All defaults" : `${editedCount} changed from the defaults`}
        {errorCount > 0 ? ` · ${errorCount} to fix (the last valid value is used meanwhile)` : ""}
      </p>
      <p className="mt-2 text-xs" aria-live="polite" aria-atomic="true" data-testid="live-cheapest">
        Cheapest:{" "}
        {model.cheapest.map((entry, index) => (
          <span key={entry.month}>
            {index > 0 ? " · " : ""}
            {entry.month} mo <strong className="font-semibold">{architectureLabels[entry.architecture]}</strong>
          </span>
        ))}
      </p>
    </div>
  );
}

const recruitingTitles: Record<RecruitingMode, string> = { in_house: "In-house recruiter", agency: "Recruiting agency" };

/** Where the team is paid (pay, on-costs and notice periods follow it) and how hires are recruited. */
function PeoplePicker({ people, onPeople }: Pick<AssumptionsPanelProps, "people" | "onPeople">) {
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="region" className="text-sm font-semibold">
          Where the team is
        </label>
        <select
          id="region"
          value={people.region}
          onChange={(event) => {
            const region = regions.find((entry) => entry === event.target.value);
            if (region) onPeople({ ...people, region });
          }}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950"
          aria-describedby="region-hint"
          data-testid="region"
        >
          {regions.map((region) => (
            <option key={region} value={region}>
              {regionLabels[region]}
            </option>
          ))}
        </select>
        <p id="region-hint" className={hintClass}>
          Pay by seniority, employer on-costs and notice periods follow the region. Pay is kept in its own currency and converted at the dated rates below.
        </p>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">Recruiting fee per hire</legend>
        <div className="mt-2 grid grid-cols-2 gap-1 rounded-lg bg-slate-100 p-1 dark:bg-slate-900">
          {recruitingModes.map((mode) => (
            <label
              key={mode}
              className="cursor-pointer rounded-md px-2 py-1.5 text-center text-sm font-medium has-[:checked]:bg-white has-[:checked]:shadow-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-500 dark:has-[:checked]:bg-slate-700"
            >
              <input type="radio" name="recruiting" value={mode} checked={people.recruiting === mode} onChange={() => onPeople({ ...people, recruiting: mode })} className="sr-only" />
              {recruitingTitles[mode]}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

const openAtFirst: ReadonlySet<AssumptionGroup> = new Set(["people", "build"]);

/**
 * One group of assumptions: the figures these answers use, and the rest folded away. The server's HTML holds only what
 * is open at first (the figures in use of the open groups); folded fields are added once the page is live, so the page
 * does not carry some 90 inputs nobody sees until they open a group (editing needs JavaScript anyway).
 */
function AssumptionGroupFields({ group, edits, used }: { group: AssumptionGroup; edits: AssumptionEdits; used: ReadonlySet<AssumptionKey> }) {
  const live = useHydrated();
  const open = openAtFirst.has(group);
  const keys = assumptionKeys.filter((k) => defaultAssumptions[k].group === group);
  const inUse = keys.filter((k) => used.has(k));
  const other = keys.filter((k) => !used.has(k));
  const all = assumptionKeys.filter((k) => defaultAssumptions[k].group === group);
  const changed = all.filter((k) => edits.changed.has(k) || edits.errors[k]).length;
  return (
    <details open={open} className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-800" data-group={group}>
      <summary className="cursor-pointer text-sm font-semibold">
        {groupTitles[group]} <span className="font-normal muted">· {all.length} figures{changed > 0 ? ` · ${changed} edited` : ""}</span>
      </summary>
      {live || open ? (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {inUse.map((k) => (
            <AssumptionField key={k} k={k} edits={edits} />
          ))}
        </ul>
      ) : null}
      {other.length > 0 && (live || open) ? (
        <details className="mt-1 rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-900" data-other={group}>
          <summary className="cursor-pointer text-xs font-semibold">
            {other.length} more for other answers{other.some((k) => edits.changed.has(k) || edits.errors[k]) ? " (edited)" : ""}
          </summary>
          {live ? (
            <>
              <p className={hintClass}>These apply when an answer or the region differs from yours, e.g. another corpus size, pace of change or country.</p>
              <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                {other.map((k) => (
                  <AssumptionField key={k} k={k} edits={edits} />
                ))}
              </ul>
            </>
          ) : null}
        </details>
      ) : null}
    </details>
  );
}
