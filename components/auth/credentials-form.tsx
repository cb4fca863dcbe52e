"use client";

import Link from "next/link";
import { useState } from "react";
import { describedBy, Field, FormAlert, inputClass } from "@/components/shared/form";
import { primaryButton, textLink } from "@/components/shared/ui";
import { paths } from "@/lib/paths";
import { minPasswordLength } from "@/lib/workspace/password-rules";
import { passwordCodes, postAuth } from "./auth-request";

interface Errors {
  form?: string;
  name?: string;
  email?: string;
  password?: string;
}

function localErrors(mode: "sign-in" | "sign-up", data: FormData): Errors {
  const errors: Errors = {};
  if (mode === "sign-up" && !String(data.get("name") ?? "").trim()) errors.name = "Give your name.";
  if (!/^[^\s@]+@[^\s@]+$/.test(String(data.get("email") ?? ""))) errors.email = "Give an email address, like ada@example.com.";
  const password = String(data.get("password") ?? "");
  if (mode === "sign-up" && password.length < minPasswordLength) errors.password = `Use at least ${minPasswordLength} characters.`;
  if (mode === "sign-in" && password === "") errors.password = "Give your password.";
  return errors;
}

/** Sign in or sign up with email and password; then on to `next` (a local path) or the teams page. */
export function CredentialsForm({ mode, next }: { mode: "sign-in" | "sign-up"; next?: string }) {
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const found = localErrors(mode, data);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const body = { email: String(data.get("email")), password: String(data.get("password")), ...(mode === "sign-up" ? { name: String(data.get("name")).trim() } : {}) };
    const outcome = await postAuth(mode === "sign-up" ? "/sign-up/email" : "/sign-in/email", body);
    if (outcome.ok) {
      window.location.assign(next ?? paths.teams());
      return;
    }
    setBusy(false);
    setErrors(outcome.code && passwordCodes.has(outcome.code) ? { password: outcome.message } : { form: outcome.message });
  }

  const signUp = mode === "sign-up";
  return (
    <form noValidate onSubmit={submit} aria-label={signUp ? "Create an account" : "Sign in"}>
      <FormAlert message={errors.form} />
      {signUp ? (
        <Field id="name" label="Your name" error={errors.name}>
          <input id="name" name="name" autoComplete="name" className={inputClass} {...describedBy("name", errors.name)} />
        </Field>
      ) : null}
      <Field id="email" label="Email" error={errors.email}>
        <input id="email" name="email" type="email" autoComplete="email" className={inputClass} {...describedBy("email", errors.email)} />
      </Field>
      <Field id="password" label="Password" error={errors.password} hint={signUp ? `At least ${minPasswordLength} characters, not a commonly used password.` : undefined}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={signUp ? "new-password" : "current-password"}
          className={inputClass}
          {...describedBy("password", errors.password, signUp ? "hint" : undefined)}
        />
      </Field>
      <button type="submit" disabled={busy} className={`${primaryButton} mt-6 w-full`}>
        {busy ? "Please wait…" : signUp ? "Create account" : "Sign in"}
      </button>
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        {signUp ? (
          <>
            Have an account? <Link className={textLink} href={paths.signIn(next)}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link className={textLink} href={paths.signUp(next)}>Create an account</Link> ·{" "}
            <Link className={textLink} href={paths.resetPassword()}>Forgot your password?</Link>
          </>
        )}
      </p>
    </form>
  );
}
