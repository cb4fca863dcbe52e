import type { Metadata } from "next";
import { NewPasswordForm, RequestResetForm } from "@/components/auth/reset-forms";
import { PageCard } from "@/components/shared/form";
import { mailLinkShownOnPage } from "@/lib/server/mail";
import { developmentResetLink } from "./actions";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };

/** Without a token: ask for a link. With one (the mailed link redirects here): choose the new password. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[]; error?: string | string[] }> }) {
  const { token, error } = await searchParams;
  if (typeof token === "string" && token !== "" && !error) {
    return (
      <PageCard title="Choose a new password">
        <NewPasswordForm token={token} />
      </PageCard>
    );
  }
  return (
    <PageCard
      title="Reset your password"
      intro={error ? "That link has expired or was already used. Ask for a new one." : "We will send a link to choose a new password."}
    >
      <RequestResetForm developmentLink={mailLinkShownOnPage() ? developmentResetLink : undefined} />
    </PageCard>
  );
}
