"use client";

import { createContext, useActionState, useContext } from "react";
import { idle, type ActionState } from "@/lib/workspace/action-state";
import { FormAlert } from "./form";

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

const StateContext = createContext<ActionState>(idle);

/** The message for one field of the surrounding ActionForm, if the last submit had one. */
export function useFieldError(name: string): string | undefined {
  const state = useContext(StateContext);
  return state.status === "error" ? state.issues.find((issue) => issue.path === name)?.message : undefined;
}

/** A form posting to a server action (works without JavaScript too), showing its outcome above the fields. */
export function ActionForm({
  action,
  label,
  children,
  className = "",
  showLink,
}: {
  action: Action;
  label: string;
  children: React.ReactNode;
  className?: string;
  /** Label for a link the action returns (a new invite or share link), shown once, ready to copy. */
  showLink?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} aria-label={label} aria-busy={pending} className={className}>
      <StateContext value={state}>
        {state.status === "error" ? <FormAlert message={state.message} /> : null}
        {state.status === "ok" ? <FormAlert tone="info" message={state.message} /> : null}
        {state.status === "ok" && state.link && showLink ? <OneTimeLink label={showLink} link={state.link} /> : null}
        {children}
      </StateContext>
    </form>
  );
}

function OneTimeLink({ label, link }: { label: string; link: string }) {
  return (
    <div className="mt-3">
      <label className="block text-sm font-semibold" htmlFor="new-link">
        {label}
      </label>
      <input
        id="new-link"
        readOnly
        value={link}
        data-testid="new-link"
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 block w-full rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
      <p className="mt-1 text-xs muted">Copy it now: it is shown only once (only a hash of it is kept).</p>
    </div>
  );
}
