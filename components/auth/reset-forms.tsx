"use client";

import Link from "next/link";
import { useState } from "react";
import { describedBy, Field, FormAlert, inputClass } from "@/components/shared/form";
import { primaryButton, textLink } from "@/components/shared/ui";
import { paths } from "@/lib/paths";
import { minPasswordLength } from "@/lib/workspace/password-rules";
import { passwordCodes, postAuth } from "./auth-request";

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account. Where the server
 * may show mailed links (development, no SMTP), `developmentLink` fetches it so the developer can follow it.
 */
export function RequestResetForm({ developmentLink }: { developmentLink?: (email: string) => Promise<string | undefined> }) {
  const [state, setState] = useState<{ sent?: boolean; error?: string; link?: string; busy?: boolean }>({});

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return setState({ error: "Give an email address, like ada@example.com." });
    setState({ busy: true });
    const outcome = await postAuth("/request-password-reset", { email, redirectTo: paths.resetPassword() });
    if (!outcome.ok) return setState({ error: outcome.message });
    setState({ sent: true, link: developmentLink ? await developmentLink(email) : undefined });
  }

  if (state.sent) {
    return (
      <div role="status">
        <p>If that address has an account, a link to choose a new password is on its way. It works once, within the hour.</p>
        {state.link ? (
          <p className="mt-3 break-all rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            Development (no mail server configured): <a className={textLink} href={state.link}>open the reset link</a>. It is also in the server log.
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <form noValidate onSubmit={submit} aria-label="Request a password reset link">
      <Field id="email" label="Email" error={state.error}>
        <input id="email" name="email" type="email" autoComplete="email" className={inputClass} {...describedBy("email", state.error)} />
      </Field>
      <button type="submit" disabled={state.busy} className={`${primaryButton} mt-6 w-full`}>
        Send me a link
      </button>
    </form>
  );
}

/** Sets the new password with the token from the mailed link. */
export function NewPasswordForm({ token }: { token: string }) {
  const [state, setState] = useState<{ done?: boolean; field?: string; form?: string; busy?: boolean }>({});

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get("password") ?? "");
    if (newPassword.length < minPasswordLength) return setState({ field: `Use at least ${minPasswordLength} characters.` });
    setState({ busy: true });
    const outcome = await postAuth("/reset-password", { token, newPassword });
    if (outcome.ok) return setState({ done: true });
    setState(outcome.code && passwordCodes.has(outcome.code) ? { field: outcome.message } : { form: "This link has expired or was already used. Ask for a new one." });
  }

  if (state.done) {
    return (
      <p role="status">
        Your password is changed and every old session is signed out. <Link className={textLink} href={paths.signIn()}>Sign in</Link>
      </p>
    );
  }
  return (
    <form noValidate onSubmit={submit} aria-label="Choose a new password">
      <FormAlert message={state.form} />
      <Field id="password" label="New password" error={state.field} hint={`At least ${minPasswordLength} characters, not a commonly used password.`}>
        <input id="password" name="password" type="password" autoComplete="new-password" className={inputClass} {...describedBy("password", state.field, "hint")} />
      </Field>
      <button type="submit" disabled={state.busy} className={`${primaryButton} mt-6 w-full`}>
        Set new password
      </button>
    </form>
  );
}
