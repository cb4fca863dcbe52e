import type { Metadata } from "next";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { PageCard } from "@/components/shared/form";
import { safeNextPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  return (
    <PageCard title="Sign in" intro={target?.startsWith("/save") ? "Sign in to save this assessment; your answers come with you." : "Saved assessments, teams and share links."}>
      <CredentialsForm mode="sign-in" next={target} />
    </PageCard>
  );
}
