import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageCard } from "@/components/shared/form";
import { roleLabels } from "@/components/workspace/team-header";
import { ButtonForm } from "@/components/workspace/team-forms";
import { paths } from "@/lib/paths";
import { requireActor } from "@/lib/server/session";
import { previewInvite } from "@/lib/server/workspace/invites";
import { acceptInviteAction } from "../../teams/actions";

export const metadata: Metadata = { title: "Join a team", robots: { index: false }, referrer: "no-referrer" };

/** An invitation link: sign in (or up) first, then join with one click. Unusable links are a plain 404. */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requireActor(paths.join(token));
  const invite = await previewInvite(token);
  if (!invite) notFound();
  return (
    <PageCard title={`Join ${invite.teamName}`} intro={`You are invited as ${roleLabels[invite.role].toLowerCase()}.`}>
      <ButtonForm action={acceptInviteAction} label="Accept the invitation" fields={{ token }}>
        Join {invite.teamName}
      </ButtonForm>
    </PageCard>
  );
}
