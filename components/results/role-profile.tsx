import { roleLabels } from "@/lib/decision/trait-catalog";
import type { RoleProfile } from "@/lib/decision/types";
import { sourcingModeLabels, workloadLabel } from "@/lib/staffing/labels";

const fte = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, ""));

function Chips({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-3">
      <p className="eyebrow">{label}</p>
      {/* Chip styles sit on the list once rather than on every item: a lighter page. */}
      <ul className="mt-1 chip-list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** The roles to hire with their load, level, skills and tools. */
export function RoleProfileView({ profile }: { profile: RoleProfile }) {
  const total = profile.roles.reduce((sum, role) => sum + role.fte, 0);
  // The lead hire first; the rest in the engine's order.
  const ordered = [...profile.roles].sort((a, b) => Number(b.role === profile.primaryRole) - Number(a.role === profile.primaryRole));
  return (
    <div data-testid="roles">
      <p className="muted">
        Lead role: <strong>{roleLabels[profile.primaryRole]}</strong>. {profile.roles.length} {profile.roles.length === 1 ? "role" : "roles"}, each at its
        busiest ({fte(total)} FTE if every peak fell in the same phase). The planner shows the same team phase by phase, with its calendar and cost.
      </p>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {ordered.map((role) => {
          const primary = role.role === profile.primaryRole;
          return (
            <li
              key={role.role}
              data-role={role.role}
              className={`break-inside-avoid rounded-xl border p-4 ${
                primary ? "border-brand-500 ring-1 ring-brand-500 dark:border-brand-300 dark:ring-brand-300" : "edge"
              }`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  {roleLabels[role.role]}
                  {primary ? (
                    <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 align-middle text-xs font-semibold text-brand-700 dark:bg-brand-700/30 dark:text-brand-300">
                      lead role
                    </span>
                  ) : null}
                </h3>
                <p className="text-sm tabular-nums muted">
                  <span className="font-semibold" data-testid="role-sourcing">
                    {sourcingModeLabels[role.sourcing]}
                  </span>{" "}
                  · <span data-testid="role-fte">{fte(role.fte)} FTE</span> ({workloadLabel(role.fte)}) · <span className="capitalize" data-testid="role-seniority">{role.seniority}</span>
                </p>
              </div>
              <p className="mt-2 text-sm muted">{role.why}</p>
              <Chips label="Skills" items={role.skills} />
              <Chips label="Tools" items={role.tools} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
