import type { HiringPlan, RolePlan, Sourcing, ToolGroup } from "@/lib/hiring";
import { phases, sourcingModeLabels, workloadLabel } from "@/lib/hiring";
import { questionsByKey } from "@/lib/decision/trait-catalog";
import type { TeamSkill } from "@/lib/decision/traits";
import { fte } from "./format";
import { Chips, Eyebrow, muted } from "@/components/shared/ui";

const skillName = (skill: TeamSkill) => questionsByKey.teamSkills.options[skill].label;

const phaseShort = { prototype: "Prototype", production: "Production", scale: "Scale" } as const;

const sourcingStyle = {
  hire: "bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-300",
  contract: "bg-violet-100 text-violet-800 dark:bg-violet-900/40 dark:text-violet-200",
  train: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
};

function SourcingBadge({ sourcing }: { sourcing: Sourcing }) {
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${sourcingStyle[sourcing.mode]}`} data-testid="sourcing" data-mode={sourcing.mode}>
      {sourcingModeLabels[sourcing.mode]}
    </span>
  );
}

function ToolList({ label, groups }: { label: string; groups: readonly ToolGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <div className="mt-3">
      <Eyebrow>{label}</Eyebrow>
      <ul className="mt-1 space-y-1 text-sm">
        {groups.map((group) => (
          <li key={group.category}>
            <span className="font-medium">{group.category}:</span>{" "}
            <span className={muted}>
              {group.options.length > 1 ? `one of ${group.options.join(", ")}` : group.options.join("")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RoleCard({ role }: { role: RolePlan }) {
  return (
    <li
      data-role={role.role}
      className={`break-inside-avoid rounded-xl border p-5 ${
        role.isPrimary ? "border-brand-500 ring-1 ring-brand-500 dark:border-brand-300 dark:ring-brand-300" : "edge"
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">
          {role.title}
          {role.isPrimary ? (
            <span className="ml-2 whitespace-nowrap rounded-full bg-brand-100 px-2 py-0.5 align-middle text-xs font-semibold text-brand-700 dark:bg-brand-700/30 dark:text-brand-300">
              lead role
            </span>
          ) : null}
        </h3>
        <SourcingBadge sourcing={role.sourcing} />
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className={muted}>Seniority</dt>
          <dd className="font-semibold capitalize" data-testid="seniority">
            {role.seniority}
          </dd>
        </div>
        <div>
          <dt className={muted}>Peak</dt>
          <dd className="font-semibold tabular-nums">
            {fte(role.peakFte)} FTE <span className={`block text-xs font-normal ${muted}`}>{workloadLabel(role.peakFte)}</span>
          </dd>
        </div>
        <div className="col-span-2">
          <dt className={muted}>By phase</dt>
          <dd className="tabular-nums">{phases.map((phase) => `${phaseShort[phase]} ${fte(role.fteByPhase[phase])}`).join(" · ")}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm">
        <strong className="font-semibold">Why: </strong>
        <span className={muted}>{role.why}</span>
      </p>
      <p className="mt-2 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-900" data-testid="sourcing-reason">
        <strong className="font-semibold">{sourcingModeLabels[role.sourcing.mode]}: </strong>
        {role.sourcing.reason}
        {role.sourcing.coveredSkills.length > 0 || role.sourcing.missingSkills.length > 0 ? (
          <span className={`mt-1 block text-xs ${muted}`}>
            {role.sourcing.coveredSkills.length > 0 ? `Team already has: ${role.sourcing.coveredSkills.map(skillName).join(", ")}. ` : ""}
            {role.sourcing.missingSkills.length > 0 ? `Missing on the team: ${role.sourcing.missingSkills.map(skillName).join(", ")}.` : ""}
          </span>
        ) : null}
      </p>
      <Chips label="Must-have skills" items={role.mustHaveSkills} />
      <Chips label="Nice-to-have skills" items={role.niceToHaveSkills} />
      <ToolList label="Must-have tools" groups={role.mustHaveTools} />
      <ToolList label="Nice-to-have tools" groups={role.niceToHaveTools} />
    </li>
  );
}


/** Every role in the plan, lead hire first, with the hire-or-train call and what to screen for. */
export function RoleCards({ plan }: { plan: HiringPlan }) {
  const { toHire, toTrain, contractors } = plan.summary;
  return (
    <div data-testid="role-cards">
      <p className={muted}>
        {plan.roles.length} {plan.roles.length === 1 ? "role" : "roles"}: <strong>{toHire} to hire</strong>, <strong>{contractors} to contract</strong> and{" "}
        <strong>{toTrain} to train</strong> from the people you have.
      </p>
      <ul className="mt-4 grid gap-4 lg:grid-cols-2">
        {plan.roles.map((role) => (
          <RoleCard key={role.role} role={role} />
        ))}
      </ul>
    </div>
  );
}
