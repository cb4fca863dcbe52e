"use client";

import { ActionForm } from "@/components/shared/action-form";
import { ActionInput, SubmitButton } from "@/components/shared/action-fields";
import type { FormAction } from "./team-forms";

/** The assessment a form acts on, and the version the person read (a stale one is refused). */
export interface Target {
  assessmentId: string;
  teamSlug: string;
  version: number;
}

export function Hidden({ target }: { target: Target }) {
  return (
    <>
      <input type="hidden" name="assessmentId" value={target.assessmentId} />
      <input type="hidden" name="teamSlug" value={target.teamSlug} />
      <input type="hidden" name="version" value={target.version} />
    </>
  );
}

/** New answers, or the same ones re-scored: saved as the next revision. */
export function ReviseForm({ action, target, children, submitLabel }: { action: FormAction; target: Target; children: React.ReactNode; submitLabel: string }) {
  return (
    <ActionForm action={action} label={submitLabel}>
      <Hidden target={target} />
      {children}
      <div className="mt-4">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** A new link: label, expiry (30 days unless changed), and whether visitors may comment. The link is shown once. */
export function ShareLinkForm({ action, assessmentId, teamSlug }: { action: FormAction; assessmentId: string; teamSlug: string }) {
  return (
    <ActionForm action={action} label="Create a share link" showLink="Share link (no account needed)">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="teamSlug" value={teamSlug} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <ActionInput name="label" label="Label (who it is for)" />
        <ActionInput name="expiresInDays" label="Valid for (days)" type="number" defaultValue={30} min={1} max={365} />
      </div>
      <div className="mt-4 flex items-start gap-2">
        <input id="share-can-comment" name="canComment" type="checkbox" className="mt-1 h-4 w-4 rounded border-slate-400" aria-describedby="share-can-comment-hint" />
        <div>
          <label htmlFor="share-can-comment" className="text-sm font-semibold">
            Visitors may comment
          </label>
          <p id="share-can-comment-hint" className="text-sm text-slate-700 dark:text-slate-300">
            They read the comments on the assessment and add their own under a name they give. Comments on single answers stay within the team.
          </p>
        </div>
      </div>
      <div className="mt-4">
        <SubmitButton>Create share link</SubmitButton>
      </div>
    </ActionForm>
  );
}
