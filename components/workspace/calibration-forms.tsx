"use client";

import { ActionForm, useFieldError } from "@/components/shared/action-form";
import { SubmitButton } from "@/components/shared/action-fields";
import { secondaryButton } from "@/components/shared/ui";
import type { FormAction } from "./team-forms";

interface Target {
  assessmentId: string;
  teamSlug: string;
}

function Hidden({ target, roundId, version }: { target: Target; roundId?: string; version?: number }) {
  return (
    <>
      <input type="hidden" name="assessmentId" value={target.assessmentId} />
      <input type="hidden" name="teamSlug" value={target.teamSlug} />
      {roundId ? <input type="hidden" name="roundId" value={roundId} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
    </>
  );
}

export interface Invitable {
  userId: string;
  name: string;
  role: string;
  isMe: boolean;
}

/** Who to ask: every member is ticked to begin with. */
export function StartCalibrationForm({ action, target, members }: { action: FormAction; target: Target; members: readonly Invitable[] }) {
  return (
    <ActionForm action={action} label="Start a calibration round">
      <Hidden target={target} />
      <Invitees members={members} />
      <div className="mt-4">
        <SubmitButton>Ask them to answer</SubmitButton>
      </div>
    </ActionForm>
  );
}

function Invitees({ members }: { members: readonly Invitable[] }) {
  const error = useFieldError("invitees");
  return (
    <fieldset className="mt-4" aria-describedby={error ? "invitees-error" : undefined}>
      <legend className="text-sm font-semibold">Who should answer</legend>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {members.map((member) => (
          <li key={member.userId}>
            <label className="flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
              <input type="checkbox" name="invitees" value={member.userId} defaultChecked className="size-4" />
              <span className="font-medium">{member.isMe ? `${member.name} (you)` : member.name}</span>
              <span className="ml-auto text-xs capitalize text-slate-700 dark:text-slate-300">{member.role}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id="invitees-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** An invitee's own answers (the fields come in as children). */
export function CalibrationAnswersForm({ action, target, roundId, sent, children }: { action: FormAction; target: Target; roundId: string; sent: boolean; children: React.ReactNode }) {
  return (
    <ActionForm action={action} label="Your answers">
      <Hidden target={target} roundId={roundId} />
      <div className="mt-4">{children}</div>
      <div className="mt-6">
        <SubmitButton>{sent ? "Update my answers" : "Send my answers"}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export interface SettleOption {
  key: string;
  label: string;
  saved: boolean;
  who: string;
  architecture: string;
}

export interface Dispute {
  trait: string;
  label: string;
  changesRecommendation: boolean;
  options: readonly SettleOption[];
}

function DisputeChoice({ dispute }: { dispute: Dispute }) {
  const error = useFieldError(`choices.${dispute.trait}`);
  const errorId = `keep-${dispute.trait}-error`;
  return (
    <fieldset className="rounded-xl border border-slate-200 p-4 dark:border-slate-800" aria-describedby={error ? errorId : undefined} data-testid={`settle-${dispute.trait}`}>
      <legend className="px-1 text-sm font-semibold">
        {dispute.label}
        {dispute.changesRecommendation ? <span className="ml-2 inline-block whitespace-nowrap rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100">Changes the recommendation</span> : null}
      </legend>
      <div className="mt-1 grid gap-2">
        {dispute.options.map((option) => (
          <label key={option.key} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 rounded-lg px-2 py-1.5 text-sm hover:bg-slate-50 dark:hover:bg-slate-900">
            <input type="radio" name={`keep-${dispute.trait}`} value={option.key} required className="size-4 self-center" />
            <span className="font-medium">{option.label}</span>
            <span className="text-slate-700 dark:text-slate-300">
              {option.saved ? "saved answer" : "new answer"}
              {option.who ? ` · ${option.who}` : ""} · leads to {option.architecture}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** One choice per disputed question; the answers kept become the assessment's next revision. */
export function SettleCalibrationForm({ action, target, roundId, version, disputes }: { action: FormAction; target: Target; roundId: string; version: number; disputes: readonly Dispute[] }) {
  return (
    <ActionForm action={action} label="Settle the round">
      <Hidden target={target} roundId={roundId} version={version} />
      <div className="mt-4 grid gap-4">
        {disputes.length === 0 ? <p className="text-sm">Everyone agrees with the saved answers: settling records that and saves them again as a new revision.</p> : null}
        {disputes.map((dispute) => (
          <DisputeChoice key={dispute.trait} dispute={dispute} />
        ))}
      </div>
      <div className="mt-6">
        <SubmitButton>Settle and save as a new revision</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function CancelCalibrationForm({ action, target, roundId }: { action: FormAction; target: Target; roundId: string }) {
  return (
    <ActionForm action={action} label="Cancel the round">
      <Hidden target={target} roundId={roundId} />
      <SubmitButton className={secondaryButton}>Cancel this round</SubmitButton>
    </ActionForm>
  );
}
