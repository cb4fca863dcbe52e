import { card, muted } from "@/components/shared/ui";
import { sourcingModeLabels, type HiringPlan, type RolePlan } from "@/lib/hiring";
import type { RoleKit } from "@/lib/server/answers-loader";
import { KitBody } from "./kit-body";

function Kit({ role, kit }: { role: RolePlan; kit: RoleKit }) {
  return (
    <details className={`${card} group break-inside-avoid`} data-kit={role.role}>
      <summary className="disclosure">
        <span>
          <span className="font-semibold">{role.title}</span>
          <span className={`block text-sm ${muted}`}>
            {role.jobDescription.heading.replace(`${role.title}: `, "")} · {sourcingModeLabels[role.sourcing.mode]}
          </span>
        </span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0 fill-current transition-transform group-open:rotate-180">
          <path d="M5.3 7.3 10 12l4.7-4.7 1.4 1.4L10 14.8 3.9 8.7l1.4-1.4Z" />
        </svg>
      </summary>
      <KitBody role={role.role} title={role.title} filenames={{ jobDescription: kit.jobDescription.filename, scorecard: kit.scorecard.filename }} />
    </details>
  );
}

/** One disclosure per role with its job description and interview scorecard, each copyable and downloadable. */
export function HiringKits({ plan, kits }: { plan: HiringPlan; kits: readonly RoleKit[] }) {
  return (
    <div className="space-y-3" data-testid="hiring-kits">
      {plan.roles.map((role) => {
        const kit = kits.find((entry) => entry.role === role.role);
        return kit ? <Kit key={role.role} role={role} kit={kit} /> : null;
      })}
    </div>
  );
}
