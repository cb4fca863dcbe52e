import type { Metadata } from "next";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { PageCard } from "@/components/shared/form";
import { safeNextPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  return (
    <PageCard title="Create an account" intro="Save assessments, work on them with your team, and send read-only links to hiring leads.">
      <CredentialsForm mode="sign-up" next={target} />
    </PageCard>
  );
}
