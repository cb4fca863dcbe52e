import type { HiringPlan } from "@/lib/hiring";

/** "On this page": a jump link per planner section (Warnings only when there are some). */
export function PlanSectionNav({ plan }: { plan: HiringPlan }) {
  const sections = [
    ...(plan.warnings.length > 0 ? [["warnings", "Warnings"]] : []),
    ["team", "Roles"],
    ["timeline", "Timeline"],
    ["headcount", "Headcount"],
    ["hiring-kits", "Job descriptions"],
    ["costs", "Costs"],
    ["assumptions", "Assumptions"],
  ] as const;
  return (
    <nav aria-label="On this page" className="no-print mt-6">
      <ul className="flex flex-wrap gap-2 text-sm">
        {sections.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`} className="pill-link">
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
