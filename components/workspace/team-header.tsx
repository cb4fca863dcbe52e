import Link from "next/link";
import { paths } from "@/lib/paths";
import type { Role } from "@/lib/workspace/policies";

export const roleLabels: Record<Role, string> = { owner: "Owner", editor: "Editor", viewer: "Viewer" };

/** The team's name, the viewer's role, and the team's pages. */
export function TeamHeader({ team, current }: { team: { name: string; slug: string; personal: boolean; role: Role }; current: "assessments" | "members" | "activity" | "settings" }) {
  const tab = (href: string, label: string, active: boolean) => (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-semibold ${active ? "bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-brand-300" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="border-b border-slate-200 pb-4 dark:border-slate-800">
      <p className="text-sm">
        <Link href={paths.teams()} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          Teams
        </Link>
      </p>
      <div className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="text-3xl font-bold tracking-tight">{team.name}</h1>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-200">
          {team.personal ? "Personal space" : `You: ${roleLabels[team.role]}`}
        </span>
      </div>
      <nav aria-label="Team" className="mt-3 flex flex-wrap gap-2">
        {tab(paths.team(team.slug), "Assessments", current === "assessments")}
        {tab(paths.teamMembers(team.slug), team.personal ? "Settings" : "Members", current === "members")}
        {tab(paths.teamActivity(team.slug), "Activity", current === "activity")}
        {tab(paths.teamSettings(team.slug), "Export and import", current === "settings")}
      </nav>
    </div>
  );
}
