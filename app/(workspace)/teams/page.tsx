import type { Metadata } from "next";
import Link from "next/link";
import { Section } from "@/components/shared/ui";
import { roleLabels } from "@/components/workspace/team-header";
import { CreateTeamForm } from "@/components/workspace/team-forms";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { listTeams } from "@/lib/server/workspace/teams";
import { createTeamAction } from "./actions";

export const metadata: Metadata = { title: "Your teams", robots: { index: false } };

export default async function TeamsPage() {
  const actor = await requireActor(paths.teams());
  const teams = await listTeams(actor);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">Your teams</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Signed in as {actor.name}. <Link href={paths.account()} className="text-brand-700 underline dark:text-brand-300">Account</Link>
      </p>
      <ul className="mt-6 divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label="Teams">
        {teams.map((team) => (
          <li key={team.id} className="flex items-center justify-between gap-3 px-4 py-3">
            <Link href={paths.team(team.slug)} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
              {team.name}
            </Link>
            <span className="text-sm text-slate-700 dark:text-slate-300">{team.personal ? "Personal space" : roleLabels[team.role]}</span>
          </li>
        ))}
      </ul>
      <Section id="new-team" title="Create a team">
        <div className="max-w-md">
          <CreateTeamForm action={createTeamAction} />
        </div>
      </Section>
    </div>
  );
}
