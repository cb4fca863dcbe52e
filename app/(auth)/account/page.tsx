import type { Metadata } from "next";
import Link from "next/link";
import { SessionButtons } from "@/components/auth/session-buttons";
import { PageCard } from "@/components/shared/form";
import { textLink } from "@/components/shared/ui";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const actor = await requireActor(paths.account());
  return (
    <PageCard title="Your account">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Name</dt>
        <dd>{actor.name}</dd>
        <dt className="font-semibold">Email</dt>
        <dd className="break-all">{actor.email}</dd>
      </dl>
      <p className="mt-4 text-sm">
        <Link className={textLink} href={paths.teams()}>Your teams and assessments</Link>
      </p>
      <div className="mt-6">
        <SessionButtons />
      </div>
    </PageCard>
  );
}
